/**
 * The hostile corpus (test/hostile/corpus.ts, "test" scale) through the
 * reader the command line and the task pane share: each case beside a good
 * ward file. The good ward is always consolidated, the case ends as it says
 * (refused with its problem, or read with its wards), nothing escapes.
 */
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core/criteria/default-set";
import { problemText } from "../../src/contracts/problem-text";
import type { WardFileSource } from "../../src/contracts/ward-file";
import { consolidateFiles } from "../../src/files/consolidate-files";
import { fileSource } from "../consolidate/fixtures";
import { goodFile, HOSTILE_CASES } from "./corpus";

jest.setTimeout(180_000);

/**
 * A path as the command line gives it: its size from stat before anything
 * is read; what is not a regular file (a FIFO) is never opened.
 */
async function pathSource(file: string): Promise<WardFileSource> {
  const stat = await fs.stat(file);
  return {
    name: path.basename(file),
    size: stat.size,
    arrayBuffer: async () => {
      if (!stat.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
      return fs.readFile(file);
    },
  };
}

let folder: string;
beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), "kieumau-corpus-"));
});
afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe("the hostile corpus beside a good ward file", () => {
  test.each(HOSTILE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, hostile) => {
    const caseFolder = await fs.mkdtemp(path.join(folder, "case-"));
    const paths = await hostile.make(caseFolder, "test");
    const names = paths.map((p) => path.basename(p));
    const sources = [fileSource("tot.xlsx", goodFile()), ...(await Promise.all(paths.map(pathSource)))];
    const started = Date.now();
    const { result, failedFiles } = await consolidateFiles(sources, SET);
    const seconds = (Date.now() - started) / 1000;

    expect(result.wards.filter((w) => w.source.file === "tot.xlsx").map((w) => w.ward)).toEqual(["Phường Tốt"]);
    const fromCase = result.wards.filter((w) => names.includes(w.source.file));
    const problems = result.problems.filter((p) => p.where.file !== undefined && names.includes(p.where.file));
    const messages = problems.map((p) => {
      const text = problemText(p, "vi");
      return `${text.message} ${text.action}`;
    });
    if (hostile.expect.outcome === "refused") {
      expect(fromCase).toEqual([]);
      expect(failedFiles).toEqual(names);
      // One problem row per refused file.
      expect(problems).toHaveLength(names.length);
      expect(problems.every((p) => p.severity === "error")).toBe(true);
    } else {
      expect(failedFiles).toEqual([]);
      expect(fromCase.length).toBeGreaterThan(0);
      if (hostile.expect.wards !== undefined) expect(fromCase).toHaveLength(hostile.expect.wards);
      for (const ward of fromCase) expect(ward.ward.length).toBeLessThanOrEqual(200);
    }
    if (hostile.expect.problem !== undefined) expect(messages.join("\n")).toMatch(hostile.expect.problem);
    // Every problem renders within Excel's cell limit.
    for (const p of result.problems) expect(problemText(p, "vi").message.length).toBeLessThan(32_767);
    expect(seconds).toBeLessThan(60);
  });
});
