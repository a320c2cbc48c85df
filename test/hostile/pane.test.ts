/**
 * The task pane reads ward files through the same reader: hostile files
 * given to the pane's consolidation (the host over the simulated workbook)
 * never block the others, progress reaches the end, cancelling still works.
 */
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core/criteria/default-set";
import { ConsolidationCancelled } from "../../src/core/consolidate/pipeline";
import { createSimulatedExcel } from "../../src/simulator";
import { createExcelHost } from "../../src/taskpane/host/excel-host";
import type { ConsolidateStage } from "../../src/taskpane/host/types";
import { fileSource } from "../consolidate/fixtures";
import { goodFile, HOSTILE_CASES } from "./corpus";

jest.setTimeout(120_000);

async function caseFile(name: string, folder: string) {
  const hostile = HOSTILE_CASES.find((c) => c.name === name);
  if (hostile === undefined) throw new Error(`no case ${name}`);
  const [file] = await hostile.make(folder, "test");
  return fileSource(path.basename(file as string), new Uint8Array(await fs.readFile(file as string)));
}

let folder: string;
beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), "kieumau-pane-"));
});
afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

function setup() {
  const excel = createSimulatedExcel();
  return {
    excel,
    host: createExcelHost(
      (batch) => excel.run(batch),
      () => true,
    ),
  };
}

describe("hostile files in the task pane's consolidation", () => {
  test("an entity bomb and a whitespace bomb beside a good file: the good ward is written, progress reaches the end", async () => {
    const { excel, host } = setup();
    const files = [
      await caseFile("entity expansion (billion laughs) in the sheet", folder),
      fileSource("tot.xlsx", goodFile()),
      await caseFile("sheet XML of 500 MB whitespace", folder),
    ];
    const stages: ConsolidateStage[] = [];
    const outcome = await host.consolidate({
      files,
      useWorkbook: false,
      set: SET,
      defaultTarget: 0.3,
      onProgress: (s) => stages.push(s),
      signal: new AbortController().signal,
      confirmReplace: async () => true,
    });
    expect(outcome.written).toBe(true);
    expect(outcome.result.wards.map((w) => w.ward)).toEqual(["Phường Tốt"]);
    expect(outcome.failedFiles).toEqual(["thuc-the.xlsx", "bom-trang.xlsx"]);
    expect(outcome.result.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual([
      "sourceXmlEntities",
      "sourceZipTooLarge",
    ]);
    expect(stages).toContainEqual({ stage: "files", done: 3, total: 3, file: "bom-trang.xlsx" });
    expect(stages[stages.length - 1]).toEqual({ stage: "writing" });
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(["Tổng hợp", "Vấn đề"]));
  });

  test("cancelling after a hostile file writes nothing", async () => {
    const { excel, host } = setup();
    const abort = new AbortController();
    const files = [await caseFile("3,000 sheets", folder), fileSource("tot.xlsx", goodFile())];
    const before = excel.sheetNames();
    const run = host.consolidate({
      files,
      useWorkbook: false,
      set: SET,
      defaultTarget: 0.3,
      onProgress: (s) => {
        if (s.stage === "files" && s.done === 1) abort.abort();
      },
      signal: abort.signal,
      confirmReplace: async () => true,
    });
    await expect(run).rejects.toBeInstanceOf(ConsolidationCancelled);
    expect(excel.sheetNames()).toEqual(before);
  });
});
