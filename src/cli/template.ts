/**
 * `kieumau template`: a template workbook written through a temporary file
 * and a rename; an existing file is kept unless --force, a missing folder
 * is said plainly.
 */
import path from "node:path";
import { buildMatrixTemplate, buildPhieuTemplate, MAX_WARD_ROWS, DEFAULT_WARD_ROWS } from "../core/template";
import type { Language } from "../contracts/problem-text";
import { writeTemplateWorkbook } from "../files/render-template";
import { EXIT_OK, line, loadCriteria, outputOf, usage, type CliIo, type Parsed } from "./args";
import { printFailure, writeOutput } from "./write-output";

export async function template(parsed: Parsed, io: CliIo, language: Language): Promise<number> {
  if (parsed.positional.length > 0) throw usage("cliTemplateTakesNoFiles", { files: parsed.positional.join(" ") });
  const out = outputOf(parsed.options);
  if (out === undefined) throw usage("cliMissingTemplateOutput", {});
  const layout = parsed.options.get("--layout") ?? "phieu";
  if (layout !== "phieu" && layout !== "nhanh") throw usage("cliBadLayout", { value: String(layout) });
  const wardsText = parsed.options.get("--wards");
  const wards = wardsText === undefined ? (layout === "nhanh" ? DEFAULT_WARD_ROWS : 1) : Number(wardsText);
  const maxWards = layout === "nhanh" ? MAX_WARD_ROWS : 200;
  if (!Number.isInteger(wards) || wards < 1 || wards > maxWards)
    throw usage("cliBadWards", { value: String(wardsText), max: maxWards });
  const set = await loadCriteria(parsed.options.get("--criteria"), io.cwd);
  const specs =
    layout === "nhanh"
      ? [{ spec: buildMatrixTemplate(set, { wardRows: wards }) }]
      : Array.from({ length: wards }, (_, i) => {
          const spec = buildPhieuTemplate(set);
          return { spec, sheetName: wards === 1 ? spec.sheetName : `${spec.sheetName} ${i + 1}` };
        });
  const bytes = await writeTemplateWorkbook(specs);
  const force = parsed.options.get("--force") === true;
  const failure = await writeOutput(out, path.resolve(io.cwd, out), bytes, { overwrite: force, io });
  if (failure !== null) {
    printFailure(io, failure.problem, language);
    return failure.exitCode;
  }
  const written = {
    layout,
    count: wards,
    setId: set.id,
    setVersion: set.version,
    criteria: set.criteria.length,
    file: out,
  } as const;
  io.stderr(`${line("cliTemplateWritten", written, language)}\n`);
  return EXIT_OK;
}
