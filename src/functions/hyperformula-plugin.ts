/**
 * The KIEUMAU.* functions for HyperFormula, so `=KIEUMAU.PASSCOUNT(C5:Z5)`
 * evaluates in tests and in the browser preview exactly as in Excel. Derived
 * from the table in src/core/functions: one HyperFormula function per entry,
 * its parameters from the entry's, the same implementation, errors mapped to
 * HyperFormula's. Development and test use only: production entries never
 * import it.
 *
 *   registerKieumauFunctions();                // once, before building an engine
 *   HyperFormula.buildFromArray(...)           // or createSimulatedExcel()
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import {
  CUSTOM_FUNCTIONS,
  FUNCTION_NAMESPACE,
  type CustomFunctionSpec,
  type FunctionParameter,
} from "../core/functions";
import * as kieumau from "./kieumau";

/** HyperFormula's internal values as the plain values Excel hands to custom functions. */
function plain(value: unknown): unknown {
  if (value === EmptyValue) return "";
  if (value instanceof CellError) return new Error(value.message || value.type);
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number") {
    return (value as { val: number }).val;
  }
  return value;
}

/** An argument as Excel would pass it: a matrix for a range parameter, a plain value otherwise. */
function argument(value: unknown, parameter: FunctionParameter | undefined): unknown {
  if (value === undefined) return undefined;
  if (parameter?.dimensionality === "matrix") {
    return value instanceof SimpleRangeValue ? value.data.map((row) => row.map(plain)) : [[plain(value)]];
  }
  return plain(value);
}

const ERROR_TYPES: Record<kieumau.ExcelErrorKind, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
};

/** HyperFormula's argument type for a table parameter. */
function argumentType(parameter: FunctionParameter): FunctionArgumentType {
  if (parameter.dimensionality === "matrix") return FunctionArgumentType.ANY;
  if (parameter.type === "number") return FunctionArgumentType.NUMBER;
  if (parameter.type === "string") return FunctionArgumentType.STRING;
  if (parameter.type === "boolean") return FunctionArgumentType.BOOLEAN;
  return FunctionArgumentType.SCALAR;
}

/** HyperFormula's method name for a table entry: "PASSCOUNT" → "kieumauPASSCOUNT". */
const methodName = (spec: CustomFunctionSpec): string => `kieumau${spec.id}`;

/** "KIEUMAU.PASSCOUNT" */
const formulaName = (spec: CustomFunctionSpec): string => `${FUNCTION_NAMESPACE}.${spec.name}`;

// The interpreter's AST and state types are internal to HyperFormula.
type Args = Parameters<FunctionPlugin["runFunction"]>;

export class KieumauPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    CUSTOM_FUNCTIONS.map((spec) => [
      formulaName(spec),
      {
        method: methodName(spec),
        parameters: spec.parameters.map((p) => ({
          argumentType: argumentType(p),
          ...(p.optional ? { optionalArg: true } : {}),
        })),
      },
    ]),
  );

  /** Evaluate one table entry over the formula's arguments. */
  evaluate(spec: CustomFunctionSpec, ast: { args: Args[0] }, state: Args[1]) {
    return this.runFunction(ast.args, state, this.metadata(formulaName(spec)), (...values: unknown[]) => {
      const args = values.map((value, i) => argument(value, spec.parameters[i]));
      try {
        return kieumau.callFunction(spec.id, args) as never;
      } catch (error) {
        if (error instanceof kieumau.KieumauFunctionError)
          return new CellError(ERROR_TYPES[error.excelError], error.message) as never;
        throw error;
      }
    });
  }
}

// One method per table entry, named as implementedFunctions says.
for (const spec of CUSTOM_FUNCTIONS) {
  Object.defineProperty(KieumauPlugin.prototype, methodName(spec), {
    value(this: KieumauPlugin, ast: { args: Args[0] }, state: Args[1]) {
      return this.evaluate(spec, ast, state);
    },
  });
}

const NAMES = CUSTOM_FUNCTIONS.map(formulaName);
const TRANSLATIONS = Object.fromEntries(
  ["enGB", "enUS"].map((language) => [language, Object.fromEntries(NAMES.map((name) => [name, name]))]),
);

/** Register the KIEUMAU.* functions with HyperFormula (idempotent). */
export function registerKieumauFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes(NAMES[0] ?? "")) return;
  HyperFormula.registerFunctionPlugin(KieumauPlugin, TRANSLATIONS);
}
