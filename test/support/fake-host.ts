/**
 * A scripted AddinHost for component tests: each method is a jest mock
 * with a sensible default; tests override what they exercise.
 */
import type { CheckReport, InsertResult, NormaliseResult } from "../../src/excel";
import type { AddinHost, ConsolidateOutcome, Feature, UndoInfo, UndoResult } from "../../src/taskpane/host/types";
import { DEFAULT_CRITERIA_SET } from "../../src/core";

export type FakeHost = {
  [K in keyof AddinHost]: AddinHost[K] extends (...args: infer A) => infer R ? jest.Mock<R, A> : AddinHost[K];
};

export function fakeHost(
  overrides: Partial<Record<keyof AddinHost, unknown>> = {},
  unsupported: readonly Feature[] = [],
): FakeHost {
  const host = {
    preview: false,
    supports: jest.fn((feature: Feature) => !unsupported.includes(feature)),
    insertTemplate: jest.fn(async (): Promise<InsertResult> => ({
      inserted: true,
      sheetName: "Bảng chấm nhanh",
      kind: "matrix",
      address: "A1:AC55",
    })),
    check: jest.fn(async (): Promise<CheckReport> => emptyReport()),
    normalise: jest.fn(async (): Promise<NormaliseResult> => ({
      sheetName: "Bảng chấm nhanh",
      changed: 0,
      cancelled: false,
      invalidLeft: 0,
      skippedFormulas: 0,
    })),
    goTo: jest.fn(async () => undefined),
    openSheet: jest.fn(async () => undefined),
    readCriteriaSheet: jest.fn(async () => DEFAULT_CRITERIA_SET),
    consolidate: jest.fn(async (): Promise<ConsolidateOutcome> => {
      throw new Error("not scripted");
    }),
    watchSheet: jest.fn(async () => () => undefined),
    undoInfo: jest.fn((): UndoInfo | null => null),
    undo: jest.fn(async (): Promise<UndoResult> => ({
      sheetName: "Bảng chấm nhanh",
      restored: 0,
      keptChanged: 0,
      sheetMissing: false,
    })),
    summaryWorkbook: jest.fn(async () => new Uint8Array([80, 75, 3, 4])),
    writeCriteriaSheet: jest.fn(async () => ({ written: true, sheetName: "Bộ tiêu chí" })),
    ...overrides,
  };
  return host as unknown as FakeHost;
}

export function emptyReport(): CheckReport {
  return { sheetName: "Bảng chấm nhanh", templates: [], problems: [], highlighted: 0, normalisable: 0 };
}
