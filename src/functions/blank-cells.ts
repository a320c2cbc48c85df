/**
 * Blank cells in the shared runtime. Excel passes an empty cell inside a
 * range argument as the number 0 (desktop and web), and a single empty cell
 * as 0 on desktop but null on the web (OfficeDev/office-js #1951, #4702,
 * #5262). 0 is also the "Không đạt" shortcut, so a function taking result
 * cells cannot tell "not assessed" from "not met" by the value alone.
 *
 * The functions that care (table entries with requiresParameterAddresses)
 * get the addresses of their arguments; when an argument holds a 0 this
 * module reads the `valueTypes` of its range, and an "Empty" cell becomes
 * null again. All the reads asked for while Excel recalculates go into one
 * Excel.run with one sync. An argument without an address (an expression
 * such as IF(…)) is taken as Excel computed it. When a 0 of `results` cannot
 * be resolved (no addresses in this Excel, or the read failed) the function
 * refuses with #N/A rather than guess.
 */
import { FunctionError } from "../core/functions";

/** Excel.RangeValueType values, as strings. */
export type ValueTypes = readonly (readonly string[])[];

/** Reads the value types of a range given as a parameter address ("Sheet1!C5:X5"). */
export type ValueTypesReader = (address: string) => Promise<ValueTypes>;

/** The part of the Excel API the reader uses (Excel.run in the add-in, a double in tests). */
export interface ExcelRunner {
  run<T>(batch: (context: RangeContext) => Promise<T>): Promise<T>;
}
export interface RangeContext {
  readonly workbook: { readonly worksheets: { getItem(name: string): { getRange(address: string): LoadableRange } } };
  sync(): Promise<unknown>;
}
export interface LoadableRange {
  load(properties: "valueTypes"): LoadableRange;
  readonly valueTypes: unknown;
}

/** "'Tỉnh A'!C5:X5" → sheet "Tỉnh A", range "C5:X5"; "[Book1]Sheet1!A1" drops the workbook. */
export function splitAddress(address: string): { sheet: string; range: string } | undefined {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return undefined;
  let sheet = address.slice(0, bang).replace(/^\[[^\]]*\]/u, "");
  const range = address.slice(bang + 1);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replaceAll("''", "'");
  sheet = sheet.replace(/^\[[^\]]*\]/u, "");
  return sheet === "" || range === "" ? undefined : { sheet, range };
}

interface Pending {
  readonly sheet: string;
  readonly range: string;
  readonly resolve: (types: ValueTypes) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * A reader that batches: every address asked before the next macrotask is
 * read in one Excel.run and one context.sync().
 */
export function batchedValueTypesReader(
  excel: ExcelRunner,
  schedule: (flush: () => void) => void = (f) => setTimeout(f, 0),
): ValueTypesReader {
  let pending: Pending[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      await excel.run(async (context) => {
        const ranges = batch.map((p) =>
          context.workbook.worksheets.getItem(p.sheet).getRange(p.range).load("valueTypes"),
        );
        await context.sync();
        batch.forEach((p, i) => p.resolve(ranges[i]!.valueTypes as ValueTypes));
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  };
  return (address) =>
    new Promise<ValueTypes>((resolve, reject) => {
      const parts = splitAddress(address);
      if (parts === undefined) {
        reject(new Error(`Not a range address: ${address}`));
        return;
      }
      if (pending.length === 0) schedule(() => void flush());
      pending.push({ ...parts, resolve, reject });
    });
}

function zerosIn(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce<number>((n, row) => n + (Array.isArray(row) ? row.filter((v) => v === 0).length : 0), 0);
  return value === 0 ? 1 : 0;
}

/** The argument with its "Empty" cells as null (same shape required; otherwise undefined). */
function withBlanks(value: unknown, types: ValueTypes): unknown {
  if (!Array.isArray(value))
    return types.length === 1 && types[0]?.length === 1 && types[0][0] === "Empty" ? null : value;
  const rows = value as unknown[][];
  if (types.length !== rows.length || rows.some((row, r) => types[r]?.length !== row.length)) return undefined;
  return rows.map((row, r) => row.map((cell, c) => (types[r]![c] === "Empty" ? null : cell)));
}

/**
 * The arguments with Excel's 0-for-empty undone where the range says the
 * cell is empty. `strict[i]`: refuse (#N/A) when argument i holds a 0 that
 * cannot be resolved; otherwise keep the 0.
 */
export async function restoreBlanks(
  args: readonly unknown[],
  addresses: readonly (string | null | undefined)[] | undefined,
  strict: readonly boolean[],
  read: ValueTypesReader,
): Promise<unknown[]> {
  return Promise.all(
    args.map(async (value, i) => {
      const zeros = zerosIn(value);
      if (zeros === 0) return value;
      const address = addresses?.[i];
      // Known addresses, none for this argument: an expression, whose 0 Excel computed.
      if (addresses !== undefined && (address === undefined || address === null || address === "")) return value;
      let restored: unknown;
      if (address !== undefined && address !== null) {
        restored = await read(address).then(
          (types) => withBlanks(value, types),
          () => undefined,
        );
      }
      if (restored !== undefined) return restored;
      if (strict[i] === true)
        throw new FunctionError("unavailable", { code: "functionBlankOrZero", params: { zeros } });
      return value;
    }),
  );
}
