import registryJson from "./registry/vn-2025.json";
import {
  DEFAULT_PROVINCE_REGISTRY as BASE,
  extendProvinceRegistry,
  parseProvinceRegistryExtension,
  parseProvinceRegistryJson,
  resolveProvince,
  validateProvinceRegistry,
  type RegistryValidation,
} from ".";

const clone = (): Record<string, unknown> & {
  current: Array<Record<string, unknown>>;
  former: Array<Record<string, unknown>>;
} => JSON.parse(JSON.stringify(registryJson));

function codes(result: RegistryValidation): string[] {
  return result.ok ? [] : result.problems.map((p) => p.code);
}

function problems(result: RegistryValidation): ReadonlyArray<{ code: string; params: unknown }> {
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("validating a registry", () => {
  test("the bundled registry is valid, and text is made NFC with single spaces", () => {
    expect(validateProvinceRegistry(registryJson).ok).toBe(true);
    const input = clone();
    (input.former[0] as { name: string }).name = "  Hà   Nội ".normalize("NFD");
    const result = validateProvinceRegistry(input);
    expect(result.ok && result.registry.former[0]?.name).toBe("Hà Nội");
  });

  test("not JSON, not an object: one problem each, at the file", () => {
    const unreadable = parseProvinceRegistryJson("{ id: ", { file: "tinh.json" });
    expect(problems(unreadable)[0]).toMatchObject({
      code: "provinceRegistryUnreadable",
      severity: "error",
      where: { file: "tinh.json" },
    });
    expect(problems(validateProvinceRegistry([]))[0]).toMatchObject({
      code: "provinceRegistryNotAnObject",
      params: { found: "array" },
    });
  });

  test("every missing or malformed field is listed, with its entry", () => {
    const input = clone();
    delete input.version;
    input.effectiveDate = "2025-02-30";
    input.current[1] = { ...input.current[1], id: "Huế!", kind: "town" };
    delete input.former[2]?.name;
    const found = problems(validateProvinceRegistry(input));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "provinceRegistryMissingField", params: { field: "version" } }),
        expect.objectContaining({
          code: "provinceRegistryBadValue",
          params: expect.objectContaining({ field: "effectiveDate", value: "2025-02-30" }),
        }),
        expect.objectContaining({
          code: "provinceRegistryBadValue",
          params: expect.objectContaining({
            field: "id",
            value: "Huế!",
            entry: { list: "current", position: 2, name: "Huế" },
          }),
        }),
        expect.objectContaining({
          code: "provinceRegistryBadValue",
          params: expect.objectContaining({ field: "kind", value: "town" }),
        }),
        expect.objectContaining({
          code: "provinceRegistryMissingField",
          params: { field: "name", entry: { list: "former", position: 3 } },
        }),
      ]),
    );
    expect(found).toHaveLength(5);
  });

  test("cross checks: duplicate ids, unknown or unplaced former ones, shared ids, a spelling for two provinces", () => {
    const input = clone();
    input.former.push({ id: "ha tay", name: "Hà Tây", kind: "province" });
    input.former.push({ id: "son la", name: "Sơn La (bản sao)", kind: "province" });
    (input.current[0] as { formedFrom: string[] }).formedFrom = ["ha noi", "xyz"];
    (input.current[2] as { aliases?: string[] }).aliases = ["Sơn La"]; // Lai Châu claims Sơn La's name
    const found = problems(validateProvinceRegistry(input)).map((p) => ({ code: p.code, params: p.params }));
    expect(found).toEqual(
      expect.arrayContaining([
        { code: "provinceRegistryDuplicateId", params: { id: "son la", list: "former" } },
        {
          code: "provinceRegistryUnknownId",
          params: { id: "xyz", field: "formedFrom", entry: { list: "current", position: 1, name: "Hà Nội" } },
        },
        { code: "provinceRegistryFormerUnplaced", params: { id: "ha tay", count: 0 } },
        { code: "provinceRegistryNameConflict", params: { name: "Sơn La", id: "lai chau", otherId: "son la" } },
      ]),
    );
    const twice = clone();
    (twice.current[0] as { formedFrom: string[] }).formedFrom = ["ha noi", "son la"];
    expect(codes(validateProvinceRegistry(twice))).toEqual(["provinceRegistryFormerUnplaced"]);
    const shared = clone();
    shared.current[0] = { ...shared.current[0], id: "son la" };
    expect(codes(validateProvinceRegistry(shared))).toContain("provinceRegistrySharedId");
  });
});

describe("extending the registry", () => {
  test("more spellings for a listed province, and a province the registry lacks", () => {
    const json = JSON.stringify({
      id: "ca-tinh-x",
      version: "1",
      extends: "vn-provinces",
      aliases: { "ho chi minh": ["Sài Gòn", "SG"], "binh duong": ["BD"] },
      former: [{ id: "dac khu x", name: "Đặc khu X", kind: "province" }],
      current: [{ id: "dac khu x", name: "Đặc khu X", kind: "province", formedFrom: ["dac khu x"] }],
    });
    const result = parseProvinceRegistryExtension(json, BASE, { file: "mo-rong.json" });
    if (!result.ok) throw new Error(result.problems.map((p) => p.code).join());
    expect(result.registry.current).toHaveLength(35);
    expect(result.registry.version).toBe(`${BASE.version}+ca-tinh-x@1`);
    expect(resolveProvince("Sài Gòn", result.registry)).toMatchObject({ id: "ho chi minh", known: true });
    expect(resolveProvince("bd", result.registry)).toMatchObject({ id: "binh duong", current: { id: "ho chi minh" } });
    expect(resolveProvince("Đặc khu X", result.registry).known).toBe(true);
    expect(resolveProvince("Sài Gòn", BASE).known).toBe(false);
  });

  test("an extension for another registry, an unknown id, or a spelling another province has: reported by code", () => {
    const wrongBase = extendProvinceRegistry(
      BASE,
      { id: "x", version: "1", extends: "lao-provinces" },
      { file: "x.json" },
    );
    expect(problems(wrongBase)[0]).toMatchObject({
      code: "provinceRegistryWrongBase",
      params: { expected: "vn-provinces", found: "lao-provinces" },
      where: { file: "x.json" },
    });
    expect(
      codes(
        extendProvinceRegistry(BASE, {
          id: "x",
          version: "1",
          extends: "vn-provinces",
          aliases: { "sai gon": ["SG"] },
        }),
      ),
    ).toEqual(["provinceRegistryUnknownId"]);
    const clash = extendProvinceRegistry(BASE, {
      id: "x",
      version: "1",
      extends: "vn-provinces",
      aliases: { "ha nam": ["Hà Nội"] },
    });
    expect(problems(clash)[0]).toMatchObject({
      code: "provinceRegistryNameConflict",
      params: { name: "Hà Nội", id: "ha noi", otherId: "ha nam" },
    });
    expect(codes(extendProvinceRegistry(BASE, { version: "1", extends: "vn-provinces" }))).toEqual([
      "provinceRegistryMissingField",
    ]);
    expect(
      codes(extendProvinceRegistry(BASE, { id: "x", version: "1", extends: "vn-provinces", aliases: ["SG"] })),
    ).toEqual(["provinceRegistryBadValue"]);
  });
});
