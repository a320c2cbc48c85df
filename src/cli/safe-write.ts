/**
 * Writing a file the user may already have, without ever losing it: the
 * bytes go to a temporary file beside the target, then a rename replaces the
 * target in one step. A failure (disk full, no permission) leaves the earlier
 * file as it was and no partial file behind. Node only (the command line).
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

export type WriteRefusal =
  | { readonly kind: "folderMissing"; readonly folder: string }
  | { readonly kind: "exists"; readonly file: string }
  | { readonly kind: "sameAsInput"; readonly file: string; readonly input: string }
  | { readonly kind: "writeFailed"; readonly file: string; readonly reason: string };

export class WriteRefused extends Error {
  constructor(readonly refusal: WriteRefusal) {
    super(refusal.kind);
    this.name = "WriteRefused";
  }
}

/** The real path of a file that may not exist yet (its folder resolved). */
export async function realTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** True when two paths name the same file by real path (the second may not exist yet). */
export async function samePath(a: string, b: string): Promise<boolean> {
  return (await realTarget(a)) === (await realTarget(b));
}

/** Refuse an output that is, by real path (links and case-preserving names resolved), one of the inputs. */
export async function assertNotAnInput(output: string, inputs: readonly string[]): Promise<void> {
  const target = await realTarget(output);
  for (const input of inputs) {
    if ((await realTarget(input)) === target) throw new WriteRefused({ kind: "sameAsInput", file: output, input });
  }
}

export interface AtomicWriteOptions {
  /** Replace an existing file (default true; `kieumau template` asks for --force). */
  readonly overwrite?: boolean;
  /** For tests: the file system calls, to make a write fail midway. */
  readonly fileSystem?: Pick<typeof fs, "writeFile" | "rename" | "rm" | "stat">;
}

/** Write `bytes` to `file` through a temporary file and a rename. */
export async function writeFileAtomic(
  file: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const io = options.fileSystem ?? fs;
  const folder = path.dirname(path.resolve(file));
  try {
    if (!(await io.stat(folder)).isDirectory()) throw new Error("not a folder");
  } catch {
    throw new WriteRefused({ kind: "folderMissing", folder });
  }
  if (options.overwrite === false) {
    const exists = await io.stat(file).then(
      () => true,
      () => false,
    );
    if (exists) throw new WriteRefused({ kind: "exists", file });
  }
  const temporary = path.join(folder, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await io.writeFile(temporary, bytes, { flag: "wx" });
    await io.rename(temporary, file);
  } catch (error) {
    await io.rm(temporary, { force: true }).catch(() => undefined);
    throw new WriteRefused({
      kind: "writeFailed",
      file,
      reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
    });
  }
}
