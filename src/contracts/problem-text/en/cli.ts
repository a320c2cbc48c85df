import type { CliProblems } from "../../../core/problems/edges";
import type { ProblemTexts } from "../types";

const USAGE = "See kieumau --help.";
const SAVE_AS_XLSX = "Open it in Excel, Save As → Excel Workbook (*.xlsx), then consolidate again.";
const UNSUPPORTED = {
  xls: "Old Excel file (.xls, Excel 97–2003): this format cannot be read.",
  ods: "OpenDocument file (.ods, LibreOffice): this format cannot be read.",
  csv: "Text file (.csv): not an Excel workbook.",
} as const;
const NOT_REGULAR = { fifo: "a FIFO (named pipe)", socket: "a socket", device: "a device", other: "a special entry" };
const SKIPPED = {
  lock: "an Office lock file (the file may be open in Excel), not a ward file",
  hidden: "a hidden file, not a ward file",
  subfolder: "a subfolder: only the files directly in the chosen folder are read",
  output: "the earlier summary (the -o file), not a ward file",
} as const;
const none =
  (message: string, action = USAGE) =>
  () => ({ message, action });

export const enCli: ProblemTexts<keyof CliProblems> = {
  cliNoCommand: none("No command given."),
  cliBadCommand: (p) => ({ message: `Unknown command: ${p.command}.`, action: USAGE }),
  cliMissingValue: (p) => ({ message: `Missing value after ${p.option}.`, action: USAGE }),
  cliBadOption: (p) => ({ message: `Unknown option: ${p.option}.`, action: USAGE }),
  cliBadLanguage: (p) => ({ message: `--lang takes vi or en (got "${p.value}").`, action: USAGE }),
  cliTemplateTakesNoFiles: (p) => ({ message: `The template command takes no files: ${p.files}.`, action: USAGE }),
  cliMissingTemplateOutput: none("Missing output file: -o TEMPLATE.xlsx."),
  cliBadLayout: (p) => ({ message: `--layout takes phieu or nhanh (got "${p.value}").`, action: USAGE }),
  cliBadWards: (p) => ({
    message: `--wards must be a whole number from 1 to ${p.max} (got "${p.value}").`,
    action: USAGE,
  }),
  cliCriteriaUnreadable: (p) => ({
    message: `Cannot read the criteria file ${p.file}.`,
    action: "Check the file's path and run again.",
  }),
  cliCriteriaInvalid: (p) => ({
    message: `The criteria file ${p.file} is not valid: ${p.reasons}`,
    action: "Correct the criteria file and run again.",
  }),
  cliNoInput: none("No files to consolidate."),
  cliEmptyFolder: none("The folder holds no .xlsx files."),
  cliMissingSummaryOutput: none("Missing output: -o SUMMARY.xlsx (or --json)."),
  cliBadTarget: (p) => ({ message: p.reason, action: USAGE }),
  cliBadProvinces: (p) => ({ message: `--provinces takes current or as-written (got "${p.value}").`, action: USAGE }),
  cliWriteFailed: (p) => ({
    message: `Cannot write ${p.file} (${p.reason}); the earlier file, if any, is unchanged.`,
    action: "Check that the disk has free space and the file is not open in Excel, then run again.",
  }),
  cliFolderMissing: (p) => ({
    message: `Cannot write ${p.file}: there is no folder ${p.folder}.`,
    action: "Create that folder or choose another one for -o, then run again.",
  }),
  cliOutputIsInput: (p) => ({
    message: `The output ${p.file} is the input ${p.input}: nothing written, so that no ward's file is lost.`,
    action: "Choose another name for -o (for example -o summary.xlsx), then run again.",
  }),
  cliOutputExists: (p) => ({
    message: `${p.file} already exists: not overwritten.`,
    action: "Choose another name for -o, or add --force to overwrite it.",
  }),
  cliOutputNotSummary: (p) => ({
    message:
      `${p.file} already exists and is not a summary written by kieumau` +
      `${p.sheets === "" ? "" : ` (it has the sheets ${p.sheets})`}: not overwritten.`,
    action: "Choose another name for -o, or add --force if you are sure you want to replace it.",
  }),
  cliNothingRead: (p) => ({
    message:
      "No ward could be read from the files given" +
      `${p.output === undefined ? "" : `: ${p.output} not written; the earlier summary, if any, is unchanged`}.`,
    action: "See the problems above, correct the paths or the files, then run again.",
  }),
  cliInputsKept: (p) => ({
    message: `Kept the total wards and targets typed for ${p.provinces} provinces on "Theo tỉnh" in ${p.file}.`,
    action: "",
  }),
  cliInputNotFound: () => ({
    message: "No such file or folder.",
    action: "Check the name and the path (is it typed right?), then run again.",
  }),
  cliNotRegularFile: (p) => ({
    message: `This is ${NOT_REGULAR[p.kind]}, not a regular file: skipped, never opened.`,
    action: "Move it out of the folder of ward files.",
  }),
  cliUnsupportedFile: (p) =>
    p.kind === "other"
      ? {
          message: `Not an .xlsx or .xlsm file${p.extension === "" ? "" : ` (${p.extension})`}: not read.`,
          action: `If it is a ward file: ${SAVE_AS_XLSX} If not, move it out of the folder.`,
        }
      : { message: UNSUPPORTED[p.kind], action: SAVE_AS_XLSX },
  cliFileSkipped: (p) => ({ message: `Skipped: ${SKIPPED[p.reason]}.`, action: "" }),
  cliUnexpected: (p) => ({
    message: `Unexpected error: ${p.reason}`,
    action: "Run again; if it still fails, tell your support contact.",
  }),
  cliTemplateWritten: (p) => ({
    message: `Wrote the ${p.layout === "nhanh" ? `quick matrix (${p.count} ward rows)` : `score sheet (${p.count} forms)`} for set ${p.setId} version ${p.setVersion} (${p.criteria} criteria): ${p.file}`,
    action: "",
  }),
  cliConsolidated: (p) => ({
    message: `Consolidated ${p.wards} wards from ${p.files}/${p.total} files; ${p.metAll} wards meet every criterion; ${p.problems} problems${p.output !== undefined ? `; wrote ${p.output}` : ""}.`,
    action: "",
  }),
  cliFileHasProblems: (p) => ({
    message: `Problems in: ${p.file}${p.detail === "" ? "" : ` — ${p.detail}`}`,
    action: "",
  }),
  cliFileNote: (p) => ({ message: `Note: ${p.file}${p.detail === "" ? "" : ` — ${p.detail}`}`, action: "" }),
};
