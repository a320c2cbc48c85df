/**
 * Tables: worksheet.tables / workbook.tables, add (with headers), name,
 * ranges, delete. As in Excel: names are unique across tables and workbook
 * names, a table may not overlap another table or merged cells, header cells
 * become unique text ("Column1" for a blank one).
 */
import { parseLocal, quoteSheetName, rectAddress, splitSheet } from "../address";
import { SimObject, type SimRequestContext } from "../context";
import { SimulatedOfficeError, invalidArgument, itemNotFound, notImplemented } from "../errors";
import type { TableState } from "../objects-state";
import { displayText, intersects, type CellInput, type Rect, type SheetState, type WorkbookState } from "../state";
import { SimCollection } from "./collection";
import { RangeHandle, SheetHandle, SimClientResult } from "./handles";
import { NAME_PATTERN } from "./names";
import { SimRange } from "./range";

type Located = { sheet: SheetState; table: TableState };

function allTables(state: WorkbookState): Located[] {
  return state.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
}

function findTable(state: WorkbookState, key: string, sheet: SheetState | null): Located | undefined {
  const lower = key.toLowerCase();
  return allTables(state).find(
    (t) => (sheet === null || t.sheet === sheet) && (t.table.id === key || t.table.name.toLowerCase() === lower),
  );
}

/** Refuse a name Excel would refuse for a table. */
function checkTableName(state: WorkbookState, name: string, self: TableState | null): void {
  if (name.length > 255 || !NAME_PATTERN.test(name) || /^[A-Za-z]{1,3}\d+$/u.test(name) || /^[rc]$/iu.test(name)) {
    throw invalidArgument(`The table name '${name}' is not valid.`);
  }
  const lower = name.toLowerCase();
  const taken =
    allTables(state).some((t) => t.table !== self && t.table.name.toLowerCase() === lower) || state.names.has(lower);
  if (taken) throw new SimulatedOfficeError("ItemAlreadyExists", `A table or name called '${name}' already exists.`);
}

/** Header texts as Excel makes them: text, blanks named "ColumnN", repeats numbered. */
function headerTexts(state: WorkbookState, sheet: SheetState, rect: Rect): string[] {
  const seen = new Set<string>();
  const headers: string[] = [];
  for (let column = rect.left; column <= rect.right; column++) {
    const base = displayText(state.value(sheet, rect.top, column), sheet.numberFormat(rect.top, column)).trim();
    let text = base === "" ? `Column${column - rect.left + 1}` : base;
    for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${base === "" ? "Column" : base}${n}`;
    seen.add(text.toLowerCase());
    headers.push(text);
  }
  return headers;
}

function createTable(state: WorkbookState, sheet: SheetState, rect: Rect): TableState {
  if (sheet.tables.some((t) => intersects(t.rect, rect))) throw invalidArgument("A table can't overlap another table.");
  if (sheet.merges.some((m) => intersects(m, rect)))
    throw invalidArgument("A table can't overlap a range that contains merged cells.");
  const body = rect.bottom > rect.top ? rect : { ...rect, bottom: rect.top + 1 };
  const headers = headerTexts(state, sheet, body);
  const row: CellInput[] = headers.map((value) => ({ kind: "value", value }));
  state.writeInputs(sheet, body.top, body.left, [row]);
  let n = 1;
  while (findTable(state, `Table${n}`, null) !== undefined || state.names.has(`table${n}`)) n++;
  const table: TableState = {
    id: `{table-${n}-${sheet.id}}`,
    name: `Table${n}`,
    rect: body,
    showHeaders: true,
    style: "TableStyleMedium2",
  };
  sheet.tables.push(table);
  return table;
}

export class SimTable extends SimObject {
  protected readonly typeName = "Table";
  constructor(
    ctx: SimRequestContext,
    private readonly locate: () => Located | undefined,
    private readonly nullable: boolean,
    /** An item of a loaded collection: it exists, nothing to resolve. */
    resolved = false,
  ) {
    super(ctx);
    if (resolved) return;
    if (nullable)
      this.resolveOnSync(
        () => this.locate() === undefined,
        (isNull) => this.setLoaded("isNullObject", isNull),
      );
    else {
      this.resolveOnSync(() => {
        this.found();
        return null;
      });
    }
  }
  private found(): Located {
    const hit = this.locate();
    if (hit === undefined) throw itemNotFound("table");
    return hit;
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {
      id: () => this.found().table.id,
      name: () => this.found().table.name,
      showHeaders: () => this.found().table.showHeaders,
      style: () => this.found().table.style,
    };
  }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.loadedValue("isNullObject");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get showHeaders(): boolean {
    return this.loadedValue("showHeaders");
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.write({ set: "name", value: name }, () => {
      const { table } = this.found();
      checkTableName(this.ctx.state, name, table);
      table.name = name;
    });
  }
  get style(): string {
    return this.loadedValue("style");
  }
  set style(style: string) {
    this.write({ set: "style", value: style }, () => {
      this.found().table.style = style;
    });
  }
  private rangeOf(part: (rect: Rect) => Rect): SimRange {
    const sheet = new SheetHandle(this.ctx.state, () => this.found().sheet, false, "(table)");
    return new SimRange(this.ctx, new RangeHandle(sheet, () => part(this.found().table.rect), false));
  }
  getRange(): SimRange {
    return this.rangeOf((r) => r);
  }
  getHeaderRowRange(): SimRange {
    return this.rangeOf((r) => ({ ...r, bottom: r.top }));
  }
  getDataBodyRange(): SimRange {
    return this.rangeOf((r) => ({ ...r, top: r.top + 1 }));
  }
  delete(): void {
    this.write({ method: "delete" }, () => {
      const { sheet, table } = this.found();
      sheet.tables = sheet.tables.filter((t) => t !== table);
    });
  }
}

/** worksheet.tables (sheet given) or workbook.tables (sheet null: the address names the sheet, else the active one). */
export class SimTableCollection extends SimCollection<SimTable> {
  protected readonly typeName = "TableCollection";
  constructor(
    ctx: SimRequestContext,
    private readonly sheet: SheetHandle | null,
  ) {
    super(ctx);
  }
  private scope(): SheetState | null {
    return this.sheet === null ? null : this.sheet.get();
  }
  protected currentItems(): SimTable[] {
    const scope = this.scope();
    return allTables(this.ctx.state)
      .filter((t) => scope === null || t.sheet === scope)
      .map((t) => new SimTable(this.ctx, () => t, false, true));
  }
  private target(address: SimRange | string): { sheet: SheetState; rect: Rect } {
    if (typeof address !== "string") {
      const t = address.handle.get();
      if (t === null) throw invalidArgument("Cannot make a table of a null range.");
      const scope = this.scope();
      if (scope !== null && t.sheet !== scope) throw invalidArgument("The range is not on this worksheet.");
      return t;
    }
    const { sheet: named, local } = splitSheet(address);
    const state = this.ctx.state;
    const scope = this.scope();
    const sheet =
      named !== null
        ? state.sheetByName(named)
        : (scope ?? (state.activeSheetId === null ? undefined : state.sheetById(state.activeSheetId)));
    if (sheet === undefined) throw itemNotFound(`worksheet ${named ?? "(active)"}`);
    if (scope !== null && sheet !== scope) throw invalidArgument(`The address ${address} is not on this worksheet.`);
    return { sheet, rect: parseLocal(local) };
  }
  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    if (!hasHeaders) throw notImplemented("tables.add without headers (Excel inserts a header row)");
    let created: Located | undefined;
    const wire = typeof address === "string" ? address : "range";
    this.write({ method: "add", address: wire, hasHeaders }, () => {
      const { sheet, rect } = this.target(address);
      created = { sheet, table: createTable(this.ctx.state, sheet, rect) };
    });
    return new SimTable(this.ctx, () => created, false);
  }
  getItem(key: string): SimTable {
    return new SimTable(this.ctx, () => findTable(this.ctx.state, key, this.scope()), false);
  }
  getItemOrNullObject(key: string): SimTable {
    return new SimTable(this.ctx, () => findTable(this.ctx.state, key, this.scope()), true);
  }
  getCount(): SimClientResult<number> {
    return new SimClientResult(this.ctx, () => this.currentItems().length);
  }
}

/** "Sheet!A1:B2" of a table, for inspectors. */
export function tableAddress(sheet: SheetState, table: TableState): string {
  return `${quoteSheetName(sheet.name)}!${rectAddress(table.rect)}`;
}
