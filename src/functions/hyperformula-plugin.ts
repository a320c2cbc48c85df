/**
 * The KIEUMAU.* functions for HyperFormula, so `=KIEUMAU.PASSCOUNT(C5:Z5)`
 * evaluates in tests and in the browser preview exactly as in Excel: the
 * same implementation (kieumau.ts), with errors mapped to HyperFormula's.
 * Development and test use only: production entries never import it.
 *
 *   registerKieumauFunctions();                // once, before building an engine
 *   HyperFormula.buildFromArray(...)           // or createSimulatedExcel()
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import * as kieumau from "./kieumau";

type Scalar = unknown;

/** HyperFormula's internal values as the plain values Excel hands to custom functions. */
function plain(value: Scalar): unknown {
  if (value === EmptyValue) return "";
  if (value instanceof CellError) return new Error(value.message || value.type);
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number") return (value as { val: number }).val;
  return value;
}

function matrix(value: Scalar): unknown[][] {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(plain));
  return [[plain(value)]];
}

const ERROR_TYPES: Record<kieumau.ExcelErrorKind, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};

function guarded<T>(compute: () => T): T | CellError {
  try {
    return compute();
  } catch (error) {
    if (error instanceof kieumau.KieumauFunctionError) return new CellError(ERROR_TYPES[error.excelError], error.message);
    throw error;
  }
}

const RANGE = { argumentType: FunctionArgumentType.ANY };
const OPTIONAL_RANGE = { argumentType: FunctionArgumentType.ANY, optionalArg: true };
const NUMBER = { argumentType: FunctionArgumentType.NUMBER };
const SCALAR = { argumentType: FunctionArgumentType.SCALAR };

// The interpreter's AST and state types are internal to HyperFormula.
type Args = Parameters<FunctionPlugin["runFunction"]>;

export class KieumauPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    "KIEUMAU.PASSCOUNT": { method: "passCount", parameters: [RANGE] },
    "KIEUMAU.SHORTFALL": { method: "shortfall", parameters: [RANGE, OPTIONAL_RANGE] },
    "KIEUMAU.STATUS": { method: "status", parameters: [RANGE, { argumentType: FunctionArgumentType.NUMBER, optionalArg: true }] },
    "KIEUMAU.RATE": { method: "rate", parameters: [NUMBER, NUMBER] },
    "KIEUMAU.TARGETPCT": { method: "targetPct", parameters: [NUMBER, NUMBER, SCALAR] },
    "KIEUMAU.NEEDED": { method: "needed", parameters: [NUMBER, NUMBER, SCALAR] },
    "KIEUMAU.QUOTAPCT": { method: "quotaPct", parameters: [NUMBER, NUMBER] },
  };

  private call(name: string, ast: { args: Args[0] }, state: Args[1], body: (...args: Scalar[]) => unknown) {
    return this.runFunction(ast.args, state, this.metadata(name), (...args: Scalar[]) => guarded(() => body(...args)) as never);
  }

  passCount(ast: { args: Args[0] }, state: Args[1]) {
    return this.call("KIEUMAU.PASSCOUNT", ast, state, (results) => kieumau.passCount(matrix(results)));
  }

  shortfall(ast: { args: Args[0] }, state: Args[1]) {
    return this.call("KIEUMAU.SHORTFALL", ast, state, (results, codes) => kieumau.shortfall(matrix(results), codes === undefined ? undefined : matrix(codes)));
  }

  status(ast: { args: Args[0] }, state: Args[1]) {
    return this.call("KIEUMAU.STATUS", ast, state, (results, total) => kieumau.status(matrix(results), total as number | undefined));
  }

  rate(ast: { args: Args[0] }, state: Args[1]) {
    return this.call("KIEUMAU.RATE", ast, state, (met, total) => kieumau.rateOf(met, total));
  }

  targetPct(ast: { args: Args[0] }, state: Args[1]) {
    return this.call("KIEUMAU.TARGETPCT", ast, state, (met, total, target) => kieumau.targetPctOf(met, total, plain(target)));
  }

  needed(ast: { args: Args[0] }, state: Args[1]) {
    return this.call("KIEUMAU.NEEDED", ast, state, (met, total, target) => kieumau.neededOf(met, total, plain(target)));
  }

  quotaPct(ast: { args: Args[0] }, state: Args[1]) {
    return this.call("KIEUMAU.QUOTAPCT", ast, state, (registered, quota) => kieumau.quotaPctOf(registered, quota));
  }
}

const NAMES = Object.keys(KieumauPlugin.implementedFunctions);
const TRANSLATIONS = Object.fromEntries(["enGB", "enUS"].map((language) => [language, Object.fromEntries(NAMES.map((name) => [name, name]))]));

/** Register the KIEUMAU.* functions with HyperFormula (idempotent). */
export function registerKieumauFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("KIEUMAU.PASSCOUNT")) return;
  HyperFormula.registerFunctionPlugin(KieumauPlugin, TRANSLATIONS);
}
