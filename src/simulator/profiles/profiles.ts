/**
 * Client profiles: which requirement sets a real Excel client offers, and in
 * which webview its add-ins run. Taken from Microsoft's requirement-set
 * tables (rows cited in docs/requirement-sets.md, "Client profiles"). A
 * profile gives the HIGHEST version of each set it supports; a set it does
 * not name is not supported at all.
 */

export type ProfileId =
  | "excel2016-volume"
  | "excel2019-volume"
  | "office2021-retail-pre2311"
  | "office2021-ltsc"
  | "microsoft365"
  | "web"
  | "mac";

/** The webview (browser engine) add-ins run in. */
export type Engine = "Trident" | "WebView2" | "WKWebView" | "Browser";

export interface ClientProfile {
  readonly id: ProfileId;
  readonly label: string;
  /** Requirement set → highest supported version ("1.7" supports 1.1 … 1.7). */
  readonly sets: Readonly<Record<string, string>>;
  readonly engine: Engine;
  /** Excel on the web's 5 MB payload and 5,000,000-cell read limits are on unless the workbook's options say otherwise. */
  readonly webLimits: boolean;
}

const MODERN_COMMON = { DialogApi: "1.2", AddinCommands: "1.1" } as const;

export const PROFILES: Readonly<Record<ProfileId, ClientProfile>> = {
  "excel2016-volume": {
    id: "excel2016-volume",
    label: "Excel 2016, volume-licensed (MSI, 16.0.xxxx.xxxxx)",
    sets: { ExcelApi: "1.1" },
    engine: "Trident",
    webLimits: false,
  },
  "excel2019-volume": {
    id: "excel2019-volume",
    label: "Excel 2019, volume-licensed (Version 1808)",
    sets: { ExcelApi: "1.7" },
    engine: "Trident",
    webLimits: false,
  },
  "office2021-retail-pre2311": {
    id: "office2021-retail-pre2311",
    label: "Office 2021 retail, before Version 2311 (e.g. Version 2310)",
    sets: { ExcelApi: "1.17", SharedRuntime: "1.2", RibbonApi: "1.2", ...MODERN_COMMON },
    engine: "WebView2",
    webLimits: false,
  },
  "office2021-ltsc": {
    id: "office2021-ltsc",
    label: "Office LTSC 2021, volume-licensed (Version 2108)",
    sets: { ExcelApi: "1.14", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3", RibbonApi: "1.2", ...MODERN_COMMON },
    engine: "WebView2",
    webLimits: false,
  },
  microsoft365: {
    id: "microsoft365",
    label: "Microsoft 365 on Windows, current channel (its workbooks also open in Excel on the web)",
    sets: {
      ExcelApi: "1.21",
      ExcelApiDesktop: "1.1",
      SharedRuntime: "1.2",
      CustomFunctionsRuntime: "1.5",
      RibbonApi: "1.3",
      ...MODERN_COMMON,
    },
    engine: "WebView2",
    webLimits: true,
  },
  web: {
    id: "web",
    label: "Excel on the web",
    sets: {
      ExcelApi: "1.21",
      ExcelApiOnline: "1.1",
      SharedRuntime: "1.2",
      CustomFunctionsRuntime: "1.5",
      RibbonApi: "1.3",
      ...MODERN_COMMON,
    },
    engine: "Browser",
    webLimits: true,
  },
  mac: {
    id: "mac",
    label: "Excel on Mac, Microsoft 365 (16.110 or later)",
    sets: {
      ExcelApi: "1.21",
      ExcelApiDesktop: "1.1",
      SharedRuntime: "1.2",
      CustomFunctionsRuntime: "1.5",
      RibbonApi: "1.3",
      ...MODERN_COMMON,
    },
    engine: "WKWebView",
    webLimits: false,
  },
};

export const DEFAULT_PROFILE: ProfileId = "microsoft365";

function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Office.context.requirements.isSetSupported as this client answers it (version defaults to "1.1"). */
export function isSetSupported(profile: ClientProfile, name: string, version?: string | number): boolean {
  const highest = Object.entries(profile.sets).find(([set]) => set.toLowerCase() === name.toLowerCase())?.[1];
  if (highest === undefined) return false;
  return compareVersions(String(version ?? "1.1"), highest) <= 0;
}

/** "ExcelApi 1.9" → supported by the profile? */
export function supportsSet(profile: ClientProfile, set: string): boolean {
  const [name, version] = set.split(" ");
  return isSetSupported(profile, name ?? "", version);
}
