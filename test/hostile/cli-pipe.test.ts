/**
 * `kieumau consolidate … --json | head -1` (issue 13): the reader of
 * stdout goes away early; the command ends quietly (no EPIPE stack trace),
 * with its usual exit code, and the summary it writes is still written.
 * This one spawns bin/kieumau.js: only a real process has a real pipe.
 */
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { EXIT_OK } from "../../src/cli/main";
import { goodFile, matrixFile } from "./corpus";
import { fingerprints, readSummary, tempFolder } from "./cli-run";

// Real files, real processes: generous on a loaded machine (the limits are the bench's, not the tests').
jest.setTimeout(60_000);

const BIN = path.join(__dirname, "../../bin/kieumau.js");

/** Run the bin and close its stdout after the first chunk, as `| head -1` does. */
function runClosingStdout(
  args: readonly string[],
  cwd: string,
): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let first = "";
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    child.stdout.once("data", (chunk: Buffer) => {
      first = chunk.toString("utf8").split("\n")[0] ?? "";
      child.stdout.destroy();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, first }));
  });
}

let dir: string;
beforeAll(async () => {
  dir = await tempFolder();
  await fs.writeFile(path.join(dir, "lon.xlsx"), matrixFile(3_000));
  await fs.writeFile(path.join(dir, "tot.xlsx"), goodFile());
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("--json into a pipe closed early exits quietly, and -o is still written", async () => {
  const inputs = [path.join(dir, "lon.xlsx"), path.join(dir, "tot.xlsx")];
  const before = await fingerprints(inputs);
  const r = await runClosingStdout(["consolidate", "lon.xlsx", "tot.xlsx", "--json", "-o", "tong-hop.xlsx"], dir);
  expect(r.first).toBe("{");
  expect(r.stderr).not.toMatch(/EPIPE|Error|at .*\.js:\d+|không mong đợi/u);
  expect(r.stderr).toMatch(/Đã tổng hợp 3001 phường từ 2\/2 tệp/u);
  expect(r.code).toBe(EXIT_OK);
  expect((await readSummary(path.join(dir, "tong-hop.xlsx"))).wards).toHaveLength(3_001);
  expect(await fingerprints(inputs)).toEqual(before);
}, 60_000);
