import type { ConsolidationProblems, SourceRef } from "../../../core/consolidate/problems";
import { locationText } from "../location";
import { megabytes } from "../shared";
import type { ProblemTexts } from "../types";

const SEND_XLSX = "Open the file in Excel, choose Save As → Excel Workbook (*.xlsx), then pick the new file.";
const where = (s: SourceRef): string => locationText(s, "en");
const wardName = (p: { ward: string; province: string; period: string }): string =>
  `"${p.ward}" (${p.province || "no province"}${p.period ? `, period ${p.period}` : ""})`;
const shown = (value: string): string => (value === "" ? "(blank)" : value);

export const enConsolidation: ProblemTexts<keyof ConsolidationProblems> = {
  consolidateCriteriaMissing: (p) => ({
    message: `${p.codes.length} criteria of set ${p.setId} version ${p.setVersion} are missing${p.sourceSetVersion ? ` (the file's set: ${p.sourceSetId || "?"} version ${p.sourceSetVersion})` : ""}: ${p.codes.join(", ")} — counted as not assessed.`,
    action:
      "Update the file to the latest template (kieumau template) or assess these criteria, then consolidate again.",
  }),
  consolidateOtherCriteriaSet: (p) => ({
    message: `The sheet uses criteria set ${p.setId} version ${p.setVersion}, not the set being consolidated (${p.currentId} version ${p.currentVersion}): criteria are matched by code.`,
    action: "Look at the missing-criteria warnings, if any.",
  }),
  consolidateSameWardTwice: (p) => ({
    message: `Ward ${wardName(p)} appears twice, identically: ${where(p.kept)} and ${where(p.other)} — counted once.`,
    action: "Nothing to do; you may delete the extra copy.",
  }),
  consolidateWardConflict: (p) => ({
    message:
      `Ward ${wardName(p)} appears twice, differently: ${where(p.kept)} and ${where(p.other)}; they differ in ` +
      p.differences
        .map((d) => `${d.code} (${d.keptCell}: ${shown(d.keptValue)} / ${d.otherCell}: ${shown(d.otherValue)})`)
        .join("; ") +
      `${p.more > 0 ? ` and ${p.more} more criteria` : ""}. Used ${where(p.kept)}.`,
    action: "Ask the unit which copy is right, delete or correct the wrong one, then consolidate again.",
  }),
  consolidateProvinceTotalTooSmall: (p) => ({
    message: `${p.province}: the total number of wards (${p.total}) is below the number of wards assessed (${p.assessed}).`,
    action: "Correct the province's total number of wards on the Theo tỉnh sheet.",
  }),
  consolidateWardsWithoutResults: (p) => ({
    message: `Skipped ${p.count} rows that name a ward but hold no valid Đạt/Không đạt result.`,
    action: "If these wards belong in the summary, enter Đạt or Không đạt for each criterion.",
  }),
  consolidateNothingScored: (p) => ({
    message: `${p.count} wards are listed but no criterion is assessed yet — not consolidated.`,
    action: "Assess the criteria, then consolidate again.",
  }),
  sourceFailed: (p) => ({
    message: `This source could not be read: ${p.reason}.`,
    action: "The other sources were consolidated; check this one and consolidate again.",
  }),
  sourceTooBig: (p) => ({
    message: `The file is too big (${megabytes(p.bytes, "en")}, limit ${megabytes(p.limit, "en")}) to be one ward's workbook.`,
    action: "Check the file; if it is a ward's workbook, delete unused rows or pictures and save it again.",
  }),
  sourceUnreadable: (p) => ({
    message: `The file could not be read (${p.reason}).`,
    action: "Check that the file exists and can be read, then pick it again.",
  }),
  sourceEmpty: () => ({
    message: "The file is empty (0 bytes or no content).",
    action: "Ask the unit to send the file again.",
  }),
  sourceEncrypted: () => ({
    message: "The file is password-protected and cannot be read.",
    action:
      "Open it in Excel with the password, remove the password (File → Info → Protect Workbook), save, then pick the file again.",
  }),
  sourceXls: () => ({
    message: "The file is an old Excel workbook (.xls, Excel 97–2003), which cannot be read.",
    action: SEND_XLSX,
  }),
  sourceNotWorkbook: () => ({ message: "The file is not an Excel workbook (.xlsx).", action: SEND_XLSX }),
  sourceText: () => ({
    message: "The file is text (CSV or TXT) renamed .xlsx, not an Excel workbook.",
    action: SEND_XLSX,
  }),
  sourceCorrupt: () => ({
    message: "The file is damaged or not an Excel workbook (.xlsx) and cannot be opened.",
    action: "Try opening it in Excel; if Excel repairs it, save it, otherwise ask the unit to send it again.",
  }),
  sourceWorkbookEmpty: () => ({
    message: "The workbook is empty (no data).",
    action: "Ask the unit to send the assessed file again.",
  }),
  sourceNoTemplate: (p) => ({
    message: `No assessment template in the file (no KIEUMAU marker, no row of criterion codes such as ${p.examples.join(", ")}…).`,
    action: "Use the one-ward form or the quick matrix (kieumau template or the add-in), then send it again.",
  }),
  sourceNoWard: () => ({
    message: "The file holds a template but no ward has been assessed (no ward name or no results).",
    action: "Fill in the ward names and the Đạt/Không đạt results, then send it again.",
  }),
  sourceZipTooManyEntries: (p) => ({
    message: `The file holds ${p.entries.toLocaleString("en-US")} compressed entries (limit ${p.limit.toLocaleString("en-US")}) — not one ward's workbook; not read.`,
    action: "Ask the unit to send the original assessment file again (opened in Excel and saved as a new .xlsx).",
  }),
  sourceZipTooLarge: (p) => ({
    message: `${p.part === "" ? "The file's content" : `The part "${p.part}" of the file`} inflates past ${megabytes(p.limit, "en")} — not one ward's workbook; not read.`,
    action: "Check the file; if it is a ward's workbook, delete unused rows, sheets or pictures and save it again.",
  }),
  sourceXmlMalformed: (p) => ({
    message: `The file is damaged: its part "${p.part}" is not well-formed and cannot be read.`,
    action: "Try opening it in Excel; if Excel repairs it, save it, otherwise ask the unit to send it again.",
  }),
  sourceXmlEntities: (p) => ({
    message: `The part "${p.part}" of the file declares XML entities (real Excel files never do) — not read, for safety.`,
    action: "Do not open this file. Ask the unit to send the assessment file again, saved by Excel.",
  }),
};
