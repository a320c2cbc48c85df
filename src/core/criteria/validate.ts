import type { CriteriaGroup, CriteriaSet, Criterion } from "./types";
import { toCanonicalText } from "../text/normalize";

/** A criteria set that cannot be used, with every problem listed in Vietnamese. */
export class CriteriaSetError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Bộ tiêu chí không hợp lệ:\n- ${problems.join("\n- ")}`);
    this.name = "CriteriaSetError";
    this.problems = problems;
  }
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$/u;

function text(value: unknown): string {
  return typeof value === "string" ? toCanonicalText(value).text : "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Check an untrusted value (parsed JSON, a sheet read back) and return a
 * clean criteria set: texts in NFC with single spaces, codes upper-case.
 * Throws CriteriaSetError listing every problem, not only the first.
 */
export function validateCriteriaSet(input: unknown): CriteriaSet {
  const problems: string[] = [];
  if (!isRecord(input)) throw new CriteriaSetError(["Tệp không chứa một bộ tiêu chí (cần một đối tượng JSON)."]);

  const id = text(input.id);
  const version = typeof input.version === "number" ? String(input.version) : text(input.version);
  const title = text(input.title);
  if (id === "") problems.push('Thiếu mã bộ tiêu chí ("id").');
  if (version === "") problems.push('Thiếu phiên bản ("version").');
  if (title === "") problems.push('Thiếu tên bộ tiêu chí ("title").');

  const groups: CriteriaGroup[] = [];
  const groupIds = new Set<string>();
  if (!Array.isArray(input.groups) || input.groups.length === 0) {
    problems.push('Thiếu danh sách nhóm tiêu chí ("groups").');
  } else {
    input.groups.forEach((raw: unknown, index: number) => {
      const where = `Nhóm thứ ${index + 1}`;
      if (!isRecord(raw)) return void problems.push(`${where} không hợp lệ.`);
      const groupId = text(raw.id);
      const groupTitle = text(raw.title);
      if (groupId === "") problems.push(`${where} thiếu mã ("id").`);
      else if (groupIds.has(groupId)) problems.push(`${where}: mã nhóm "${groupId}" bị trùng.`);
      if (groupTitle === "") problems.push(`${where} thiếu tên ("title").`);
      groupIds.add(groupId);
      groups.push({ id: groupId, title: groupTitle });
    });
  }

  const criteria: Criterion[] = [];
  const codes = new Set<string>();
  if (!Array.isArray(input.criteria) || input.criteria.length === 0) {
    problems.push('Bộ tiêu chí không có tiêu chí nào ("criteria").');
  } else {
    input.criteria.forEach((raw: unknown, index: number) => {
      const where = `Tiêu chí thứ ${index + 1}`;
      if (!isRecord(raw)) return void problems.push(`${where} không hợp lệ.`);
      const code = text(raw.code).toUpperCase();
      const label = code === "" ? where : `${where} (${code})`;
      if (code === "") problems.push(`${where} thiếu mã ("code").`);
      else if (!CODE_PATTERN.test(code)) problems.push(`${label}: mã chỉ gồm chữ không dấu, số, dấu chấm, gạch (tối đa 16 ký tự).`);
      else if (codes.has(code)) problems.push(`${label}: mã "${code}" bị trùng.`);
      codes.add(code);
      const group = text(raw.group);
      if (group === "") problems.push(`${label} thiếu nhóm ("group").`);
      else if (groupIds.size > 0 && !groupIds.has(group)) problems.push(`${label}: nhóm "${group}" không có trong danh sách nhóm.`);
      const criterionTitle = text(raw.title);
      if (criterionTitle === "") problems.push(`${label} thiếu tên ngắn ("title").`);
      const fullText = text(raw.text);
      criteria.push({ code, group, title: criterionTitle, text: fullText === "" ? criterionTitle : fullText, evidence: text(raw.evidence) });
    });
  }

  if (problems.length > 0) throw new CriteriaSetError(problems);
  const set: CriteriaSet = {
    id,
    version,
    title,
    groups,
    criteria,
    ...(text(input.source) !== "" ? { source: text(input.source) } : {}),
    ...(input.referenceWording === true ? { referenceWording: true } : {}),
    ...(text(input.note) !== "" ? { note: text(input.note) } : {}),
  };
  return set;
}

/** Parse and validate a criteria set from JSON text. */
export function parseCriteriaSetJson(json: string): CriteriaSet {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/u, ""));
  } catch (error) {
    throw new CriteriaSetError([`Tệp JSON không đọc được: ${(error as Error).message}. Kiểm tra dấu phẩy, ngoặc và dấu nháy.`]);
  }
  return validateCriteriaSet(parsed);
}

/** The codes of a set, in order. */
export function criterionCodes(set: CriteriaSet): string[] {
  return set.criteria.map((criterion) => criterion.code);
}
