import type { CriteriaGroup, CriteriaSet, Criterion } from "./types";
import { toCanonicalText } from "../text/normalize";
import { problem, type Problem } from "../problems/problem";
import { locateJsonError } from "./json-syntax";
import type { CriteriaProblemCode, CriteriaProblems, CriteriaSource } from "./problems";

/** A criteria set that cannot be used, with every problem as data (text: src/contracts/problem-text). */
export class CriteriaSetError extends Error {
  readonly problems: readonly CriteriaProblem[];
  constructor(problems: readonly CriteriaProblem[]) {
    super(`Invalid criteria set: ${problems.map((p) => p.code).join(", ")}`);
    this.name = "CriteriaSetError";
    this.problems = problems;
  }
}

export type CriteriaProblem = { [C in CriteriaProblemCode]: Problem<C> }[CriteriaProblemCode];

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$/u;

function text(value: unknown): string {
  return typeof value === "string" ? toCanonicalText(value).text : "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type Report = <C extends CriteriaProblemCode>(code: C, params: CriteriaProblems[C]) => void;

function readGroups(input: Record<string, unknown>, report: Report, source: CriteriaSource): CriteriaGroup[] {
  const groups: CriteriaGroup[] = [];
  const groupIds = new Set<string>();
  if (!Array.isArray(input.groups) || input.groups.length === 0) {
    report("criteriaSetMissing", { field: "groups", source });
    return groups;
  }
  input.groups.forEach((raw: unknown, i: number) => {
    const index = i + 1;
    if (!isRecord(raw)) return void report("criteriaGroupInvalid", { index });
    const groupId = text(raw.id);
    const groupTitle = text(raw.title);
    if (groupId === "") report("criteriaGroupInvalid", { index, field: "id" });
    else if (groupIds.has(groupId)) report("criteriaGroupDuplicate", { index, id: groupId });
    if (groupTitle === "") report("criteriaGroupInvalid", { index, field: "title" });
    groupIds.add(groupId);
    groups.push({ id: groupId, title: groupTitle });
  });
  return groups;
}

function readCriteria(
  input: Record<string, unknown>,
  groupIds: ReadonlySet<string>,
  report: Report,
  source: CriteriaSource,
): Criterion[] {
  const criteria: Criterion[] = [];
  const codes = new Set<string>();
  if (!Array.isArray(input.criteria) || input.criteria.length === 0) {
    report("criteriaSetMissing", { field: "criteria", source });
    return criteria;
  }
  input.criteria.forEach((raw: unknown, i: number) => {
    const index = i + 1;
    if (!isRecord(raw)) return void report("criteriaItemInvalid", { index });
    const code = text(raw.code).toUpperCase();
    if (code === "") report("criteriaItemMissing", { index, code, field: "code", source });
    else if (!CODE_PATTERN.test(code)) report("criteriaCodeForm", { index, code });
    else if (codes.has(code)) report("criteriaCodeDuplicate", { index, code });
    codes.add(code);
    const group = text(raw.group);
    if (group === "") report("criteriaItemMissing", { index, code, field: "group", source });
    else if (groupIds.size > 0 && !groupIds.has(group)) report("criteriaUnknownGroup", { index, code, group });
    const criterionTitle = text(raw.title);
    if (criterionTitle === "") report("criteriaItemMissing", { index, code, field: "title", source });
    const fullText = text(raw.text);
    criteria.push({
      code,
      group,
      title: criterionTitle,
      text: fullText === "" ? criterionTitle : fullText,
      evidence: text(raw.evidence),
    });
  });
  return criteria;
}

/**
 * Check an untrusted value (parsed JSON, a sheet read back) and return a
 * clean criteria set: texts in NFC with single spaces, codes upper-case.
 * Throws CriteriaSetError listing every problem, not only the first.
 */
export function validateCriteriaSet(input: unknown, source: CriteriaSource = "json"): CriteriaSet {
  const problems: CriteriaProblem[] = [];
  const report: Report = (code, params) =>
    void problems.push(problem(code, params as never, "error") as CriteriaProblem);
  if (!isRecord(input)) throw new CriteriaSetError([problem("criteriaNotAnObject", {}, "error")]);

  const id = text(input.id);
  const version = typeof input.version === "number" ? String(input.version) : text(input.version);
  const title = text(input.title);
  if (id === "") report("criteriaSetMissing", { field: "id", source });
  if (version === "") report("criteriaSetMissing", { field: "version", source });
  if (title === "") report("criteriaSetMissing", { field: "title", source });
  const groups = readGroups(input, report, source);
  const criteria = readCriteria(input, new Set(groups.map((g) => g.id)), report, source);

  if (problems.length > 0) throw new CriteriaSetError(problems);
  return {
    id,
    version,
    title,
    groups,
    criteria,
    ...(text(input.source) !== "" ? { source: text(input.source) } : {}),
    ...(input.referenceWording === true ? { referenceWording: true } : {}),
    ...(text(input.note) !== "" ? { note: text(input.note) } : {}),
  };
}

/** Parse and validate a criteria set from JSON text; a syntax error says where (line, column) and why. */
export function parseCriteriaSetJson(json: string): CriteriaSet {
  const body = json.replace(/^\uFEFF/u, "");
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    const where = locateJsonError(body) ?? { line: 1, column: 1, kind: "badValue" as const, found: "" };
    throw new CriteriaSetError([problem("criteriaJsonSyntax", where, "error")]);
  }
  return validateCriteriaSet(parsed);
}

/** The codes of a set, in order. */
export function criterionCodes(set: CriteriaSet): string[] {
  return set.criteria.map((criterion) => criterion.code);
}
