import type { CliProblems } from "../../../core/problems/edges";
import type { ProblemTexts } from "../types";

const USAGE = "See kieumau --help.";
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
  cliWriteFailed: (p) => ({
    message: `Cannot write ${p.file} (${p.reason}).`,
    action: "Check that the folder exists and the file is not open in Excel, then run again.",
  }),
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
  cliFileHasProblems: (p) => ({ message: `Problems in: ${p.file}`, action: "" }),
};
