import { rectAddress } from "./address";
import * as api from "./api";
import { SimWorkbook } from "./api";
import { CELL_READ_LIMIT, SimRequestContext, emptyStats, PAYLOAD_LIMIT_BYTES, type SimulatorStats } from "./context";
import { cellAt, sheetInspector, sheetOrThrow, type SheetInspector } from "./inspector";
import { installRequirementGates } from "./profiles/gate";
import { DEFAULT_PROFILE, isSetSupported, PROFILES, type ClientProfile, type ProfileId } from "./profiles/profiles";
import { interpretInput, WorkbookState, type Rect } from "./state";

export type { ConditionalLook, SheetInspector } from "./inspector";

export interface SimulatedExcelOptions {
  /** Sheets to start with (default one sheet "Sheet1"). */
  readonly sheets?: readonly string[];
  /**
   * The client to behave like (default "microsoft365": every API the
   * simulator has). Members of a requirement set the client lacks fail the
   * sync with ApiNotFound; `requirements.isSetSupported` answers from it.
   */
  readonly profile?: ProfileId | ClientProfile;
  /**
   * Request and response limit in bytes; null: none. Default 5,000,000 when
   * the profile has Excel on the web's limits (web, microsoft365), else none.
   */
  readonly payloadLimit?: number | null;
  /** Most cells one range may read in one get; null: none. Default 5,000,000 (Excel's limit on every platform). */
  readonly cellReadLimit?: number | null;
}

/** Office.context.requirements as the simulated client answers it. */
export interface SimulatedRequirements {
  isSetSupported(name: string, minVersion?: string | number): boolean;
}

export interface SimulatedExcel {
  /** Like Excel.run: a fresh request context; fails if writes were left unsynced. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A context to hand to code under test (same checks as run, without the final one). */
  newContext(): Excel.RequestContext;
  readonly stats: SimulatorStats;
  resetStats(): void;
  sheetNames(): string[];
  activeSheetName(): string | null;
  sheet(name: string): SheetInspector;
  workbookNames(): ReadonlyArray<{ name: string; reference: string }>;
  /** A user typing into a cell (Excel's input rules; "" clears). Bumps the version. */
  type(sheetName: string, address: string, value: string | number | boolean | null): void;
  /** Incremented on every change; listen with onChange. */
  readonly version: number;
  onChange(listener: () => void): () => void;
  /** The underlying state, for advanced inspection (e.g. the preview). */
  readonly state: WorkbookState;
  /** The client profile this workbook behaves like. */
  readonly profile: ClientProfile;
  /** Like Office.context.requirements, from the profile. */
  readonly requirements: SimulatedRequirements;
  /** A minimal `Office` global for code that reads Office.context.requirements. */
  readonly office: { readonly context: { readonly requirements: SimulatedRequirements } };
}

installRequirementGates(Object.values(api));

export function createSimulatedExcel(options: SimulatedExcelOptions = {}): SimulatedExcel {
  const state = new WorkbookState();
  for (const name of options.sheets ?? ["Sheet1"]) state.addSheet(name);
  const stats = emptyStats();
  const profile = typeof options.profile === "object" ? options.profile : PROFILES[options.profile ?? DEFAULT_PROFILE];
  const contextOptions = {
    profile,
    payloadLimit:
      options.payloadLimit !== undefined ? options.payloadLimit : profile.webLimits ? PAYLOAD_LIMIT_BYTES : null,
    cellReadLimit: options.cellReadLimit !== undefined ? options.cellReadLimit : CELL_READ_LIMIT,
  };
  const requirements: SimulatedRequirements = {
    isSetSupported: (name, version) => isSetSupported(profile, name, version),
  };

  const newContext = (): SimRequestContext => {
    const context = new SimRequestContext(state, stats, contextOptions);
    context.workbook = new SimWorkbook(context);
    return context;
  };

  return {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = newContext();
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pendingOperations > 0) {
        throw new Error(
          `Simulated Excel.run ended with ${context.pendingOperations} queued operations never synced: call context.sync().`,
        );
      }
      return result;
    },
    newContext: () => newContext() as unknown as Excel.RequestContext,
    stats,
    resetStats: () => {
      Object.assign(stats, emptyStats());
    },
    sheetNames: () => state.sheets.map((s) => s.name),
    activeSheetName: () => (state.activeSheetId === null ? null : (state.sheetById(state.activeSheetId)?.name ?? null)),
    sheet: (name) => sheetInspector(state, name),
    workbookNames: () =>
      [...state.names.values()].map((n) => ({
        name: n.name,
        reference:
          "formula" in n.target
            ? n.target.formula
            : `${state.sheetById(n.target.sheetId)?.name ?? "#REF"}!${rectAddress(n.target.rect, true)}`,
      })),
    type: (sheetName, address, value) => {
      const sheet = sheetOrThrow(state, sheetName);
      const { row, column } = cellAt(address);
      const input = interpretInput(value, sheet.numberFormat(row, column));
      state.sheetEvents.asUser(() => state.writeInputs(sheet, row, column, [[input]]));
      state.changed();
    },
    get version() {
      return state.version;
    },
    onChange: (listener) => state.onChange(listener),
    state,
    profile,
    requirements,
    office: { context: { requirements } },
  };
}

export type { Rect };
