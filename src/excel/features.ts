/**
 * The ONE place that says which requirement set each optional feature needs.
 * The add-in's manifest asks for ExcelApi 1.7 (manifest.xml, <Requirements>);
 * anything above it is a feature here, asked of Office once per action
 * (`capabilities`) and passed down to the code that uses it.
 *
 * `gated` lists the functions ("file#function", paths under src/) that run
 * only when the feature is present: the member map (scripts/office-members.mjs,
 * test/profiles/office-members.test.ts) accepts a member above ExcelApi 1.7
 * only inside one of them, and only when the feature's set is at least the
 * member's. That is what "covered by a gate" means (docs/requirement-sets.md).
 */

/** Office.context.requirements.isSetSupported, or the simulator's. */
export type IsSetSupported = (name: string, version: string) => boolean;

export interface FeatureRequirement {
  /** Every set the feature needs ([name, version]); all must be present. */
  readonly sets: ReadonlyArray<readonly [string, string]>;
  /** What it is for, in English (docs). */
  readonly purpose: string;
  /** Functions that run only when the feature is present ("path#function", path under src/). */
  readonly gated: readonly string[];
}

/** The manifest's minimum: what every client that loads the add-in has. */
export const MANIFEST_MINIMUM = ["ExcelApi", "1.7"] as const;

export const FEATURES = {
  /** Data validation lists of the templates (DataValidation, ExcelApi 1.8): insert needs them. */
  insertTemplate: {
    sets: [["ExcelApi", "1.8"]],
    purpose: "Chèn mẫu: the templates' drop-down lists (Range.dataValidation)",
    gated: ["excel/render-template.ts#queueValidations", "excel/insert.ts#insertTemplate"],
  },
  /** Number validations of the summary's input columns (Theo tỉnh B and F). */
  summaryValidations: {
    sets: [["ExcelApi", "1.8"]],
    purpose: "Tổng hợp: number checks on the totals and targets the user types (Range.dataValidation)",
    gated: ["excel/summary/render-summary.ts#queueValidation"],
  },
  /** Fill the ward-row formulas down (Range.copyFrom); without it they are written in blocks. */
  copyFrom: {
    sets: [["ExcelApi", "1.9"]],
    purpose: "Chèn mẫu: fill ward-row formulas down in one request (Range.copyFrom)",
    gated: ["excel/render-template.ts#queueCopyDown"],
  },
  /** Print setup (Worksheet.pageLayout); skipped with a note without it. */
  printSetup: {
    sets: [["ExcelApi", "1.9"]],
    purpose: "Print setup of templates and summary sheets (Worksheet.pageLayout)",
    gated: ["excel/render-template.ts#queuePrint", "excel/summary/render-summary.ts#queueSummaryPrint"],
  },
  /**
   * The KIEUMAU.* functions: the manifest's VersionOverrides need SharedRuntime
   * 1.1 and CustomFunctionsRuntime 1.1; without the latter (Office 2021 retail
   * before Version 2311) the functions are not registered and show #NAME?.
   */
  customFunctions: {
    sets: [["CustomFunctionsRuntime", "1.1"]],
    purpose: "KIEUMAU.* formulas in Theo tỉnh (else native formulas with the same numbers)",
    gated: [],
  },
  /** Results that stay current: Worksheet.onChanged (ExcelApi 1.7, the manifest's minimum: every client has it). */
  sheetEvents: {
    sets: [["ExcelApi", "1.7"]],
    purpose: "Kiểm tra: mark results out of date when the checked sheet changes (Worksheet.onChanged)",
    gated: [],
  },
  /** The ribbon's Kiểm tra button: defined in VersionOverrides, which need both runtimes. */
  ribbon: {
    sets: [
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.1"],
    ],
    purpose: "Ribbon button Kiểm tra (Office.actions.associate, Office.addin.showAsTaskpane)",
    gated: ["commands/commands.ts#registerRibbon"],
  },
} as const satisfies Record<string, FeatureRequirement>;

export type ExcelFeature = keyof typeof FEATURES;

/** Which features this client has, asked once. */
export type Capabilities = Readonly<Record<ExcelFeature, boolean>>;

export function hasFeature(feature: ExcelFeature, isSetSupported: IsSetSupported): boolean {
  return (FEATURES[feature].sets as FeatureRequirement["sets"]).every(([name, version]) =>
    isSetSupported(name, version),
  );
}

export function capabilities(isSetSupported: IsSetSupported): Capabilities {
  const out = {} as Record<ExcelFeature, boolean>;
  for (const feature of Object.keys(FEATURES) as ExcelFeature[]) out[feature] = hasFeature(feature, isSetSupported);
  return out;
}

/** Every feature present (tests and callers that do not ask Office). */
export const ALL_FEATURES: Capabilities = capabilities(() => true);
