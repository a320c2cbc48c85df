/**
 * npm run bench: every benchmark, one JSON line per figure
 * {"name","value","unit","aim"}, then a table of each figure against its aim.
 * Add a benchmark by writing bench/<area>.bench.ts exporting run(report)
 * and listing it below. Names are a contract: keep them stable.
 */
import { meetsAim, type Figure } from "./report";

const SUITES: ReadonlyArray<readonly [string, () => Promise<{ run: (report: (figure: Figure) => void) => Promise<void> }>]> = [
  ["core", () => import("./core.bench")],
  ["functions", () => import("./functions.bench")],
  ["excel", () => import("./excel.bench")],
  ["consolidate", () => import("./consolidate.bench")],
  ["ui", () => import("./ui.bench")],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const figures: Figure[] = [];
  let failedSuites = 0;
  for (const [name, load] of SUITES) {
    if (only.length > 0 && !only.includes(name)) continue;
    try {
      const suite = await load();
      await suite.run((figure) => {
        figures.push(figure);
        process.stdout.write(`${JSON.stringify(figure)}\n`);
      });
    } catch (error) {
      failedSuites++;
      process.stderr.write(`Benchmark "${name}" failed: ${(error as Error).stack ?? String(error)}\n`);
    }
  }
  const rows = figures.map((f) => `| ${f.name} | ${f.value} ${f.unit} | ${f.aim || "—"} | ${f.aim ? (meetsAim(f.value, f.aim) ? "✓" : "✗") : ""} |`);
  process.stdout.write(["", "| Figure | Value | Aim | Met |", "|---|---|---|---|", ...rows, ""].join("\n"));
  if (failedSuites > 0) process.exitCode = 1;
}

void main();
