import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { assertNotAnInput, writeFileAtomic, WriteRefused } from "../../src/cli/safe-write";

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), "kieumau-write-"));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function refusal(action: Promise<unknown>): Promise<unknown> {
  try {
    await action;
  } catch (error) {
    if (error instanceof WriteRefused) return error.refusal;
    throw error;
  }
  return null;
}

describe("safe output", () => {
  it("replaces the earlier file in one step and leaves no temporary file", async () => {
    const target = path.join(folder, "tong-hop.xlsx");
    await fs.writeFile(target, "earlier");
    await writeFileAtomic(target, new TextEncoder().encode("new"));
    expect(await fs.readFile(target, "utf8")).toBe("new");
    expect(await fs.readdir(folder)).toEqual(["tong-hop.xlsx"]);
  });

  it("keeps the earlier file whole when the write fails midway (disk full)", async () => {
    const target = path.join(folder, "tong-hop.xlsx");
    await fs.writeFile(target, "earlier summary");
    const diskFull = {
      ...fs,
      writeFile: async (file: Parameters<typeof fs.writeFile>[0]) => {
        await fs.writeFile(file, "partial");
        throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
      },
    };
    expect(await refusal(writeFileAtomic(target, new Uint8Array(10), { fileSystem: diskFull }))).toEqual({
      kind: "writeFailed",
      file: target,
      reason: "ENOSPC",
    });
    expect(await fs.readFile(target, "utf8")).toBe("earlier summary");
    expect(await fs.readdir(folder)).toEqual(["tong-hop.xlsx"]);
  });

  it("reports a missing folder plainly", async () => {
    const target = path.join(folder, "khong-co", "mau.xlsx");
    expect(await refusal(writeFileAtomic(target, new Uint8Array(1)))).toEqual({
      kind: "folderMissing",
      folder: path.dirname(target),
    });
  });

  it("does not overwrite when asked not to", async () => {
    const target = path.join(folder, "mau.xlsx");
    await fs.writeFile(target, "filled ward file");
    expect(await refusal(writeFileAtomic(target, new Uint8Array(1), { overwrite: false }))).toEqual({
      kind: "exists",
      file: target,
    });
    expect(await fs.readFile(target, "utf8")).toBe("filled ward file");
  });

  it("refuses an output that is one of the inputs, also through a link or another spelling of the path", async () => {
    const input = path.join(folder, "a.xlsx");
    await fs.writeFile(input, "ward");
    const link = path.join(folder, "link.xlsx");
    await fs.symlink(input, link);
    expect(await refusal(assertNotAnInput(input, [input]))).toMatchObject({ kind: "sameAsInput" });
    expect(await refusal(assertNotAnInput(path.join(folder, ".", "sub", "..", "a.xlsx"), [input]))).toMatchObject({
      kind: "sameAsInput",
    });
    expect(await refusal(assertNotAnInput(link, [input]))).toMatchObject({ kind: "sameAsInput" });
    expect(await refusal(assertNotAnInput(path.join(folder, "b.xlsx"), [input]))).toBeNull();
  });
});
