/**
 * What the manifest checks are told (ManifestExpectations, this project's
 * values) and what they share while they run (ManifestCheck).
 */
import type { XmlElement } from "./xml";

/** Limits of the add-in only manifest schema. */
export const LIMITS = {
  displayName: 125,
  description: 250,
  shortString: 125,
  longString: 250,
  resid: 32,
  controlId: 125,
} as const;

/** Sizes Office accepts for ribbon images (bt:Image size). */
export const RIBBON_IMAGE_SIZES: readonly number[] = [16, 20, 24, 32, 40, 48, 64, 80];

export interface ManifestExpectations {
  /** Every URL must start with this (https, ending with "/"). */
  baseUrl: string;
  defaultLocale: string;
  /** Locales every user-visible string must override. */
  overrideLocales: readonly string[];
  /** The only permission (Permissions text). */
  permissions: string;
  /** The custom functions' namespace. */
  namespace: string;
  /** File name the custom functions' metadata URL must end with. */
  metadataFile: string;
  /** Built-in tab that holds the add-in's group, e.g. TabHome. */
  commandTab: string;
  /** Label (default locale) of the add-in's ribbon group. */
  groupLabel: string;
  /** FunctionName of every ExecuteFunction button, exactly. */
  executeFunctions: readonly string[];
  /** Minimum Excel requirement set for the add-in to be offered at all, e.g. 1.7. */
  excelApiMin: string;
  /** Ids the commands code registers with Office.actions.associate; when given, every FunctionName must be one of them. */
  registeredActions?: readonly string[];
  /** Reads a file by its path relative to baseUrl ("assets/icon-16.png"); undefined when it does not exist. Enables the icon checks. */
  readAsset?: (relativePath: string) => Uint8Array | undefined;
  /** Paths (relative to baseUrl) the build writes; when given, every URL must name one of them. */
  buildOutputs?: ReadonlySet<string>;
  /** Text that must not appear anywhere in the manifest (e.g. "localhost" after the build's rewrite). */
  forbidden?: readonly string[];
}

/** What this add-in's manifest must say, apart from the base URL. */
export const PROJECT_EXPECTATIONS: Omit<ManifestExpectations, "baseUrl"> = {
  defaultLocale: "vi-VN",
  overrideLocales: ["en-US"],
  permissions: "ReadWriteDocument",
  namespace: "KIEUMAU",
  metadataFile: "functions.json",
  commandTab: "TabHome",
  groupLabel: "Kiểu mẫu",
  executeFunctions: ["checkActiveSheet"],
  excelApiMin: "1.7",
};

export type ResourceKind = "image" | "url" | "short" | "long";

export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly value: string;
  readonly overrides: ReadonlyMap<string, string>;
  readonly element: XmlElement;
}

/** A URL the manifest names, with what names it. */
export interface UrlUse {
  readonly element: XmlElement;
  readonly value: string;
  readonly image: boolean;
  readonly role: string;
}

/** The state the checks share, filled section by section in document order. */
export interface ManifestCheck {
  readonly xml: string;
  readonly root: XmlElement;
  readonly texts: ReadonlyArray<{ line: number; value: string }>;
  readonly expect: ManifestExpectations;
  /** One sentence per problem, in the order the sections run. */
  readonly problems: string[];
  readonly urls: UrlUse[];
  readonly resources: Map<string, Resource>;
  /** Requirement sets of the base manifest: name → minimum version. */
  baseSets: Map<string, string>;
  /** DefaultSettings' SourceLocation: the task pane page. */
  taskpanePage: string | undefined;
}

/** The value of a resource, by its id. */
export function resourceText(check: ManifestCheck, resid: string | undefined): string | undefined {
  return resid === undefined ? undefined : check.resources.get(resid)?.value;
}
