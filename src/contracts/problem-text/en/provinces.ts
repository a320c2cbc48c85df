import type { ProvinceProblems, RegistryEntryRef } from "../../../core/provinces/problems";
import { quote } from "../shared";
import type { ProblemTexts } from "../types";

const FIX = "Correct the province registry file and load it again.";

function entryText(entry: RegistryEntryRef | undefined): string {
  if (entry === undefined) return "";
  return `"${entry.list}", entry ${entry.position}${entry.name !== undefined ? ` (${entry.name})` : ""}: `;
}

export const enProvinces: ProblemTexts<keyof ProvinceProblems> = {
  provinceNotInRegistry: (p) => ({
    message: `Province name not in the registry: ${quote(p.name)} — kept as written.`,
    action:
      "Check the name for typing errors; if it is right, add this spelling to the province registry " +
      "(a JSON extension file).",
  }),
  provinceRegistryUnreadable: (p) => ({
    message: `The province registry file cannot be read as JSON: ${p.reason}.`,
    action: "Check commas, brackets and quotes.",
  }),
  provinceRegistryNotAnObject: (p) => ({
    message: `The province registry file must hold a JSON object ({ … }), not ${p.found}.`,
    action: FIX,
  }),
  provinceRegistryMissingField: (p) => ({
    message: `${entryText(p.entry)}the field "${p.field}" is missing.`,
    action: FIX,
  }),
  provinceRegistryBadValue: (p) => ({
    message: `${entryText(p.entry)}"${p.field}" holds ${quote(p.value)}, which is not valid (expected ${p.expected}).`,
    action: FIX,
  }),
  provinceRegistryDuplicateId: (p) => ({
    message: `The province id ${quote(p.id)} appears twice in the "${p.list}" list.`,
    action: "Give each province one id; remove or rename the duplicate.",
  }),
  provinceRegistryNameConflict: (p) => ({
    message: `The spelling ${quote(p.name)} names two different provinces: ${quote(p.id)} and ${quote(p.otherId)}.`,
    action: "Keep this spelling on one province only.",
  }),
  provinceRegistryUnknownId: (p) => ({
    message: `${entryText(p.entry)}"${p.field}" names the province id ${quote(p.id)}, which the registry lacks.`,
    action: FIX,
  }),
  provinceRegistryFormerUnplaced: (p) => ({
    message:
      p.count === 0
        ? `The former province ${quote(p.id)} belongs to no current province ("formedFrom").`
        : `The former province ${quote(p.id)} belongs to ${p.count} current provinces; each belongs to exactly one.`,
    action: FIX,
  }),
  provinceRegistrySharedId: (p) => ({
    message: `The current province ${quote(p.id)} shares its id with a former province it was not formed from.`,
    action: 'Add the former province to "formedFrom", or give the current province another id.',
  }),
  provinceRegistryWrongBase: (p) => ({
    message: `The extension file is for the registry ${quote(p.found)}, not the one in use (${quote(p.expected)}).`,
    action: `Set "extends": "${p.expected}" if the file is meant for this registry.`,
  }),
};
