/**
 * The table of custom functions (src/core/functions) against everything
 * that repeats it: the JSDoc of src/functions/functions.ts as the metadata
 * generator reads it (the functions.json the build writes), the HyperFormula
 * plugin and docs/functions.md.
 */
import { readFileSync } from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  CUSTOM_FUNCTIONS,
  FUNCTION_NAMESPACE,
  functionSignature,
  type CustomFunctionSpec,
} from "../../src/core/functions";
import { KieumauPlugin } from "../../src/functions/hyperformula-plugin";
import { HELP_PAGES, METADATA_FILES, finishMetadata } from "../../src/functions/metadata";
import { functionsHelpPage } from "../../src/help/functions-help";

const ROOT = path.join(__dirname, "../..");
const SOURCE = path.join(ROOT, "src/functions/functions.ts");

interface Parameter {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

let functions: FunctionMetadata[];
let generatedJson: string;

beforeAll(async () => {
  // The same generator custom-functions-metadata-plugin runs at build time.
  const result = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(result.errors).toEqual([]);
  generatedJson = result.metadataJson;
  functions = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
}, 60_000);

/** What the generator writes for a table entry (it leaves out scalar dimensionality and optional: false). */
function expectedMetadata(spec: CustomFunctionSpec) {
  return {
    id: spec.id,
    name: spec.name,
    description: spec.help.vi,
    parameters: spec.parameters.map((p) => ({
      name: p.name,
      type: p.type,
      description: p.help.vi,
      ...(p.dimensionality === "matrix" ? { dimensionality: "matrix" } : {}),
      ...(p.optional ? { optional: true } : {}),
    })),
    result: {
      type: spec.result.type,
      ...(spec.result.dimensionality === "matrix" ? { dimensionality: "matrix" } : {}),
    },
    ...(spec.requiresParameterAddresses ? { options: { requiresParameterAddresses: true } } : {}),
  };
}

describe("functions.json generated from src/functions/functions.ts", () => {
  it("registers exactly the table's functions, in the table's order", () => {
    expect(functions.map((f) => f.id)).toEqual(CUSTOM_FUNCTIONS.map((f) => f.id));
  });

  it("says for every function what the table says: name, help, parameters, options, result", () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      const generated = functions.find((f) => f.id === spec.id);
      expect(generated).toMatchObject(expectedMetadata(spec));
      if (!spec.requiresParameterAddresses) expect(generated).not.toHaveProperty("options");
      expect(generated?.parameters).toHaveLength(spec.parameters.length);
    }
  });

  it("registers every @customfunction written in the source, with no tag left out of the table", () => {
    const tagged = [...readFileSync(SOURCE, "utf8").matchAll(/^\s*\*\s*@customfunction\s+(\w+)/gmu)].map((m) => m[1]);
    expect(tagged).toEqual(CUSTOM_FUNCTIONS.map((f) => f.id));
  });

  it("takes results as matrices of any cell values, and keeps the contract's argument orders", () => {
    const names = (id: string) => CUSTOM_FUNCTIONS.find((f) => f.id === id)?.parameters.map((p) => p.name);
    for (const id of ["PASSCOUNT", "SHORTFALL", "STATUS"]) {
      expect(functions.find((f) => f.id === id)?.parameters[0]).toMatchObject({
        name: "results",
        type: "any",
        dimensionality: "matrix",
      });
    }
    expect(names("TARGETPCT")).toEqual(["met", "total", "target"]);
    expect(names("NEEDED")).toEqual(["met", "total", "target"]);
    expect(names("QUOTAPCT")).toEqual(["registered", "quota"]);
  });

  it("describes every function and parameter in Vietnamese in the table and in English beside it", () => {
    const vietnamese = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u;
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(spec.help.vi).toMatch(vietnamese);
      expect(spec.help.en).not.toBe(spec.help.vi);
      for (const p of spec.parameters) {
        expect(p.help.vi).not.toBe("");
        expect(p.help.en).not.toBe("");
        expect(p.help.en).not.toBe(p.help.vi);
      }
    }
  });
});

describe("the HyperFormula plugin is the table", () => {
  it("implements each table entry under KIEUMAU.<name>, with its parameters' kinds and optional flags", () => {
    const implemented = KieumauPlugin.implementedFunctions as Record<
      string,
      { method: string; parameters: { optionalArg?: boolean }[] }
    >;
    expect(Object.keys(implemented)).toEqual(CUSTOM_FUNCTIONS.map((f) => `${FUNCTION_NAMESPACE}.${f.name}`));
    for (const spec of CUSTOM_FUNCTIONS) {
      const entry = implemented[`${FUNCTION_NAMESPACE}.${spec.name}`]!;
      expect(entry.parameters.map((p) => p.optionalArg === true)).toEqual(spec.parameters.map((p) => p.optional));
      expect(typeof (KieumauPlugin.prototype as unknown as Record<string, unknown>)[entry.method]).toBe("function");
    }
  });
});

describe("docs/functions.md", () => {
  const docs = readFileSync(path.join(ROOT, "docs/functions.md"), "utf8");

  it("lists exactly the table's functions with their parameters, in its table of signatures", () => {
    const listed = [...docs.matchAll(/^\| `(KIEUMAU\.[A-Z]+\([^`]*\))` \|/gmu)].map((m) => m[1]);
    expect(listed).toEqual(CUSTOM_FUNCTIONS.map(functionSignature));
  });

  it("names no KIEUMAU function the table does not have", () => {
    const named = new Set([...docs.matchAll(/KIEUMAU\.([A-Z]+)/gu)].map((m) => m[1]));
    expect([...named].sort()).toEqual(CUSTOM_FUNCTIONS.map((f) => f.name).sort());
  });
});

describe("the metadata the build serves: functions.json and functions.en.json", () => {
  const BASE = "https://addin.example.gov.vn/kieumau/";
  type Served = {
    allowCustomDataForDataTypeAny?: boolean;
    functions: (FunctionMetadata & { helpUrl: string; options?: object })[];
  };
  const served = (language: "vi" | "en") => JSON.parse(finishMetadata(generatedJson, language, BASE)) as Served;
  /** A function's metadata without its texts: what Excel binds (ids, names, parameters, options, result). */
  const shape = (f: Served["functions"][number]) => ({
    id: f.id,
    name: f.name,
    options: f.options,
    result: f.result,
    parameters: f.parameters.map(({ description: _description, ...rest }) => rest),
  });

  it("has the same functions, ids, parameters, options and results in both languages, as generated", () => {
    const vi = served("vi");
    const en = served("en");
    expect(en.functions.map(shape)).toEqual(vi.functions.map(shape));
    expect(vi.functions.map(shape)).toEqual(functions.map((f) => shape(f as Served["functions"][number])));
  });

  it("drops the generator's allowCustomDataForDataTypeAny default", () => {
    expect(JSON.parse(generatedJson)).toHaveProperty("allowCustomDataForDataTypeAny");
    for (const language of ["vi", "en"] as const)
      expect(served(language)).not.toHaveProperty("allowCustomDataForDataTypeAny");
  });

  it("describes each function and parameter in the file's language, from the table", () => {
    for (const language of ["vi", "en"] as const) {
      served(language).functions.forEach((f, i) => {
        const spec = CUSTOM_FUNCTIONS[i]!;
        expect(f.description).toBe(spec.help[language]);
        expect(f.parameters.map((p) => p.description)).toEqual(spec.parameters.map((p) => p.help[language]));
      });
    }
  });

  it("gives every function a helpUrl on the add-in's host, naming a section the help page has", () => {
    for (const language of ["vi", "en"] as const) {
      const page = functionsHelpPage(language);
      expect(page).toContain(`<html lang="${language}">`);
      for (const f of served(language).functions) {
        const url = new URL(f.helpUrl);
        expect(`${url.origin}${url.pathname}`).toBe(`${BASE}${HELP_PAGES[language]}`);
        expect(page).toContain(`<section id="${url.hash.slice(1)}">`);
      }
    }
  });

  it("refuses generated metadata whose functions are not the table's", () => {
    const other = JSON.parse(generatedJson) as { functions: FunctionMetadata[] };
    other.functions = other.functions.slice(1);
    expect(() => finishMetadata(JSON.stringify(other), "en", BASE)).toThrow(/table/u);
  });

  it("is what the build writes, and what the manifest names for en-US", () => {
    const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(manifest).toMatch(
      new RegExp(
        `<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/${METADATA_FILES.vi}">\\s*<bt:Override Locale="en-US" Value="https://localhost:3000/${METADATA_FILES.en.replace(".", "\\.")}"/>`,
        "u",
      ),
    );
    // Compared with white space folded, so formatting the config does not matter.
    const config = readFileSync(path.join(ROOT, "webpack.config.js"), "utf8").replace(/\s+/gu, " ");
    expect(config).toContain(
      `new FunctionsMetadataLocalizer({ output: "${METADATA_FILES.en}", input: "./src/functions/functions.ts", from: "${METADATA_FILES.vi}"`,
    );
    expect(config).toContain('require("./src/functions/build-metadata.ts")');
  });
});
