/**
 * What the input names on the command line stand for, found with `stat`
 * before anything is opened. A folder stands for every entry it holds:
 * .xlsx and .xlsm files are read; .xls, .ods, .csv and any other file give
 * one problem each (what to do); Office lock files (~$…), hidden files and
 * subfolders are passed over with a note; anything that is not a regular
 * file (FIFO, socket, device) is a problem and never opened. A file's size
 * goes to the reader, which refuses a huge one without reading it. Files
 * named on the command line get the same checks.
 */
import { constants, promises as fs, type Stats } from "node:fs";
import path from "node:path";
import type { ConsolidationSource } from "../core/consolidate/pipeline";
import { problem, type AnyProblem, type ProblemCode, type ProblemParams } from "../core/problems";
import type { WardFileSource } from "../contracts/ward-file";
import { wardFileSource } from "../files/read-ward-file";
import { realTarget } from "./safe-write";

export interface Inputs {
  /** One source per file, in the order given (folder entries by name). */
  readonly sources: ConsolidationSource[];
  /** Entries passed over (lock files, hidden files, subfolders, the earlier summary): information only. */
  readonly notes: AnyProblem[];
  /** An input that is, by real path, the output: `explicit` when named on the command line. */
  readonly clash?: { readonly name: string; readonly explicit: boolean };
}

const READ = new Set([".xlsx", ".xlsm"]);
const KNOWN: Readonly<Record<string, "xls" | "ods" | "csv">> = { ".xls": "xls", ".ods": "ods", ".csv": "csv" };

/** Read from disk without ever blocking on something that is not a regular file. */
export function diskSource(name: string, full: string, size?: number): WardFileSource {
  return {
    name,
    size,
    arrayBuffer: async () => {
      // O_NONBLOCK: if the entry was swapped for a FIFO after `stat`, opening does not wait for a writer.
      const handle = await fs.open(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      try {
        if (!(await handle.stat()).isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
        return new Uint8Array(await handle.readFile());
      } finally {
        await handle.close();
      }
    },
  };
}

function failing<C extends ProblemCode>(name: string, code: C, params: ProblemParams[C]): ConsolidationSource {
  const reported = problem(code, params, "error", { file: name }) as AnyProblem;
  return { name, kind: "file", open: async () => ({ grids: [], problems: [reported] }) };
}

function note(name: string, reason: ProblemParams["cliFileSkipped"]["reason"]): AnyProblem {
  return problem("cliFileSkipped", { reason }, "info", { file: name }) as AnyProblem;
}

function specialKind(stat: Stats): ProblemParams["cliNotRegularFile"]["kind"] {
  if (stat.isFIFO()) return "fifo";
  if (stat.isSocket()) return "socket";
  if (stat.isBlockDevice() || stat.isCharacterDevice()) return "device";
  return "other";
}

/** `stat`, or why not (a plain object: errors from fs are not `instanceof Error` under jest's realms). */
type Found = { readonly stat: Stats } | { readonly missing: boolean; readonly reason: string };

export async function statOf(full: string): Promise<Found> {
  try {
    return { stat: await fs.stat(full) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { missing: code === "ENOENT" || code === "ENOTDIR", reason: code ?? String(error) };
  }
}

class Expansion implements Inputs {
  readonly sources: ConsolidationSource[] = [];
  readonly notes: AnyProblem[] = [];
  clash?: { readonly name: string; readonly explicit: boolean };

  constructor(private readonly output: string | undefined) {}

  /** One entry that stat found (or not); `explicit` when named on the command line. */
  async add(name: string, full: string, found: Found, explicit: boolean): Promise<void> {
    const base = path.basename(name);
    if (!("stat" in found)) {
      this.sources.push(
        found.missing
          ? failing(name, "cliInputNotFound", {})
          : failing(name, "sourceUnreadable", { reason: found.reason }),
      );
      return;
    }
    const stat = found.stat;
    if (base.startsWith("~$")) this.notes.push(note(name, "lock"));
    else if (!explicit && base.startsWith(".")) this.notes.push(note(name, "hidden"));
    else if (stat.isDirectory()) this.notes.push(note(name, "subfolder"));
    else if (!stat.isFile()) this.sources.push(failing(name, "cliNotRegularFile", { kind: specialKind(stat) }));
    else await this.addFile(name, full, stat, explicit);
  }

  private async addFile(name: string, full: string, stat: Stats, explicit: boolean): Promise<void> {
    const extension = path.extname(name).toLowerCase();
    if (this.output !== undefined && (await realTarget(full)) === this.output) {
      this.clash ??= { name, explicit };
      if (!explicit) this.notes.push(note(name, "output"));
    } else if (READ.has(extension)) this.sources.push(wardFileSource(diskSource(name, full, stat.size)));
    else this.sources.push(failing(name, "cliUnsupportedFile", { kind: KNOWN[extension] ?? "other", extension }));
  }

  async addFolder(name: string, full: string): Promise<void> {
    let entries: string[];
    try {
      entries = (await fs.readdir(full)).sort();
    } catch (error) {
      this.sources.push(failing(name, "sourceUnreadable", { reason: (error as NodeJS.ErrnoException).code ?? "" }));
      return;
    }
    for (const entry of entries) {
      const entryFull = path.join(full, entry);
      await this.add(path.join(name, entry), entryFull, await statOf(entryFull), false);
    }
  }
}

/**
 * The sources for `names` (files and folders, relative to `cwd`). `output`
 * (a path relative to cwd) is never made a source: the caller refuses a
 * clash, or passes over the earlier summary found in a folder.
 */
export async function expandInputs(names: readonly string[], cwd: string, output?: string): Promise<Inputs> {
  const expansion = new Expansion(output === undefined ? undefined : await realTarget(path.resolve(cwd, output)));
  for (const name of names) {
    const full = path.resolve(cwd, name);
    const found = await statOf(full);
    if ("stat" in found && found.stat.isDirectory()) await expansion.addFolder(name, full);
    else await expansion.add(name, full, found, true);
  }
  return expansion;
}
