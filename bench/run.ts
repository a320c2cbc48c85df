/**
 * npm run bench: every benchmark, one JSON line per figure
 * {"name","value","unit","aim"}, then a table of each figure against its aim.
 * Each suite runs in its own Node process, so memory and JIT state of one
 * never colour another's figures. `npm run bench -- ui core` runs some.
 * Add a benchmark by writing bench/<area>.bench.ts exporting run(report)
 * and listing it below. Names are a contract: keep them stable.
 */
import { spawn } from "node:child_process";
import { meetsAim, type Figure } from "./report";

const SUITES: ReadonlyArray<
  readonly [string, () => Promise<{ run: (report: (figure: Figure) => void) => Promise<void> }>]
> = [
  ["core", () => import("./core.bench")],
  ["functions", () => import("./functions.bench")],
  ["excel", () => import("./excel.bench")],
  ["consolidate", () => import("./consolidate.bench")],
  ["hostile", () => import("./hostile.bench")],
  ["ui", () => import("./ui.bench")],
];

/** In the child: run one suite, print its figures as JSON lines. */
async function runSuite(name: string): Promise<void> {
  const load = SUITES.find(([n]) => n === name)?.[1];
  if (load === undefined) throw new Error(`Unknown benchmark suite "${name}"`);
  const suite = await load();
  await suite.run((figure) => process.stdout.write(`${JSON.stringify(figure)}\n`));
}

/** In the parent: one child per suite; its JSON lines are echoed and collected. */
function runChild(name: string, figures: Figure[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, "--suite", name], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      let newline: number;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        process.stdout.write(`${line}\n`);
        if (line.startsWith("{")) figures.push(JSON.parse(line) as Figure);
      }
    });
    child.on("close", (code) => {
      if (code !== 0) process.stderr.write(`Benchmark "${name}" failed (exit ${code}).\n`);
      resolve(code === 0);
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--suite") {
    await runSuite(args[1] ?? "");
    return;
  }
  const figures: Figure[] = [];
  let failedSuites = 0;
  for (const [name] of SUITES) {
    if (args.length > 0 && !args.includes(name)) continue;
    if (!(await runChild(name, figures))) failedSuites++;
  }
  const rows = figures.map(
    (f) =>
      `| ${f.name} | ${f.value} ${f.unit} | ${f.aim || "—"} | ${f.aim ? (meetsAim(f.value, f.aim) ? "✓" : "✗") : ""} |`,
  );
  process.stdout.write(["", "| Figure | Value | Aim | Met |", "|---|---|---|---|", ...rows, ""].join("\n"));
  if (failedSuites > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
