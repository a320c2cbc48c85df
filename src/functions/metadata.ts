/**
 * The functions metadata the build serves, finished from what
 * custom-functions-metadata-plugin generates out of functions.ts's JSDoc:
 * - functions.json (Vietnamese): the generated file without the generator's
 *   `allowCustomDataForDataTypeAny` default, and a helpUrl per function;
 * - functions.en.json (English, manifest bt:Override for en-US): the same
 *   functions, ids, parameters and options, with the table's English help.
 * Pure: webpack.config.js runs it at build time, the tests run it on the
 * generator's output.
 */
import type { Language } from "../contracts/problem-text";
import { CUSTOM_FUNCTIONS, type CustomFunctionSpec } from "../core/functions";

/** File the build writes per language (the Vietnamese one is the plugin's output). */
export const METADATA_FILES: Readonly<Record<Language, string>> = { vi: "functions.json", en: "functions.en.json" };

/** The functions' help pages, served from the add-in's own host beside help.html. */
export const HELP_PAGES: Readonly<Record<Language, string>> = {
  vi: "functions-help.html",
  en: "functions-help.en.html",
};

/** "https://host/path/functions-help.html#passcount" — a function's section of the help page. */
export function helpUrl(baseUrl: string, language: Language, spec: CustomFunctionSpec): string {
  return `${baseUrl}${HELP_PAGES[language]}#${helpAnchor(spec)}`;
}

export function helpAnchor(spec: CustomFunctionSpec): string {
  return spec.id.toLowerCase();
}

interface GeneratedParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}
interface GeneratedFunction {
  id: string;
  description?: string;
  helpUrl?: string;
  parameters: GeneratedParameter[];
  [key: string]: unknown;
}
interface GeneratedMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: GeneratedFunction[];
  [key: string]: unknown;
}

/**
 * The metadata for `language`, from the generator's JSON text. Throws when
 * the generated functions are not the table's.
 */
export function finishMetadata(generatedJson: string, language: Language, baseUrl: string): string {
  const metadata = JSON.parse(generatedJson) as GeneratedMetadata;
  delete metadata.allowCustomDataForDataTypeAny;
  const ids = metadata.functions.map((f) => f.id);
  const expected = CUSTOM_FUNCTIONS.map((f) => f.id);
  if (ids.join() !== expected.join()) {
    throw new Error(`functions.ts registers ${ids.join(", ")} but the table has ${expected.join(", ")}`);
  }
  metadata.functions = metadata.functions.map((generated, i) => {
    const spec = CUSTOM_FUNCTIONS[i] as CustomFunctionSpec;
    const parameters = generated.parameters.map((p, j) => ({
      ...p,
      description: spec.parameters[j]?.help[language] ?? p.description,
    }));
    return { ...generated, description: spec.help[language], helpUrl: helpUrl(baseUrl, language, spec), parameters };
  });
  return `${JSON.stringify(metadata, null, 2)}\n`;
}
