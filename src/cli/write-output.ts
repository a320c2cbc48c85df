/**
 * The command line's writes (summaries and templates), all through
 * writeFileAtomic, with each refusal turned into a problem and an exit code.
 */
import path from "node:path";
import { problem, type AnyProblem, type ProblemCode, type ProblemParams } from "../core/problems";
import type { Language } from "../contracts/problem-text";
import { EXIT_PROBLEMS, EXIT_USAGE, errorWord, problemLine, type CliIo } from "./args";
import { writeFileAtomic, WriteRefused } from "./safe-write";

export interface WriteFailure {
  readonly problem: AnyProblem;
  readonly exitCode: number;
}

function failure<C extends ProblemCode>(code: C, params: ProblemParams[C], exitCode: number): WriteFailure {
  return { problem: problem(code, params, "error") as AnyProblem, exitCode };
}

/** The folder of `shown` as the user typed it ("." for the current folder). */
export function folderOf(shown: string): string {
  return path.dirname(shown);
}

/** Write `bytes` to `full` (shown to the user as `shown`); null when written. */
export async function writeOutput(
  shown: string,
  full: string,
  bytes: Uint8Array,
  options: { readonly overwrite: boolean; readonly io: CliIo },
): Promise<WriteFailure | null> {
  try {
    await writeFileAtomic(full, bytes, { overwrite: options.overwrite, fileSystem: options.io.fileSystem });
    return null;
  } catch (error) {
    if (!(error instanceof WriteRefused)) throw error;
    const refusal = error.refusal;
    switch (refusal.kind) {
      case "folderMissing":
        return failure("cliFolderMissing", { file: shown, folder: folderOf(shown) }, EXIT_PROBLEMS);
      case "exists":
        return failure("cliOutputExists", { file: shown }, EXIT_USAGE);
      case "sameAsInput":
        return failure("cliOutputIsInput", { file: shown, input: refusal.input }, EXIT_USAGE);
      case "writeFailed":
        return failure("cliWriteFailed", { file: shown, reason: refusal.reason }, EXIT_PROBLEMS);
    }
  }
}

/** "Lỗi: …" on stderr. */
export function printFailure(io: CliIo, reported: Pick<AnyProblem, "code" | "params">, language: Language): void {
  io.stderr(`${errorWord(language)}: ${problemLine(reported, language)}\n`);
}
