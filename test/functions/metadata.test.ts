import { readFileSync } from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

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

beforeAll(async () => {
  // The same generator custom-functions-metadata-plugin runs at build time.
  const result = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(result.errors).toEqual([]);
  functions = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
}, 60_000);

const byId = (id: string) => {
  const found = functions.find((f) => f.id === id);
  if (found === undefined) throw new Error(`${id} is not registered`);
  return found;
};

describe("functions.json generated from src/functions/functions.ts", () => {
  it("registers exactly the seven KIEUMAU functions, in the user-facing ids", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(["NEEDED", "PASSCOUNT", "QUOTAPCT", "RATE", "SHORTFALL", "STATUS", "TARGETPCT"]);
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it("registers every @customfunction written in the source", () => {
    const tagged = [...readFileSync(SOURCE, "utf8").matchAll(/^\s*\*\s*@customfunction\s+(\w+)/gmu)].map((m) => m[1]);
    expect(tagged.sort()).toEqual(functions.map((f) => f.id).sort());
  });

  it("takes results as matrices of any cell values", () => {
    for (const id of ["PASSCOUNT", "SHORTFALL", "STATUS"]) {
      expect(byId(id).parameters[0]).toMatchObject({ name: "results", type: "any", dimensionality: "matrix" });
    }
    expect(byId("SHORTFALL").parameters[1]).toMatchObject({ name: "codes", type: "any", dimensionality: "matrix", optional: true });
    expect(byId("STATUS").parameters[1]).toMatchObject({ name: "total", type: "number", optional: true });
  });

  it("keeps the argument orders of the contract", () => {
    const names = (id: string) => byId(id).parameters.map((p) => p.name);
    expect(names("RATE")).toEqual(["met", "total"]);
    expect(names("TARGETPCT")).toEqual(["met", "total", "target"]);
    expect(names("NEEDED")).toEqual(["met", "total", "target"]);
    expect(names("QUOTAPCT")).toEqual(["registered", "quota"]);
    expect(byId("TARGETPCT").parameters[2]?.type).toBe("any");
  });

  it("describes every function and parameter in Vietnamese", () => {
    for (const f of functions) {
      expect(f.description).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u);
      for (const p of f.parameters) expect(p.description ?? "").not.toBe("");
    }
  });
});
