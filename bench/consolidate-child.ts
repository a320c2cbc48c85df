/**
 * Consolidation of files on disk in a process of its own, so its peak
 * memory is that run's alone (the parent holds generated files, ExcelJS…).
 * Parent side: `consolidateInChild(paths)`. Child side: this file run with
 * `--consolidate <paths…>` prints one JSON line {ms, peakRssMb, wards, failed}.
 * Peak memory is the process's maximum resident set (process.resourceUsage),
 * which includes Node and ts-node (about 160 MB before any work).
 */
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";

export interface ChildRun {
  readonly ms: number;
  readonly peakRssMb: number;
  /** Peak resident memory of the same process before the run: Node, ts-node and the modules loaded. */
  readonly baselineRssMb: number;
  readonly wards: number;
  readonly failed: number;
}

export function consolidateInChild(paths: readonly string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, "--consolidate", ...paths], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("close", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{")) reject(new Error(`consolidation child exited ${code}: ${out}`));
      else resolve(JSON.parse(line) as ChildRun);
    });
  });
}

async function childMain(paths: readonly string[]): Promise<void> {
  const { DEFAULT_CRITERIA_SET } = await import("../src/core/criteria/default-set");
  const { consolidateFiles } = await import("../src/files/consolidate-files");
  // The reading modules are loaded by the first file; load them before the baseline is taken.
  await import("jszip");
  await import("saxes");
  await import("../src/files/zip-guard");
  await import("../src/files/xlsx/workbook");
  (globalThis as { gc?: () => void }).gc?.();
  const baselineRssMb = process.resourceUsage().maxRSS / 1024;
  const sources = await Promise.all(
    paths.map(async (file) => {
      const stat = await fs.stat(file);
      return {
        name: path.basename(file),
        size: stat.size,
        arrayBuffer: async () => {
          // As the command line does: what is not a regular file is never opened.
          if (!stat.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
          return fs.readFile(file);
        },
      };
    }),
  );
  const start = process.hrtime.bigint();
  // As the command line runs it (src/cli/consolidate.ts): a collection between files once memory has grown.
  const { collectBetweenFiles } = await import("../src/cli/memory");
  const { result, failedFiles } = await consolidateFiles(sources, DEFAULT_CRITERIA_SET, {
    afterSource: collectBetweenFiles(),
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const run: ChildRun = { ms, peakRssMb, baselineRssMb, wards: result.wards.length, failed: failedFiles.length };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

if (process.argv[2] === "--consolidate") {
  childMain(process.argv.slice(3)).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}
