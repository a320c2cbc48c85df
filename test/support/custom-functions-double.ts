/**
 * A test double for the `CustomFunctions` global of Excel's custom-functions
 * runtime: the Error class and the ErrorCode values, shaped as in
 * @types/custom-functions-runtime. Install before importing functions.ts.
 */
export class CustomFunctionsErrorDouble extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
  }
}

export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installCustomFunctionsDouble(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: CustomFunctionsErrorDouble,
    ErrorCode: ERROR_CODE,
  };
}

/** Counts of what the Excel.run double was asked to do. */
export interface ExcelRunStats {
  runs: number;
  syncs: number;
  ranges: string[];
}

/**
 * A strict double for `Excel.run` as the custom functions use it: read the
 * `valueTypes` of ranges. `valueTypes(sheet, range)` answers per range
 * (undefined: the sheet or range does not exist, and sync fails as in Excel).
 * Reading `valueTypes` before `context.sync()` throws, as in Office.js.
 */
export function installExcelRunDouble(
  valueTypes: (sheet: string, range: string) => string[][] | undefined,
): ExcelRunStats {
  const stats: ExcelRunStats = { runs: 0, syncs: 0, ranges: [] };
  const run = async (batch: (context: unknown) => Promise<unknown>) => {
    stats.runs++;
    const queued: (() => void)[] = [];
    const getRange = (sheet: string) => (address: string) => {
      let loaded: string[][] | undefined;
      const range = {
        load() {
          queued.push(() => {
            const types = valueTypes(sheet, address);
            if (types === undefined) throw new Error(`ItemNotFound: ${sheet}!${address}`);
            loaded = types;
          });
          return range;
        },
        get valueTypes() {
          if (loaded === undefined) throw new Error("PropertyNotLoaded: valueTypes");
          return loaded;
        },
      };
      stats.ranges.push(`${sheet}!${address}`);
      return range;
    };
    const context = {
      workbook: { worksheets: { getItem: (sheet: string) => ({ getRange: getRange(sheet) }) } },
      sync: async () => {
        stats.syncs++;
        for (const step of queued.splice(0)) step();
      },
    };
    return batch(context);
  };
  (globalThis as unknown as { Excel: unknown }).Excel = { run };
  return stats;
}
