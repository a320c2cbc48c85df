/** Recalculate an .xlsx with LibreOffice headless and read every sheet back as CSV (raw values). */
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

export function sofficePath(): string | null {
  for (const candidate of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"]) {
    try {
      readFileSync(candidate, { flag: "r" });
      return candidate;
    } catch {
      // not there
    }
  }
  return null;
}

/** A CSV reader for what LibreOffice and Gnumeric write (quoted fields, "" escapes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Sheet name → rows of raw values after LibreOffice recalculated every formula (OOXMLRecalcMode 0 = always). */
export function recalculate(soffice: string, bytes: Uint8Array, name = "book"): Map<string, string[][]> {
  const dir = mkdtempSync(path.join(tmpdir(), "kieumau-lo-"));
  mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
  writeFileSync(
    path.join(dir, "profile", "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n`,
  );
  const input = path.join(dir, `${name}.xlsx`);
  writeFileSync(input, bytes);
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      path.join(dir, "out"),
      input,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(path.join(dir, "out"))) {
    const sheet = file.slice(name.length + 1, -".csv".length);
    sheets.set(sheet, parseCsv(readFileSync(path.join(dir, "out", file), "utf8")));
  }
  return sheets;
}
