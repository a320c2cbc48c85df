/**
 * Reading the values of used ranges under Excel's limits: a response of at
 * most 5 MB on Excel on the web, at most 5,000,000 cells per range read on
 * every platform (docs/requirement-sets.md, "Reading large sheets").
 *
 * The first sync asks, for each sheet, where its used range is and the
 * values of its first rows (FIRST_READ_ROWS shared between the sheets read
 * together): a small sheet is complete after it. For a larger sheet the
 * bytes a row costs are measured on those first rows (the UTF-8 length of
 * their values as JSON, the way the simulator sizes a response) and the rest
 * is read in row blocks, packed into syncs of at most RESPONSE_BUDGET_BYTES
 * and CELL_BUDGET cells: a large sheet fills syncs on its own, small
 * remainders share one.
 */

/** Bytes of values one sync may bring back: under 5 MB with room for Excel's own wrapping. */
export const RESPONSE_BUDGET_BYTES = 4_000_000;
/** Cells one sync may read: under the 5,000,000-cell limit of one range. */
export const CELL_BUDGET = 4_000_000;
/**
 * Rows read in the first sync (shared between the sheets read together):
 * enough for a 10,000-ward matrix (about 1 MB of response) to be read in one
 * sync, as before block reads; larger sheets go on in blocks.
 */
export const FIRST_READ_ROWS = 10_500;
/** A row measured on the first rows may cost more further down: the estimate is raised by this much. */
const SAFETY = 1.25;
/** Bytes per cell assumed when the first rows hold nothing to measure. */
const FALLBACK_CELL_BYTES = 24;

/** The values of a used range (0-based position of its top-left cell). */
export interface UsedValues {
  readonly values: unknown[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/** What the first sync of one sheet loads. */
export interface PendingRead {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly head: Excel.Range;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Queue the first read of a sheet: its used range's place and size, and the values of its first `headRows` rows. */
export function queueUsedRead(sheet: Excel.Worksheet, headRows: number = FIRST_READ_ROWS): PendingRead {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  const head = sheet.getRange(`1:${Math.max(1, Math.floor(headRows))}`).getUsedRangeOrNullObject(true);
  head.load("values, rowIndex, columnIndex, rowCount, columnCount");
  return { sheet, used, head };
}

interface Assembly {
  readonly read: UsedValues;
  /** First row (0-based, sheet) not yet read, and the last row of the used range. */
  next: number;
  readonly bottom: number;
  readonly bytesPerRow: number;
  readonly columns: number;
}

function assemble(pending: PendingRead): Assembly | null {
  const { used, head } = pending;
  if (used.isNullObject) return null;
  const values: unknown[][] = Array.from({ length: used.rowCount }, () =>
    Array.from({ length: used.columnCount }, () => ""),
  );
  let next = used.rowIndex;
  let bytesPerRow = FALLBACK_CELL_BYTES * used.columnCount;
  if (!head.isNullObject) {
    head.values.forEach((row, r) => {
      const target = values[head.rowIndex - used.rowIndex + r] as unknown[];
      row.forEach((v, c) => {
        target[head.columnIndex - used.columnIndex + c] = v;
      });
    });
    next = head.rowIndex + head.rowCount;
    const measured = utf8Length(JSON.stringify(head.values)) / Math.max(1, head.rowCount);
    bytesPerRow = Math.max(8, (measured * used.columnCount) / Math.max(1, head.columnCount));
  }
  return {
    read: { values, rowIndex: used.rowIndex, columnIndex: used.columnIndex },
    next,
    bottom: used.rowIndex + used.rowCount - 1,
    bytesPerRow: bytesPerRow * SAFETY,
    columns: used.columnCount,
  };
}

/**
 * After the first sync: read what is left of each sheet in row blocks, as
 * few syncs as the budgets allow. Returns each sheet's values (null: empty).
 */
export async function finishUsedReads(
  context: Excel.RequestContext,
  pending: readonly PendingRead[],
  budget: { readonly bytes: number; readonly cells: number } = { bytes: RESPONSE_BUDGET_BYTES, cells: CELL_BUDGET },
): Promise<Array<UsedValues | null>> {
  const sheets = pending.map(assemble);
  let batch: Array<{ into: Assembly; top: number; range: Excel.Range }> = [];
  let bytes = 0;
  let cells = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await context.sync();
    for (const { into, top, range } of batch) {
      range.values.forEach((row, r) => {
        into.read.values[top - into.read.rowIndex + r] = row;
      });
    }
    batch = [];
    bytes = 0;
    cells = 0;
  };
  for (const [i, into] of sheets.entries()) {
    if (into === null) continue;
    while (into.next <= into.bottom) {
      const byBytes = Math.floor((budget.bytes - bytes) / into.bytesPerRow);
      const byCells = Math.floor((budget.cells - cells) / Math.max(1, into.columns));
      const rows = Math.min(byBytes, byCells, into.bottom - into.next + 1);
      if (rows < 1) {
        if (batch.length === 0) throw new Error("A single row is larger than one response may be.");
        await flush();
        continue;
      }
      const range = (pending[i] as PendingRead).sheet.getRangeByIndexes(
        into.next,
        into.read.columnIndex,
        rows,
        into.columns,
      );
      range.load("values");
      batch.push({ into, top: into.next, range });
      bytes += rows * into.bytesPerRow;
      cells += rows * into.columns;
      into.next += rows;
    }
  }
  await flush();
  return sheets.map((s) => (s === null ? null : s.read));
}
