/**
 * Charts, opt-in: a workbook gets `worksheet.charts` only after
 * `enableCharts(excel)` (the preview does; tests and benchmarks keep the
 * simulator without charts, as the product must also work where a host
 * has none). What is kept is a record of what the product asked for —
 * type, source and category ranges, series orientation, title, position —
 * not a drawing: the preview draws it from the cells.
 *
 * Calls are queued and applied on sync, like every other write. The subset:
 * `charts.add(type, sourceData, seriesBy)`, `chart.title.text`,
 * `chart.axes.categoryAxis.setCategoryNames(range)`, `chart.setPosition(start)`
 * and `chart.name`; anything else on a chart is missing on purpose.
 */
import { parseLocal, splitSheet } from "./address";
import { SimObject, type SimRequestContext } from "./context";
import { invalidArgument } from "./errors";
import type { Rect, SheetState, WorkbookState } from "./state";

/** A range on a sheet, by the sheet's id (names change, ids do not). */
export interface ChartRange {
  readonly sheetId: string;
  readonly rect: Rect;
}

/** What the simulator remembers of one chart. */
export interface ChartRecord {
  readonly id: number;
  readonly type: string;
  readonly seriesBy: string;
  readonly source: ChartRange;
  categories: ChartRange | null;
  title: string;
  name: string;
  /** Top-left cell of the chart (0-based), null until setPosition. */
  anchor: { readonly row: number; readonly column: number } | null;
}

/** The parts of the worksheet and range proxies a chart needs (structural, to keep api.ts out). */
interface SheetLike {
  get(): SheetState | null;
}
interface RangeLike {
  readonly handle: { get(): { sheet: SheetState; rect: Rect } | null };
}

const enabled = new WeakSet<WorkbookState>();
const records = new WeakMap<SheetState, ChartRecord[]>();
let nextId = 1;

/** Give this simulated workbook `worksheet.charts` (call before running product code). */
export function enableCharts(excel: { readonly state: WorkbookState }): void {
  enabled.add(excel.state);
}

/** The charts on a sheet, in the order they were added. */
export function chartRecords(sheet: SheetState): readonly ChartRecord[] {
  return records.get(sheet) ?? [];
}

function resolveRange(range: RangeLike, what: string): ChartRange {
  const target = range.handle.get();
  if (target === null) throw invalidArgument(`${what}: the range does not exist.`);
  return { sheetId: target.sheet.id, rect: target.rect };
}

export class SimChartTitle extends SimObject {
  protected readonly typeName = "ChartTitle";
  constructor(
    ctx: SimRequestContext,
    private readonly record: () => ChartRecord,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return { text: () => this.record().title };
  }
  get text(): string {
    return this.loadedValue("text");
  }
  set text(text: string) {
    this.write({ set: "text", value: text }, () => {
      this.record().title = text;
    });
  }
}

export class SimChartAxis extends SimObject {
  protected readonly typeName = "ChartAxis";
  constructor(
    ctx: SimRequestContext,
    private readonly record: () => ChartRecord,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }
  setCategoryNames(sourceData: RangeLike): void {
    this.write({ method: "setCategoryNames", range: "range" }, () => {
      this.record().categories = resolveRange(sourceData, "setCategoryNames");
    });
  }
}

export class SimChart extends SimObject {
  protected readonly typeName = "Chart";
  readonly title: SimChartTitle;
  readonly axes: { readonly categoryAxis: SimChartAxis };
  constructor(
    ctx: SimRequestContext,
    private readonly record: () => ChartRecord,
  ) {
    super(ctx);
    this.title = new SimChartTitle(ctx, record);
    this.axes = { categoryAxis: new SimChartAxis(ctx, record) };
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return { name: () => this.record().name, id: () => String(this.record().id) };
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.write({ set: "name", value: name }, () => {
      this.record().name = name;
    });
  }
  get id(): string {
    return this.loadedValue("id");
  }
  setPosition(startCell: RangeLike | string): void {
    this.write({ method: "setPosition", start: typeof startCell === "string" ? startCell : "range" }, () => {
      const rect =
        typeof startCell === "string"
          ? parseLocal(splitSheet(startCell).local)
          : resolveRange(startCell, "setPosition").rect;
      this.record().anchor = { row: rect.top, column: rect.left };
    });
  }
}

export class SimChartCollection extends SimObject {
  protected readonly typeName = "ChartCollection";
  constructor(
    ctx: SimRequestContext,
    private readonly sheet: SheetLike,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return { count: () => chartRecords(this.requireSheet()).length };
  }
  get count(): number {
    return this.loadedValue("count");
  }
  private requireSheet(): SheetState {
    const sheet = this.sheet.get();
    if (sheet === null) throw invalidArgument("The worksheet does not exist.");
    return sheet;
  }
  add(type: string, sourceData: RangeLike, seriesBy = "Auto"): SimChart {
    let created: ChartRecord | null = null;
    const record = (): ChartRecord => {
      if (created === null) throw invalidArgument("The chart was not created.");
      return created;
    };
    this.write({ method: "add", type, seriesBy }, () => {
      const sheet = this.requireSheet();
      const source = resolveRange(sourceData, "charts.add");
      created = {
        id: nextId++,
        type,
        seriesBy,
        source,
        categories: null,
        title: "",
        name: `Chart ${nextId - 1}`,
        anchor: null,
      };
      records.set(sheet, [...chartRecords(sheet), created]);
    });
    return new SimChart(this.ctx, record);
  }
}

/** `worksheet.charts`: the collection where charts are enabled, undefined (as on a host without charts) elsewhere. */
export function chartCollection(ctx: SimRequestContext, sheet: SheetLike): SimChartCollection | undefined {
  return enabled.has(ctx.state) ? new SimChartCollection(ctx, sheet) : undefined;
}
