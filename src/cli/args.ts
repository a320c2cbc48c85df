/**
 * The command line's arguments and its messages: options parsed into a
 * map, usage errors and refusals as problem codes rendered in the chosen
 * language (--lang), and the criteria file loaded.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { DEFAULT_CRITERIA_SET, parseCriteriaSetJson, CriteriaSetError, type CriteriaSet } from "../core";
import { problem, type AnyProblem, type ProblemCode, type ProblemParams } from "../core/problems";
import { problemText, severityText, type Language } from "../contracts/problem-text";
import type { AtomicWriteOptions } from "./safe-write";

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** For tests: the file system calls of the writes (to make one fail midway). */
  readonly fileSystem?: AtomicWriteOptions["fileSystem"];
}

/** A usage error, as a problem code: printed with the usage text, exit 2. */
export class UsageError extends Error {
  readonly problem: AnyProblem;
  constructor(reported: AnyProblem) {
    super(reported.code);
    this.problem = reported;
  }
}

export function usage<C extends ProblemCode>(code: C, params: ProblemParams[C]): UsageError {
  return new UsageError(problem(code, params, "error") as AnyProblem);
}

/** One line of text for a problem: the message, then what to do when there is something to do. */
export function problemLine(reported: Pick<AnyProblem, "code" | "params">, language: Language): string {
  const text = problemText(reported, language);
  return text.action === "" ? text.message : `${text.message} ${text.action}`;
}

/** One line of text for a code, in `language`. */
export function line<C extends ProblemCode>(code: C, params: ProblemParams[C], language: Language): string {
  return problemLine({ code, params } as AnyProblem, language);
}

export function errorWord(language: Language): string {
  return severityText("error", language);
}

/** `--lang` anywhere on the line (checked before anything else, so usage errors speak it too). */
export function languageOf(args: readonly string[]): Language {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value === "vi" || value === "en") return value;
  }
  return "vi";
}

export interface Parsed {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

const VALUE_OPTIONS = new Set([
  "--layout",
  "--wards",
  "--criteria",
  "-o",
  "--output",
  "--target",
  "--lang",
  "--provinces",
  "--quota",
]);
const FLAG_OPTIONS = new Set(["--json", "--help", "-h", "--force", "--report"]);

export function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw usage("cliMissingValue", { option: name });
      if (name === "--lang" && value !== "vi" && value !== "en") throw usage("cliBadLanguage", { value });
      options.set(name === "--output" ? "-o" : name, value);
    } else if (FLAG_OPTIONS.has(name)) options.set(name === "-h" ? "--help" : name, true);
    else if (arg.startsWith("-") && arg !== "-") throw usage("cliBadOption", { option: arg });
    else positional.push(arg);
  }
  return { positional, options };
}

export function outputOf(options: Map<string, string | true>): string | undefined {
  const o = options.get("-o");
  return typeof o === "string" ? o : undefined;
}

const MAX_CRITERIA_BYTES = 5 * 1024 * 1024;

export async function loadCriteria(file: string | true | undefined, cwd: string): Promise<CriteriaSet> {
  if (typeof file !== "string") return DEFAULT_CRITERIA_SET;
  let text: string;
  try {
    // A criteria set is a few KB: a FIFO (which would hang) or a huge file is not one.
    const full = path.resolve(cwd, file);
    const stat = await fs.stat(full);
    if (!stat.isFile() || stat.size > MAX_CRITERIA_BYTES) throw new Error("not a criteria file");
    text = await fs.readFile(full, "utf8");
  } catch {
    throw usage("cliCriteriaUnreadable", { file });
  }
  try {
    return parseCriteriaSetJson(text);
  } catch (error) {
    const reasons =
      error instanceof CriteriaSetError
        ? error.problems.map((p) => problemText(p, "vi").message).join("; ")
        : (error as Error).message;
    throw usage("cliCriteriaInvalid", { file, reasons });
  }
}
