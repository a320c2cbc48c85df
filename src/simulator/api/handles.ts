/**
 * Handles: how a proxy finds its sheet or range in the state when its first queued operation runs;
 * ClientResult; array helpers.
 */
import { type SimRequestContext } from "../context";
import { SimulatedOfficeError, invalidArgument, itemNotFound } from "../errors";
import { type Rect, type SheetState, type WorkbookState } from "../state";

export class SheetHandle {
  private boundId: string | null = null;
  constructor(
    private readonly state: WorkbookState,
    private readonly find: () => SheetState | undefined,
    readonly nullable: boolean,
    private readonly what: string,
  ) {}

  static of(state: WorkbookState, sheet: SheetState): SheetHandle {
    const handle = new SheetHandle(state, () => sheet, false, sheet.name);
    handle.boundId = sheet.id;
    return handle;
  }

  get(): SheetState | null {
    if (this.boundId !== null) {
      const sheet = this.state.sheetById(this.boundId);
      if (sheet === undefined) throw itemNotFound(`worksheet ${this.what} (deleted)`);
      return sheet;
    }
    const sheet = this.find();
    if (sheet === undefined) {
      if (this.nullable) return null;
      throw itemNotFound(`worksheet ${this.what}`);
    }
    this.boundId = sheet.id;
    return sheet;
  }
}

export type RangeTarget = { sheet: SheetState; rect: Rect } | null;

export class RangeHandle {
  private bound: Rect | null | undefined;
  constructor(
    readonly sheet: SheetHandle,
    private readonly locate: (sheet: SheetState) => Rect | null,
    readonly nullable: boolean,
  ) {}

  get(): RangeTarget {
    const sheet = this.sheet.get();
    if (sheet === null) return null;
    if (this.bound === undefined) this.bound = this.locate(sheet);
    if (this.bound === null) {
      if (this.nullable) return null;
      throw itemNotFound("range");
    }
    return { sheet, rect: this.bound };
  }
}

/** A ClientResult<T>: `.value` readable after sync. */
export class SimClientResult<T> {
  private ready = false;
  private result: T | undefined;
  constructor(ctx: SimRequestContext, compute: () => T) {
    ctx.enqueue({
      kind: "read",
      wire: { result: true },
      apply: () => compute(),
      deliver: (response) => {
        this.result = response as T;
        this.ready = true;
      },
    });
  }
  get value(): T {
    if (!this.ready)
      throw new SimulatedOfficeError(
        "PropertyNotLoaded",
        'The value of the result object has not been loaded yet. Call "context.sync()" first.',
      );
    return this.result as T;
  }
}

export function forEachCell(rect: Rect, fn: (row: number, column: number, r: number, c: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row++)
    for (let column = rect.left; column <= rect.right; column++) fn(row, column, row - rect.top, column - rect.left);
}

export function grid<T>(rect: Rect, fn: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: T[] = [];
    for (let column = rect.left; column <= rect.right; column++) line.push(fn(row, column));
    rows.push(line);
  }
  return rows;
}

export function checkShape(value: unknown, rect: Rect, property: string): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (
    !Array.isArray(value) ||
    value.length !== rows ||
    value.some((line) => !Array.isArray(line) || line.length !== columns)
  ) {
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}: expected ${rows}×${columns}).`,
    );
  }
  return value as unknown[][];
}
