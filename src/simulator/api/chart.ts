/**
 * Charts: worksheet.charts.add(type, source, seriesBy), name, title text,
 * category names (axes.categoryAxis.setCategoryNames), setPosition, delete.
 * The chart is recorded, not drawn; the source and categories must be on the
 * chart's sheet in the simulator.
 */
import { parseLocal, splitSheet } from "../address";
import { SimObject, type SimRequestContext } from "../context";
import { SimulatedOfficeError, invalidArgument, itemNotFound, notImplemented } from "../errors";
import type { ChartState } from "../objects-state";
import type { Rect, SheetState } from "../state";
import { SimCollection } from "./collection";
import { SimClientResult, type SheetHandle } from "./handles";
import type { SimRange } from "./range";

/** Excel.ChartType values the simulator accepts (the common ones). */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineStacked",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "Area",
  "AreaStacked",
  "XYScatter",
  "Radar",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

type Located = { sheet: SheetState; chart: ChartState };

/** The rectangle of `range` (a Range or an address), which must be on `sheet`. */
function rectOn(sheet: SheetState, range: SimRange | string, what: string): Rect {
  if (typeof range === "string") {
    const { sheet: named, local } = splitSheet(range);
    if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
      throw notImplemented(`${what} on another sheet`);
    return parseLocal(local);
  }
  const t = range.handle.get();
  if (t === null) throw invalidArgument(`${what}: the range is a null object.`);
  if (t.sheet !== sheet) throw notImplemented(`${what} on another sheet`);
  return t.rect;
}

export class SimChartTitle extends SimObject {
  protected readonly typeName = "ChartTitle";
  constructor(
    ctx: SimRequestContext,
    private readonly chart: SimChart,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return { text: () => this.chart.found().chart.title };
  }
  get text(): string {
    return this.loadedValue("text");
  }
  set text(text: string) {
    if (typeof text !== "string" || text.length > 255)
      throw invalidArgument("A chart title is text of at most 255 characters.");
    this.chart.change("title.text", text, (c) => {
      c.title = text;
    });
  }
}

export class SimChartAxis extends SimObject {
  protected readonly typeName = "ChartAxis";
  constructor(
    ctx: SimRequestContext,
    private readonly chart: SimChart,
    private readonly which: "category" | "value",
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }
  setCategoryNames(range: SimRange): void {
    if (this.which !== "category") throw invalidArgument("Category names belong on the category axis.");
    this.chart.change("axes.categoryAxis.setCategoryNames", "range", (c, sheet) => {
      c.categories = rectOn(sheet, range, "category names");
    });
  }
}

export class SimChartAxes extends SimObject {
  protected readonly typeName = "ChartAxes";
  readonly categoryAxis: SimChartAxis;
  readonly valueAxis: SimChartAxis;
  constructor(ctx: SimRequestContext, chart: SimChart) {
    super(ctx);
    this.categoryAxis = new SimChartAxis(ctx, chart, "category");
    this.valueAxis = new SimChartAxis(ctx, chart, "value");
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }
}

export class SimChart extends SimObject {
  protected readonly typeName = "Chart";
  readonly title: SimChartTitle;
  readonly axes: SimChartAxes;
  constructor(
    ctx: SimRequestContext,
    private readonly locate: () => Located | undefined,
    resolve: boolean,
  ) {
    super(ctx);
    this.title = new SimChartTitle(ctx, this);
    this.axes = new SimChartAxes(ctx, this);
    if (resolve) {
      this.resolveOnSync(() => {
        this.found();
        return null;
      });
    }
  }
  found(): Located {
    const hit = this.locate();
    if (hit === undefined) throw itemNotFound("chart");
    return hit;
  }
  change(property: string, value: unknown, apply: (chart: ChartState, sheet: SheetState) => void): void {
    this.write({ set: property, value }, () => {
      const { chart, sheet } = this.found();
      apply(chart, sheet);
    });
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {
      id: () => this.found().chart.id,
      name: () => this.found().chart.name,
      chartType: () => this.found().chart.type,
    };
  }
  protected override navigation(): Record<string, () => SimObject> {
    return { title: () => this.title };
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get chartType(): string {
    return this.loadedValue("chartType");
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.change("name", name, (c, sheet) => {
      if (name.trim() === "" || sheet.charts.some((o) => o !== c && o.name.toLowerCase() === name.toLowerCase())) {
        throw new SimulatedOfficeError(
          "InvalidArgument",
          `The chart name '${name}' is empty or already used on this sheet.`,
        );
      }
      c.name = name;
    });
  }
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    this.change("setPosition", typeof startCell === "string" ? startCell : "range", (c, sheet) => {
      c.position = {
        from: rectOn(sheet, startCell, "chart position"),
        to: endCell === undefined ? null : rectOn(sheet, endCell, "chart position"),
      };
    });
  }
  delete(): void {
    this.write({ method: "delete" }, () => {
      const { chart, sheet } = this.found();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

export class SimChartCollection extends SimCollection<SimChart> {
  protected readonly typeName = "ChartCollection";
  constructor(
    ctx: SimRequestContext,
    private readonly sheet: SheetHandle,
  ) {
    super(ctx);
  }
  private charts(): Located[] {
    const sheet = this.sheet.get();
    return sheet === null ? [] : sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected currentItems(): SimChart[] {
    return this.charts().map((item) => new SimChart(this.ctx, () => item, false));
  }
  add(type: string, sourceData: SimRange, seriesBy: string = "Auto"): SimChart {
    if (!CHART_TYPES.has(type)) throw invalidArgument(`Unknown or unsupported chart type '${type}'.`);
    if (!SERIES_BY.has(seriesBy)) throw invalidArgument(`seriesBy must be Auto, Columns or Rows, not '${seriesBy}'.`);
    let created: Located | undefined;
    this.write({ method: "add", type, sourceData: "range", seriesBy }, () => {
      const sheet = this.sheet.get();
      if (sheet === null) return;
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartState = {
        id: `{chart-${n}-${sheet.id}}`,
        name: `Chart ${n}`,
        type,
        source: rectOn(sheet, sourceData, "chart source data"),
        seriesBy,
        title: "",
        categories: null,
        position: null,
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new SimChart(this.ctx, () => created, false);
  }
  getItem(name: string): SimChart {
    return new SimChart(
      this.ctx,
      () => this.charts().find((c) => c.chart.name.toLowerCase() === name.toLowerCase()),
      true,
    );
  }
  getCount(): SimClientResult<number> {
    return new SimClientResult(this.ctx, () => this.charts().length);
  }
}
