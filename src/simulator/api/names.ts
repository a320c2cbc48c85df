/**
 * Named items of the workbook and of a worksheet.
 */
import { parseLocal, quoteSheetName, rectAddress, splitSheet } from "../address";
import { SimObject, type SimRequestContext } from "../context";
import { SimulatedOfficeError, invalidArgument, itemNotFound } from "../errors";
import { type NameState, type Rect } from "../state";
import { SheetHandle, RangeHandle, SimClientResult } from "./handles";
import { SimCollection } from "./collection";
import { SimRange } from "./range";

export const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export class SimNamedItem extends SimObject {
  protected readonly typeName = "NamedItem";
  constructor(
    ctx: SimRequestContext,
    private readonly locate: () => { item: NameState; scope: "Workbook" | "Worksheet"; remove: () => void } | null,
    private readonly nullable: boolean,
    what: string,
    /** An item of a loaded collection: it exists, nothing to resolve. */
    resolved = false,
  ) {
    super(ctx);
    if (resolved) return;
    if (nullable)
      this.resolveOnSync(
        () => this.locate() === null,
        (isNull) => this.setLoaded("isNullObject", isNull),
      );
    else
      this.resolveOnSync(() => {
        if (this.locate() === null) throw itemNotFound(`name ${what}`);
        return null;
      });
  }
  private found(): { item: NameState; scope: "Workbook" | "Worksheet"; remove: () => void } | null {
    const hit = this.locate();
    if (hit === null && !this.nullable) throw itemNotFound("name");
    return hit;
  }
  protected scalarProperties(): Record<string, () => unknown> {
    const refText = (): string | null => {
      const hit = this.found();
      if (hit === null) return null;
      const t = hit.item.target;
      if ("formula" in t) return t.formula;
      const sheet = this.ctx.state.sheetById(t.sheetId);
      return sheet === undefined ? "=#REF!" : `=${quoteSheetName(sheet.name)}!${rectAddress(t.rect, true)}`;
    };
    return {
      name: () => this.found()?.item.name ?? null,
      type: () => {
        const hit = this.found();
        return hit === null ? null : "sheetId" in hit.item.target ? "Range" : "String";
      },
      formula: refText,
      value: () => refText()?.replace(/^=/u, "") ?? null,
      comment: () => this.found()?.item.comment ?? null,
      visible: () => this.found()?.item.visible ?? null,
      scope: () => this.found()?.scope ?? null,
    };
  }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.loadedValue("isNullObject");
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  get value(): string {
    return this.loadedValue("value");
  }
  get comment(): string {
    return this.loadedValue("comment");
  }
  get scope(): string {
    return this.loadedValue("scope");
  }
  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(v: boolean) {
    this.write({ set: "visible", value: v }, () => {
      const hit = this.found();
      if (hit !== null) hit.item.visible = v;
    });
  }
  private rangeHandle(nullable: boolean): RangeHandle {
    let sheetId: string | null = null;
    const sheetHandle = new SheetHandle(
      this.ctx.state,
      () => {
        const hit = this.found();
        if (hit === null || !("sheetId" in hit.item.target)) return undefined;
        sheetId = hit.item.target.sheetId;
        return this.ctx.state.sheetById(sheetId);
      },
      nullable,
      "of name",
    );
    return new RangeHandle(
      sheetHandle,
      () => {
        const hit = this.found();
        return hit === null || !("sheetId" in hit.item.target) ? null : hit.item.target.rect;
      },
      nullable,
    );
  }
  getRange(): SimRange {
    return new SimRange(this.ctx, this.rangeHandle(false));
  }
  getRangeOrNullObject(): SimRange {
    return new SimRange(this.ctx, this.rangeHandle(true));
  }
  delete(): void {
    this.write({ method: "delete" }, () => this.found()?.remove());
  }
}

export class SimNamedItemCollection extends SimCollection<SimNamedItem> {
  protected readonly typeName = "NamedItemCollection";
  constructor(
    ctx: SimRequestContext,
    private readonly store: () => Map<string, NameState> | null,
    private readonly scope: "Workbook" | "Worksheet",
    private readonly defaultSheet: SheetHandle | null,
  ) {
    super(ctx);
  }

  private itemFor(name: string, nullable: boolean, resolved = false): SimNamedItem {
    const lower = name.toLowerCase();
    return new SimNamedItem(
      this.ctx,
      () => {
        const map = this.store();
        const item = map?.get(lower);
        return item === undefined || map === null ? null : { item, scope: this.scope, remove: () => map.delete(lower) };
      },
      nullable,
      name,
      resolved,
    );
  }

  add(name: string, reference: SimRange | string, comment = ""): SimNamedItem {
    if (!NAME_PATTERN.test(name) || /^[A-Za-z]{1,3}\d+$/u.test(name) || /^[rc]$/iu.test(name))
      throw invalidArgument(`The name '${name}' is not valid.`);
    this.write({ method: "add", name, reference: typeof reference === "string" ? reference : "range", comment }, () => {
      const map = this.store();
      if (map === null) return;
      const taken =
        map.has(name.toLowerCase()) ||
        this.ctx.state.sheets.some((sh) => sh.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()));
      if (taken) throw new SimulatedOfficeError("ItemAlreadyExists", `The name '${name}' already exists.`);
      let target: NameState["target"];
      if (typeof reference === "string") {
        const text = reference.replace(/^=/u, "");
        const { sheet, local } = splitSheet(text);
        const sheetState = sheet !== null ? this.ctx.state.sheetByName(sheet) : (this.defaultSheet?.get() ?? undefined);
        let rect: Rect | null = null;
        try {
          rect = parseLocal(local);
        } catch {
          rect = null;
        }
        target =
          sheetState !== undefined && sheetState !== null && rect !== null
            ? { sheetId: sheetState.id, rect }
            : { formula: reference.startsWith("=") ? reference : `=${reference}` };
      } else {
        const t = reference.handle.get();
        if (t === null) throw invalidArgument("Cannot name a null range.");
        target = { sheetId: t.sheet.id, rect: t.rect };
      }
      map.set(name.toLowerCase(), { name, target, comment, visible: true });
    });
    return this.itemFor(name, false);
  }
  getItem(name: string): SimNamedItem {
    return this.itemFor(name, false);
  }
  getItemOrNullObject(name: string): SimNamedItem {
    return this.itemFor(name, true);
  }
  getCount(): SimClientResult<number> {
    return new SimClientResult(this.ctx, () => this.store()?.size ?? 0);
  }
  protected currentItems(): SimNamedItem[] {
    return [...(this.store()?.values() ?? [])].map((item) => this.itemFor(item.name, false, true));
  }
}
