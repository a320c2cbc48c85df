/**
 * The one table of the KIEUMAU custom functions: id, Excel name, parameters,
 * result, help in Vietnamese and English, and the implementation. Derived
 * from it: the HyperFormula plugin (src/functions/hyperformula-plugin.ts), the
 * English metadata (functions.en.json); checked against it by the tests: the
 * JSDoc of src/functions/functions.ts (which the metadata plugin reads), the
 * generated functions.json and docs/functions.md.
 */
import {
  type CellMatrix,
  passCount,
  passRate,
  registeredOverQuota,
  shortfall,
  status,
  targetReached,
  wardsNeeded,
} from "./implementations";

/** Namespace of every function in Excel: =KIEUMAU.PASSCOUNT(…). */
export const FUNCTION_NAMESPACE = "KIEUMAU";

export type ParameterType = "number" | "string" | "boolean" | "any";
export type Dimensionality = "scalar" | "matrix";

/** Text in both languages of the add-in. */
export interface Help {
  readonly vi: string;
  readonly en: string;
}

export interface FunctionParameter {
  readonly name: string;
  readonly type: ParameterType;
  readonly dimensionality: Dimensionality;
  readonly optional: boolean;
  readonly help: Help;
}

export interface CustomFunctionSpec {
  /** Id in functions.json (stable: workbooks store it). */
  readonly id: string;
  /** Name after the namespace, as typed in a cell. */
  readonly name: string;
  readonly parameters: readonly FunctionParameter[];
  readonly result: { readonly type: "number" | "string"; readonly dimensionality: Dimensionality };
  readonly help: Help;
  /**
   * Excel hands over the addresses of the arguments (functions.json option
   * requiresParameterAddresses): in the shared runtime the function reads
   * which cells are really empty, since Excel passes an empty cell as 0.
   */
  readonly requiresParameterAddresses: boolean;
  /** The implementation over the arguments in order (missing optional ones are undefined). */
  readonly invoke: (args: readonly unknown[]) => number | string;
}

/** A range argument: Excel passes a matrix; a single value (HyperFormula, a literal) is a 1×1 range. */
function matrix(value: unknown): CellMatrix {
  return Array.isArray(value) ? (value as CellMatrix) : [[value]];
}

function optionalMatrix(value: unknown): CellMatrix | undefined {
  return value === undefined || value === null ? undefined : matrix(value);
}

const scalar = (name: string, type: ParameterType, help: Help, optional = false): FunctionParameter => ({
  name,
  type,
  dimensionality: "scalar",
  optional,
  help,
});

const range = (name: string, help: Help, optional = false): FunctionParameter => ({
  name,
  type: "any",
  dimensionality: "matrix",
  optional,
  help,
});

const RESULTS = range("results", { vi: "Vùng ô kết quả chấm, ví dụ C5:X5.", en: "The result cells, e.g. C5:X5." });
const MET = scalar("met", "number", { vi: "Số phường đạt tất cả tiêu chí.", en: "Wards meeting every criterion." });
const TOTAL = scalar("total", "number", { vi: "Tổng số phường của tỉnh.", en: "All the province's wards." });
const TARGET = scalar("target", "any", { vi: "Chỉ tiêu: 0,3 hoặc 30% hoặc 30.", en: "The target: 0.3, 30% or 30." });
const NUMBER_RESULT = { type: "number", dimensionality: "scalar" } as const;
const TEXT_RESULT = { type: "string", dimensionality: "scalar" } as const;

export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [
  {
    id: "PASSCOUNT",
    name: "PASSCOUNT",
    parameters: [RESULTS],
    result: NUMBER_RESULT,
    help: {
      vi:
        "Đếm số tiêu chí đạt trong một hàng, cột hoặc vùng ô kết quả (Đạt, x, 1, TRUE, Đ…). Ô trống là chưa " +
        "chấm; ô sai cho lỗi #VALUE!.",
      en:
        "Counts the criteria met in a row, column or block of result cells (Đạt, x, 1, TRUE, Đ…). Blank cells " +
        "are not assessed; an invalid cell gives #VALUE!.",
    },
    requiresParameterAddresses: false,
    invoke: ([results]) => passCount(matrix(results)),
  },
  {
    id: "SHORTFALL",
    name: "SHORTFALL",
    parameters: [
      { ...RESULTS, help: { vi: "Vùng ô kết quả chấm.", en: "The result cells." } },
      range(
        "codes",
        {
          vi: "Vùng ô mã tiêu chí (hàng tiêu đề), cùng kích thước; bỏ trống thì dùng TC01, TC02… theo vị trí.",
          en: "The criterion codes (the header row), the same size; without it TC01, TC02… by position.",
        },
        true,
      ),
    ],
    result: TEXT_RESULT,
    help: {
      vi: 'Liệt kê các tiêu chí không đạt, ví dụ "TC07, TC12"; rỗng khi không thiếu tiêu chí nào.',
      en: 'Lists the criteria not met, e.g. "TC07, TC12"; empty when none is missing.',
    },
    requiresParameterAddresses: true,
    invoke: ([results, codes]) => shortfall(matrix(results), optionalMatrix(codes)),
  },
  {
    id: "STATUS",
    name: "STATUS",
    parameters: [
      { ...RESULTS, help: { vi: "Vùng ô kết quả chấm.", en: "The result cells." } },
      scalar(
        "total",
        "number",
        {
          vi: "Tổng số tiêu chí (mặc định: số ô của vùng).",
          en: "How many criteria there are (default: the range's cell count).",
        },
        true,
      ),
    ],
    result: TEXT_RESULT,
    help: {
      vi:
        'Kết luận của một phường: "Đạt 22/22", "Chưa đạt 21/22 — thiếu TC07", "Đã chấm 18/22 tiêu chí, còn 4 chưa chấm", "Có ô không ' +
        'hợp lệ".',
      en:
        'A ward\'s conclusion, in Vietnamese as in the templates: "Đạt 22/22" (met), "Chưa đạt 21/22 — thiếu ' +
        'TC07" (not met), "Đã chấm 18/22 tiêu chí, còn 4 chưa chấm" (not fully assessed), "Có ô không hợp lệ" (invalid cells).',
    },
    requiresParameterAddresses: true,
    invoke: ([results, total]) => status(matrix(results), total),
  },
  {
    // Not "RATE": Excel has a built-in RATE (interest rate of an annuity).
    id: "PASSRATE",
    name: "PASSRATE",
    parameters: [MET, TOTAL],
    result: NUMBER_RESULT,
    help: {
      vi: "Tỷ lệ phường đạt tất cả tiêu chí trên tổng số phường (định dạng %).",
      en: "Share of the province's wards meeting every criterion (format as %).",
    },
    requiresParameterAddresses: false,
    invoke: ([met, total]) => passRate(met, total),
  },
  {
    id: "TARGETPCT",
    name: "TARGETPCT",
    parameters: [MET, TOTAL, TARGET],
    result: NUMBER_RESULT,
    help: {
      vi: "Mức hoàn thành chỉ tiêu: tỷ lệ đạt chia cho chỉ tiêu (0,6 là đạt 60% chỉ tiêu).",
      en: "How far toward the target: the pass rate over the target (0.6 is 60% of the target).",
    },
    requiresParameterAddresses: false,
    invoke: ([met, total, target]) => targetReached(met, total, target),
  },
  {
    id: "NEEDED",
    name: "NEEDED",
    parameters: [MET, TOTAL, TARGET],
    result: NUMBER_RESULT,
    help: {
      vi: "Số phường cần đạt thêm để đủ chỉ tiêu (làm tròn lên, không âm).",
      en: "How many more wards must meet every criterion to reach the target (rounded up, never negative).",
    },
    requiresParameterAddresses: false,
    invoke: ([met, total, target]) => wardsNeeded(met, total, target),
  },
  {
    id: "QUOTAPCT",
    name: "QUOTAPCT",
    parameters: [
      scalar("registered", "number", { vi: "Số phường đăng ký.", en: "Wards registered." }),
      scalar("quota", "number", { vi: "Chỉ tiêu được giao.", en: "The quota assigned." }),
    ],
    result: NUMBER_RESULT,
    help: {
      vi: "Số đăng ký so với chỉ tiêu (172 đăng ký, chỉ tiêu 106 cho 1,62 tức 162%).",
      en: "Registrations against the quota (172 registered for a quota of 106 gives 1.62, i.e. 162%).",
    },
    requiresParameterAddresses: false,
    invoke: ([registered, quota]) => registeredOverQuota(registered, quota),
  },
];

/** One function by id; throws for an id the table does not have. */
export function customFunction(id: string): CustomFunctionSpec {
  const found = CUSTOM_FUNCTIONS.find((f) => f.id === id);
  if (found === undefined) throw new Error(`No custom function ${id}`);
  return found;
}

/** The name a formula uses: "KIEUMAU.PASSCOUNT". */
export function excelFunctionName(id: string): string {
  return `${FUNCTION_NAMESPACE}.${customFunction(id).name}`;
}

/** "KIEUMAU.SHORTFALL(results, [codes])" — the signature as the docs show it. */
export function functionSignature(spec: CustomFunctionSpec): string {
  const parameters = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${FUNCTION_NAMESPACE}.${spec.name}(${parameters.join(", ")})`;
}
