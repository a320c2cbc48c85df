import { FunctionError } from "../../src/core/functions";
import { restoreBlanks, splitAddress } from "../../src/functions/blank-cells";

describe("splitAddress", () => {
  it.each<[string, { sheet: string; range: string } | undefined]>([
    ["Sheet1!C5:X5", { sheet: "Sheet1", range: "C5:X5" }],
    ["'Tỉnh A'!C5", { sheet: "Tỉnh A", range: "C5" }],
    ["'Phường Hưng Bình''s'!A1:B2", { sheet: "Phường Hưng Bình's", range: "A1:B2" }],
    ["[Book1]Sheet1!A1", { sheet: "Sheet1", range: "A1" }],
    ["'[Book 1]Tỉnh A'!A1", { sheet: "Tỉnh A", range: "A1" }],
    ["A1", undefined],
    ["Sheet1!", undefined],
  ])("%s", (address, expected) => {
    expect(splitAddress(address)).toEqual(expected);
  });
});

describe("restoreBlanks", () => {
  const read = (types: string[][]) => async () => types;

  it("keeps a 0 when the range read back has another shape than the argument, and refuses it for results", async () => {
    const args = [[["Đạt", 0]], [["TC01", 0]]];
    const addresses = ["Sheet1!A1:B1", "Sheet1!A2:B2"];
    await expect(restoreBlanks(args, addresses, [true, false], read([["String"]]))).rejects.toBeInstanceOf(
      FunctionError,
    );
    expect(await restoreBlanks(args, addresses, [false, false], read([["String"]]))).toEqual(args);
  });

  it("turns only the Empty cells back into blanks", async () => {
    const restored = await restoreBlanks(
      [
        [
          [0, 0],
          [0, "x"],
        ],
      ],
      ["S!A1:B2"],
      [true],
      read([
        ["Empty", "Double"],
        ["Empty", "String"],
      ]),
    );
    expect(restored).toEqual([
      [
        [null, 0],
        [null, "x"],
      ],
    ]);
  });
});
