import type {
  CriteriaProblems,
  CriteriaSetField,
  CriterionField,
  JsonSyntaxKind,
} from "../../../core/criteria/problems";
import { quote } from "../shared";
import type { ProblemTexts } from "../types";

const SYNTAX: Record<JsonSyntaxKind, { what: string; fix: string }> = {
  end: {
    what: "the file ends with a bracket or quote still open",
    fix: 'Every {, [ and " needs its closing mark; check the end of the file.',
  },
  trailingComma: { what: "a comma before a closing bracket", fix: "Remove the comma after the last item." },
  missingComma: { what: "a comma is missing between two items", fix: "Add a comma after the item before." },
  propertyName: {
    what: "a field name not in double quotes, or a comma too many before it",
    fix: 'Write field names in double quotes, e.g. "title": "…".',
  },
  missingColon: { what: "a colon is missing after a field name", fix: 'Write "field": value.' },
  singleQuote: { what: "single quotes; JSON takes only double quotes", fix: "Change ' to \"." },
  unclosedString: {
    what: "a text runs to the end of the line without its closing double quote",
    fix: 'Add the closing "; for a line break inside a text, write \\n.',
  },
  controlCharacter: { what: "a control character (such as Tab) inside a text", fix: "Replace it with a space." },
  badEscape: { what: "a backslash used the wrong way", fix: "Write \\\\ for one backslash, or \\n for a line break." },
  badValue: {
    what: "a value that cannot be read",
    fix: "Text goes in double quotes; numbers like 2021 or 1.5; true, false, null in lower case.",
  },
  extraText: {
    what: "more content after the last closing bracket",
    fix: "Remove it, or move it inside the criteria set.",
  },
  comment: { what: "a comment (// or /* */), which JSON does not allow", fix: "Remove the comments." },
  tooDeep: { what: "brackets nested too deep", fix: "Check the file's structure." },
};

const SET_FIELD: Record<CriteriaSetField, { name: string; row: string }> = {
  id: { name: "the set's id", row: "Mã bộ tiêu chí" },
  version: { name: "the version", row: "Phiên bản" },
  title: { name: "the set's title", row: "Tên bộ" },
  groups: { name: "the list of groups", row: "Nhóm" },
  criteria: { name: "criteria", row: "Mã" },
};

const ITEM_FIELD: Record<CriterionField, { name: string; key: string; column: string }> = {
  code: { name: "its code", key: "code", column: "Mã" },
  group: { name: "its group", key: "group", column: "Nhóm" },
  title: { name: "its short title", key: "title", column: "Tên ngắn" },
};

const criterion = (index: number, code: string) => `Criterion ${index}${code === "" ? "" : ` (${code})`}`;

export const enCriteria: ProblemTexts<keyof CriteriaProblems> = {
  criteriaJsonSyntax: (p) => ({
    message: `The JSON file has an error at line ${p.line}, column ${p.column}: ${SYNTAX[p.kind].what}${p.found === "" ? "" : ` (found ${quote(p.found)})`}.`,
    action: SYNTAX[p.kind].fix,
  }),
  criteriaNotAnObject: () => ({
    message: "The file does not hold a criteria set.",
    action: "It must start with { and have the fields id, version, title, groups and criteria, like the sample file.",
  }),
  criteriaSetMissing: (p) => {
    const field = SET_FIELD[p.field];
    const message =
      p.field === "criteria"
        ? "The criteria set has no criteria."
        : `${field.name[0]?.toUpperCase()}${field.name.slice(1)} is missing.`;
    if (p.source === "sheet") {
      const action =
        p.field === "criteria" || p.field === "groups"
          ? "Fill in the criteria rows below the header row."
          : `Fill in the cell right of "${field.row}".`;
      return { message, action };
    }
    return { message, action: `Add the field "${p.field}" to the JSON file.` };
  },
  criteriaGroupInvalid: (p) => ({
    message:
      p.field === undefined
        ? `Group ${p.index} is not valid.`
        : `Group ${p.index} has no ${p.field === "id" ? "id" : "title"}.`,
    action: `Write each group as { "id": "G1", "title": "Group name" }.`,
  }),
  criteriaGroupDuplicate: (p) => ({
    message: `Group ${p.index}: the id ${quote(p.id)} is used twice.`,
    action: "Give each group its own id.",
  }),
  criteriaItemInvalid: (p) => ({
    message: `Criterion ${p.index} is not valid.`,
    action: `Write each criterion as { "code": "TC01", "group": "G1", "title": "…" }.`,
  }),
  criteriaItemMissing: (p) => {
    const field = ITEM_FIELD[p.field];
    return {
      message: `${criterion(p.index, p.code)} lacks ${field.name}.`,
      action:
        p.source === "sheet"
          ? `Fill in the "${field.column}" column of this row.`
          : `Add the field "${field.key}" to this criterion.`,
    };
  },
  criteriaCodeForm: (p) => ({
    message: `${criterion(p.index, p.code)}: the code is not valid.`,
    action: "Codes use unaccented letters, digits, dots and dashes, at most 16 characters (e.g. TC01).",
  }),
  criteriaCodeDuplicate: (p) => ({
    message: `${criterion(p.index, "")}: the code ${quote(p.code)} is used twice.`,
    action: "Give each criterion its own code.",
  }),
  criteriaUnknownGroup: (p) => ({
    message: `${criterion(p.index, p.code)}: the group ${quote(p.group)} is not in the list of groups.`,
    action: "Correct the criterion's group, or add that group to the list.",
  }),
  criteriaSheetNoHeader: (p) => ({
    message: `The "${p.sheet}" sheet has no header row with the "${p.code}" and "${p.title}" columns.`,
    action: `Press "Create the Bộ tiêu chí sheet" in Settings for a sheet with the right columns, then edit its wording.`,
  }),
};
