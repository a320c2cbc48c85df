/**
 * Checking a province registry, or a user's extension of it, read from
 * untrusted JSON. Every problem is listed (not only the first), each as a
 * code with parameters; texts are in src/contracts/problem-text.
 */
import type { ProblemParams } from "../problems/codes";
import { problem, type Problem, type ProblemLocation } from "../problems/problem";
import { toCanonicalText } from "../text/normalize";
import { buildIndex } from "./match";
import type { ProvinceProblemCode, ProvinceProblems, RegistryEntryRef } from "./problems";
import type { CurrentProvince, ProvinceEntry, ProvinceKind, ProvinceRegistry } from "./types";

export type ProvinceProblem = { [C in ProvinceProblemCode]: Problem<C> }[ProvinceProblemCode];

export type RegistryValidation =
  | { readonly ok: true; readonly registry: ProvinceRegistry }
  | { readonly ok: false; readonly problems: readonly ProvinceProblem[] };

/** Ids: folded names, lower-case ASCII words joined by a space or a hyphen. */
const ID_PATTERN = /^[a-z0-9]+(?:[ -][a-z0-9]+)*$/u;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/u;
const ID_LIMIT = 60;

/** Collects problems, all at one location (the file). */
class Report {
  readonly problems: ProvinceProblem[] = [];
  constructor(private readonly where: ProblemLocation) {}
  add<C extends ProvinceProblemCode>(code: C, params: ProvinceProblems[C]): void {
    this.problems.push(problem<C>(code, params as ProblemParams[C], "error", this.where) as ProvinceProblem);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? toCanonicalText(value).text : "";
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "array";
  return value === null ? "null" : typeof value;
}

function checkId(report: Report, id: string, entry: RegistryEntryRef): void {
  if (id === "") report.add("provinceRegistryMissingField", { field: "id", entry });
  else if (!ID_PATTERN.test(id) || id.length > ID_LIMIT) {
    report.add("provinceRegistryBadValue", { field: "id", value: id, expected: "ha noi", entry });
  }
}

function stringList(report: Report, value: unknown, field: string, entry: RegistryEntryRef): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report.add("provinceRegistryBadValue", { field, value: describe(value), expected: "[…]", entry });
    return [];
  }
  const list = value.map(text);
  list.forEach((item, i) => {
    if (item === "")
      report.add("provinceRegistryBadValue", {
        field: `${field}[${i + 1}]`,
        value: describe(value[i]),
        expected: "text",
        entry,
      });
  });
  return list.filter((item) => item !== "");
}

function entryOf(report: Report, raw: unknown, list: string, position: number): ProvinceEntry | undefined {
  if (!isRecord(raw)) {
    report.add("provinceRegistryBadValue", {
      field: list,
      value: describe(raw),
      expected: "{ id, name, kind }",
      entry: { list, position },
    });
    return undefined;
  }
  const name = text(raw.name);
  const entry: RegistryEntryRef = name === "" ? { list, position } : { list, position, name };
  const id = text(raw.id);
  checkId(report, id, entry);
  if (name === "") report.add("provinceRegistryMissingField", { field: "name", entry });
  const kind = raw.kind === undefined ? "province" : raw.kind;
  if (kind !== "city" && kind !== "province") {
    report.add("provinceRegistryBadValue", { field: "kind", value: text(kind), expected: "city | province", entry });
  }
  return { id, name, kind: kind as ProvinceKind, aliases: stringList(report, raw.aliases, "aliases", entry) };
}

function currentOf(report: Report, raw: unknown, position: number): CurrentProvince | undefined {
  const entry = entryOf(report, raw, "current", position);
  if (entry === undefined || !isRecord(raw)) return undefined;
  const ref: RegistryEntryRef = { list: "current", position, name: entry.name };
  const formedFrom = stringList(report, raw.formedFrom, "formedFrom", ref);
  if (formedFrom.length === 0 && raw.formedFrom === undefined)
    report.add("provinceRegistryMissingField", { field: "formedFrom", entry: ref });
  return { ...entry, formedFrom };
}

function listOf<T>(
  report: Report,
  value: unknown,
  field: string,
  required: boolean,
  read: (raw: unknown, position: number) => T | undefined,
): T[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || (required && value.length === 0)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0))
      report.add("provinceRegistryMissingField", { field });
    else report.add("provinceRegistryBadValue", { field, value: describe(value), expected: "[…]" });
    return [];
  }
  return value.map((raw, i) => read(raw, i + 1)).filter((item): item is T => item !== undefined);
}

function checkDate(report: Report, value: unknown): string {
  const date = text(value);
  if (date === "") {
    report.add("provinceRegistryMissingField", { field: "effectiveDate" });
    return date;
  }
  const match = DATE_PATTERN.exec(date);
  const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (parsed === null || parsed.toISOString().slice(0, 10) !== date) {
    report.add("provinceRegistryBadValue", { field: "effectiveDate", value: date, expected: "2025-07-01" });
  }
  return date;
}

function duplicates(report: Report, entries: readonly ProvinceEntry[], list: string): void {
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (id !== "" && seen.has(id)) report.add("provinceRegistryDuplicateId", { id, list });
    seen.add(id);
  }
}

/** Checks across entries: ids unique per list, formedFrom complete and exclusive, shared ids, spellings. */
function crossCheck(report: Report, registry: ProvinceRegistry): void {
  duplicates(report, registry.current, "current");
  duplicates(report, registry.former, "former");
  const formerIds = new Set(registry.former.map((f) => f.id));
  const placed = new Map<string, number>();
  registry.current.forEach((province, i) => {
    const entry = { list: "current", position: i + 1, name: province.name };
    for (const id of province.formedFrom) {
      if (!formerIds.has(id)) report.add("provinceRegistryUnknownId", { id, field: "formedFrom", entry });
      placed.set(id, (placed.get(id) ?? 0) + 1);
    }
    if (formerIds.has(province.id) && !province.formedFrom.includes(province.id))
      report.add("provinceRegistrySharedId", { id: province.id });
  });
  for (const id of formerIds) {
    const count = placed.get(id) ?? 0;
    if (count !== 1) report.add("provinceRegistryFormerUnplaced", { id, count });
  }
  const seen = new Set<string>();
  for (const conflict of buildIndex(registry).conflicts) {
    const once = `${conflict.name}\u0001${conflict.otherId}`;
    if (!seen.has(once)) report.add("provinceRegistryNameConflict", conflict);
    seen.add(once);
  }
}

function topText(report: Report, input: Record<string, unknown>, field: string): string {
  const value = text(input[field]);
  if (value === "") report.add("provinceRegistryMissingField", { field });
  return value;
}

/** Check a registry read from JSON and return it clean (NFC texts, single spaces), or every problem found. */
export function validateProvinceRegistry(input: unknown, where: ProblemLocation = {}): RegistryValidation {
  const report = new Report(where);
  if (!isRecord(input)) {
    report.add("provinceRegistryNotAnObject", { found: describe(input) });
    return { ok: false, problems: report.problems };
  }
  const source = text(input.source);
  const registry: ProvinceRegistry = {
    id: topText(report, input, "id"),
    version: topText(report, input, "version"),
    title: topText(report, input, "title"),
    ...(source !== "" ? { source } : {}),
    effectiveDate: checkDate(report, input.effectiveDate),
    current: listOf(report, input.current, "current", true, (raw, i) => currentOf(report, raw, i)),
    former: listOf(report, input.former, "former", true, (raw, i) => entryOf(report, raw, "former", i)),
  };
  if (report.problems.length === 0) crossCheck(report, registry);
  return report.problems.length === 0 ? { ok: true, registry } : { ok: false, problems: report.problems };
}

/** Parse JSON text, then validate it with `check`; a parse failure is one problem. */
function parseJson(
  json: string,
  where: ProblemLocation,
  check: (input: unknown) => RegistryValidation,
): RegistryValidation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/u, ""));
  } catch (error) {
    return {
      ok: false,
      problems: [problem("provinceRegistryUnreadable", { reason: (error as Error).message }, "error", where)],
    };
  }
  return check(parsed);
}

/** Parse and validate a registry from JSON text. */
export function parseProvinceRegistryJson(json: string, where: ProblemLocation = {}): RegistryValidation {
  return parseJson(json, where, (input) => validateProvinceRegistry(input, where));
}

function aliasesOf(report: Report, value: unknown): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  if (value === undefined) return aliases;
  if (!isRecord(value)) {
    report.add("provinceRegistryBadValue", {
      field: "aliases",
      value: describe(value),
      expected: '{ "ho chi minh": ["…"] }',
    });
    return aliases;
  }
  Object.entries(value).forEach(([id, names], i) => {
    const entry: RegistryEntryRef = { list: "aliases", position: i + 1, name: id };
    checkId(report, id, entry);
    aliases.set(id, stringList(report, names, "aliases", entry));
  });
  return aliases;
}

function withAliases<T extends ProvinceEntry>(entries: readonly T[], aliases: ReadonlyMap<string, string[]>): T[] {
  return entries.map((entry) => {
    const more = aliases.get(entry.id);
    return more === undefined ? entry : { ...entry, aliases: [...entry.aliases, ...more] };
  });
}

/**
 * A user's extension of a registry: more spellings for listed provinces
 * (`aliases`: id → names) and provinces the registry lacks (`current`,
 * `former`, as in the registry). It names the registry it extends
 * (`extends`: the registry's id); the result is checked as a whole.
 */
export function extendProvinceRegistry(
  base: ProvinceRegistry,
  input: unknown,
  where: ProblemLocation = {},
): RegistryValidation {
  const report = new Report(where);
  if (!isRecord(input)) {
    report.add("provinceRegistryNotAnObject", { found: describe(input) });
    return { ok: false, problems: report.problems };
  }
  const id = topText(report, input, "id");
  const version = topText(report, input, "version");
  const extendsId = text(input.extends);
  if (extendsId === "") report.add("provinceRegistryMissingField", { field: "extends" });
  else if (extendsId !== base.id) report.add("provinceRegistryWrongBase", { expected: base.id, found: extendsId });
  const current = listOf(report, input.current, "current", false, (raw, i) => currentOf(report, raw, i));
  const former = listOf(report, input.former, "former", false, (raw, i) => entryOf(report, raw, "former", i));
  const aliases = aliasesOf(report, input.aliases);
  if (report.problems.length > 0) return { ok: false, problems: report.problems };
  const merged: ProvinceRegistry = {
    ...base,
    version: `${base.version}+${id}@${version}`,
    current: withAliases([...base.current, ...current], aliases),
    former: withAliases([...base.former, ...former], aliases),
  };
  const known = new Set([...merged.current, ...merged.former].map((p) => p.id));
  [...aliases.keys()].forEach((aliasId, i) => {
    if (!known.has(aliasId))
      report.add("provinceRegistryUnknownId", {
        id: aliasId,
        field: "aliases",
        entry: { list: "aliases", position: i + 1 },
      });
  });
  crossCheck(report, merged);
  return report.problems.length === 0 ? { ok: true, registry: merged } : { ok: false, problems: report.problems };
}

/** Parse an extension from JSON text and apply it to `base`. */
export function parseProvinceRegistryExtension(
  json: string,
  base: ProvinceRegistry,
  where: ProblemLocation = {},
): RegistryValidation {
  return parseJson(json, where, (input) => extendProvinceRegistry(base, input, where));
}
