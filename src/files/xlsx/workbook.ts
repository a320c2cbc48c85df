/**
 * A ward workbook read from its parts (see ../zip-guard.ts): the sheets in
 * workbook order, each parsed only when asked for, so one large sheet is in
 * memory at a time.
 */
import { parseDateStyles, parseRelationships, parseSharedStrings, parseWorkbook } from "./parts";
import { parseSheet, type ParsedSheet, type SheetContext } from "./sheet";

export interface WorkbookSheet {
  readonly name: string;
  /** The sheet's part in the ZIP ("xl/worksheets/sheet1.xml"). */
  readonly path: string;
  /** Parse the sheet (throws on XML that is not well-formed). */
  read(): ParsedSheet;
}

export class NotAWorkbookError extends Error {
  constructor(readonly missing: string) {
    super(`missing ${missing}`);
    this.name = "NotAWorkbookError";
  }
}

/** A part that is not well-formed XML (or declares entities, which are never expanded). */
export class PartError extends Error {
  constructor(
    readonly part: string,
    override readonly cause: unknown,
  ) {
    super(`${part}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "PartError";
  }
}

function inPart<T>(part: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new PartError(part, error);
  }
}

/**
 * The sheets of a workbook from its parts. Throws NotAWorkbookError without
 * a workbook part, PartError for a part that does not parse.
 */
export function openWorkbook(parts: ReadonlyMap<string, Uint8Array>): WorkbookSheet[] {
  const workbookXml = parts.get("xl/workbook.xml");
  if (workbookXml === undefined) throw new NotAWorkbookError("xl/workbook.xml");
  const workbook = inPart("xl/workbook.xml", () => parseWorkbook(workbookXml));
  const relsXml = parts.get("xl/_rels/workbook.xml.rels");
  const targets =
    relsXml === undefined
      ? new Map<string, string>()
      : inPart("xl/_rels/workbook.xml.rels", () => parseRelationships(relsXml, "xl/"));
  const sharedXml = parts.get("xl/sharedStrings.xml");
  const stylesXml = parts.get("xl/styles.xml");
  let context: SheetContext | null = null;
  // Shared strings and styles are parsed once, when the first sheet is read.
  const sheetContext = (): SheetContext => {
    context ??= {
      sharedStrings: sharedXml === undefined ? [] : inPart("xl/sharedStrings.xml", () => parseSharedStrings(sharedXml)),
      dateStyles: stylesXml === undefined ? new Set() : inPart("xl/styles.xml", () => parseDateStyles(stylesXml)),
      date1904: workbook.date1904,
    };
    return context;
  };
  const sheets: WorkbookSheet[] = [];
  workbook.sheets.forEach((sheet, index) => {
    const path = targets.get(sheet.relationId) ?? `xl/worksheets/sheet${index + 1}.xml`;
    const xml = parts.get(path);
    if (xml === undefined) return;
    sheets.push({
      name: sheet.name,
      path,
      read: () => {
        const context = sheetContext();
        return inPart(path, () => parseSheet(sheet.name, xml, context));
      },
    });
  });
  return sheets;
}
