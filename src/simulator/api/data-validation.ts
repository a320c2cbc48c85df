/**
 * Data validation on a range (list, whole-number and decimal rules).
 */
import { SimObject, type SimRequestContext } from "../context";
import { invalidArgument, notImplemented } from "../errors";
import { contains, displayText, intersects, type ValidationState } from "../state";
import { numericRuleObject, numericRuleOf, type NumericValidation } from "../numeric-validation";
import { forEachCell } from "./handles";
import type { SimRange } from "./range";

export interface SimDataValidationRule {
  list?: { inCellDropDown?: boolean; source: string };
  [other: string]: unknown;
}

export class SimDataValidation extends SimObject {
  protected readonly typeName = "DataValidation";
  constructor(
    ctx: SimRequestContext,
    private readonly range: SimRange,
  ) {
    super(ctx);
  }

  private find(create: boolean): ValidationState | null {
    const t = this.range.handle.get();
    if (t === null) return null;
    const exact = t.sheet.validations.find(
      (v) =>
        v.rect.top === t.rect.top &&
        v.rect.left === t.rect.left &&
        v.rect.bottom === t.rect.bottom &&
        v.rect.right === t.rect.right,
    );
    if (exact !== undefined || !create)
      return exact ?? t.sheet.validations.filter((v) => contains(v.rect, t.rect.top, t.rect.left)).pop() ?? null;
    // New validation on these cells replaces validations wholly inside them.
    t.sheet.validations = t.sheet.validations.filter(
      (v) =>
        !(
          v.rect.top >= t.rect.top &&
          v.rect.bottom <= t.rect.bottom &&
          v.rect.left >= t.rect.left &&
          v.rect.right <= t.rect.right
        ),
    );
    const state: ValidationState = {
      rect: t.rect,
      list: null,
      source: null,
      inCellDropDown: true,
      ignoreBlanks: true,
      errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
      prompt: { showPrompt: false, title: "", message: "" },
    };
    t.sheet.validations.push(state);
    return state;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      type: () => {
        const v = this.find(false);
        return v === null ? "None" : v.list !== null ? "List" : (v.numeric?.type ?? "Custom");
      },
      rule: () => {
        const v = this.find(false);
        if (v?.numeric != null) return numericRuleObject(v.numeric);
        return v?.list == null ? {} : { list: { inCellDropDown: v.inCellDropDown, source: v.source } };
      },
      errorAlert: () => this.find(false)?.errorAlert ?? null,
      prompt: () => this.find(false)?.prompt ?? null,
      ignoreBlanks: () => this.find(false)?.ignoreBlanks ?? true,
      valid: () => {
        const t = this.range.handle.get();
        if (t === null) return null;
        let valid = true;
        forEachCell(t.rect, (row, column) => {
          const rule = t.sheet.validations.filter((v) => contains(v.rect, row, column)).pop();
          if (rule?.list == null) return;
          const value = this.ctx.state.value(t.sheet, row, column);
          if (value === "" && rule.ignoreBlanks) return;
          const text = displayText(value, "General").toLowerCase();
          if (!rule.list.some((item) => item.toLowerCase() === text)) valid = false;
        });
        return valid;
      },
    };
  }

  get rule(): SimDataValidationRule {
    return this.loadedValue("rule");
  }
  set rule(rule: SimDataValidationRule) {
    if (this.setNumericRule(rule)) return;
    if (rule.list === undefined) throw notImplemented("data validation rules other than list and numbers");
    const list = rule.list;
    if (typeof list.source !== "string" || list.source.length > 255)
      throw invalidArgument("A list validation source must be text of at most 255 characters.");
    this.write({ set: "dataValidation.rule", value: rule }, () => {
      const v = this.find(true);
      if (v === null) return;
      v.source = list.source;
      v.list = list.source.split(",").map((s) => s.trim());
      v.inCellDropDown = list.inCellDropDown ?? true;
      v.numeric = null;
    });
  }
  /** wholeNumber / decimal rules (numeric-validation.ts); false when `rule` holds neither. */
  private setNumericRule(rule: SimDataValidationRule): boolean {
    let numeric: NumericValidation | null;
    try {
      numeric = numericRuleOf(rule);
    } catch (error) {
      throw invalidArgument((error as Error).message);
    }
    if (numeric === null) return false;
    this.write({ set: "dataValidation.rule", value: rule }, () => {
      const v = this.find(true);
      if (v === null) return;
      v.list = null;
      v.source = null;
      v.numeric = numeric;
    });
    return true;
  }
  get errorAlert(): ValidationState["errorAlert"] {
    return this.loadedValue("errorAlert");
  }
  set errorAlert(alert: Partial<ValidationState["errorAlert"]>) {
    // Excel's limits: title 32 characters, error message 225.
    if ((alert.title ?? "").length > 32 || (alert.message ?? "").length > 225)
      throw invalidArgument("Data validation error alert too long (title ≤ 32, message ≤ 225 characters).");
    this.write({ set: "dataValidation.errorAlert", value: alert }, () => {
      const v = this.find(true);
      if (v !== null) v.errorAlert = { ...v.errorAlert, ...alert };
    });
  }
  get prompt(): ValidationState["prompt"] {
    return this.loadedValue("prompt");
  }
  set prompt(prompt: Partial<ValidationState["prompt"]>) {
    if ((prompt.title ?? "").length > 32 || (prompt.message ?? "").length > 255)
      throw invalidArgument("Data validation prompt too long (title ≤ 32, message ≤ 255 characters).");
    this.write({ set: "dataValidation.prompt", value: prompt }, () => {
      const v = this.find(true);
      if (v !== null) v.prompt = { ...v.prompt, ...prompt };
    });
  }
  get ignoreBlanks(): boolean {
    return this.loadedValue("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.write({ set: "dataValidation.ignoreBlanks", value }, () => {
      const v = this.find(true);
      if (v !== null) v.ignoreBlanks = value;
    });
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get valid(): boolean {
    return this.loadedValue("valid");
  }
  clear(): void {
    this.write({ method: "dataValidation.clear" }, () => {
      const t = this.range.handle.get();
      if (t !== null) t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.rect, t.rect));
    });
  }
}
