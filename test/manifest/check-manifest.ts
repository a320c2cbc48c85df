/**
 * Offline checks of the add-in manifest (manifest.xml).
 *
 * Microsoft's validator (`npm run validate`) is an online service and no
 * usable XSD ships in any package, so these checks cover what matters for
 * this add-in: well-formed XML, element order, every resid resolved by a
 * resource of the right kind, unique and used resource ids, https URLs under
 * the add-in's base URL, schema string limits, the shared runtime wiring, the
 * KIEUMAU custom functions, the ribbon commands, the requirement sets and the
 * icons' pixel sizes.
 *
 * checkManifest returns a list of problems, one sentence each; an empty list
 * means the manifest passed.
 */
import { SaxesParser } from "saxes";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

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

// ---------------------------------------------------------------------------
// A small namespace-aware element tree over saxes (a strict XML parser).

export interface XmlElement {
  readonly ns: string;
  readonly name: string;
  readonly line: number;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  text: string;
  readonly parent: XmlElement | undefined;
}

type Parsed = { root: XmlElement; texts: { line: number; value: string }[] } | { error: string };

function attributeKey(uri: string, local: string): string {
  return uri === "" ? local : `{${uri}}${local}`;
}

export function parseXml(xml: string): Parsed {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const texts: { line: number; value: string }[] = [];
  let root: XmlElement | undefined;
  let error: string | undefined;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  parser.on("opentag", (tag) => {
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === "xmlns" || attribute.name === "xmlns") continue;
      attributes.set(attributeKey(attribute.uri, attribute.local), attribute.value);
    }
    const parent = stack[stack.length - 1];
    const element: XmlElement = { ns: tag.uri, name: tag.local, line: parser.line, attributes, children: [], text: "", parent };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
    texts.push({ line: parser.line, value: text });
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  if (error !== undefined) return { error };
  if (!root) return { error: "no root element" };
  return { root, texts };
}

function attr(element: XmlElement, name: string): string | undefined {
  return element.attributes.get(name);
}

function xsiType(element: XmlElement): string | undefined {
  return element.attributes.get(attributeKey(NS.xsi, "type"));
}

function child(element: XmlElement | undefined, name: string, ns?: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name && (ns === undefined || c.ns === ns));
}

function childrenNamed(element: XmlElement | undefined, name: string, ns?: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name && (ns === undefined || c.ns === ns)) ?? [];
}

function descendants(element: XmlElement): XmlElement[] {
  const all: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      all.push(c);
      walk(c);
    }
  };
  walk(element);
  return all;
}

function where(element: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | undefined = element; e; e = e.parent) names.unshift(e.name);
  return `<${names.join("/")}> (line ${element.line})`;
}

function length(text: string): number {
  return [...text].length;
}

// ---------------------------------------------------------------------------
// PNG size from the IHDR chunk.

export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// ---------------------------------------------------------------------------

type ResourceKind = "image" | "url" | "short" | "long";

interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly value: string;
  readonly overrides: ReadonlyMap<string, string>;
  readonly element: XmlElement;
}

const KIND_LABEL: Record<ResourceKind, string> = { image: "bt:Images", url: "bt:Urls", short: "bt:ShortStrings", long: "bt:LongStrings" };

/** Which kind of resource an element's resid must name. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "image",
  SourceLocation: "url",
  Runtime: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Namespace: "short",
  Description: "long",
};

const BASE_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "AllowSnapshot", "Dictionary", "VersionOverrides", "ExtendedOverrides",
];
const BASE_REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "DefaultSettings", "Permissions", "VersionOverrides"];
const OVERRIDES_ORDER = ["Description", "Requirements", "Hosts", "Resources"];
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];
const DESKTOP_ORDER = ["GetStarted", "FunctionFile", "ExtensionPoint"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/u;

function checkOrder(parent: XmlElement, order: readonly string[], problems: string[], strict: boolean): void {
  let last = -1;
  let lastName = "";
  for (const c of parent.children) {
    const index = order.indexOf(c.name);
    if (index < 0) {
      if (strict) problems.push(`${where(c)}: unexpected element <${c.name}> in <${parent.name}>.`);
      continue;
    }
    if (index < last) problems.push(`${where(c)}: <${c.name}> must come before <${lastName}> in <${parent.name}>.`);
    else {
      last = index;
      lastName = c.name;
    }
  }
}

function versionAtLeast(actual: string | undefined, minimum: string): boolean {
  if (actual === undefined) return false;
  const a = actual.split(".").map(Number);
  const m = minimum.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, m.length); i++) {
    const x = a[i] ?? 0;
    const y = m[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** Requirement sets declared by a <Requirements> element: name → min version. */
function declaredSets(requirements: XmlElement | undefined, ns: string, problems: string[]): Map<string, string> {
  const sets = new Map<string, string>();
  if (!requirements) return sets;
  for (const c of requirements.children) {
    if (c.name !== "Sets" && c.name !== "Methods") problems.push(`${where(c)}: unexpected element <${c.name}> in <Requirements>.`);
    if (c.name === "Sets" && c.ns !== ns) {
      problems.push(`${where(c)}: <Sets> here must be in the namespace ${ns === NS.bt ? "bt: (officeappbasictypes)" : "of OfficeApp"}.`);
    }
  }
  for (const setsElement of childrenNamed(requirements, "Sets")) {
    const defaultMin = attr(setsElement, "DefaultMinVersion") ?? "1.1";
    for (const set of childrenNamed(setsElement, "Set")) {
      if (set.ns !== ns) problems.push(`${where(set)}: <Set> here must be in the same namespace as <Sets>.`);
      const name = attr(set, "Name");
      if (!name) problems.push(`${where(set)}: <Set> without Name.`);
      else sets.set(name, attr(set, "MinVersion") ?? defaultMin);
    }
  }
  return sets;
}

export function checkManifest(xml: string, expect: ManifestExpectations): string[] {
  const problems: string[] = [];
  const parsed = parseXml(xml);
  if ("error" in parsed) return [`Manifest is not well-formed XML: ${parsed.error}`];
  const { root } = parsed;

  // --- Text: NFC, forbidden strings -------------------------------------------------
  for (const { line, value } of parsed.texts) {
    if (value !== value.normalize("NFC")) problems.push(`Text on line ${line} is not in Unicode NFC: "${value.trim()}".`);
  }
  const all = [root, ...descendants(root)];
  for (const element of all) {
    for (const [name, value] of element.attributes) {
      if (value !== value.normalize("NFC")) problems.push(`${where(element)}: attribute ${name} is not in Unicode NFC: "${value}".`);
    }
  }
  for (const text of expect.forbidden ?? []) {
    const index = xml.toLowerCase().indexOf(text.toLowerCase());
    if (index >= 0) problems.push(`Manifest still contains "${text}" (line ${xml.slice(0, index).split("\n").length}).`);
  }

  // --- Root and base manifest -----------------------------------------------------------
  if (root.name !== "OfficeApp" || root.ns !== NS.app) {
    problems.push(`Root element must be <OfficeApp> in ${NS.app}, found <${root.name}> in "${root.ns}".`);
    return problems;
  }
  if (xsiType(root) !== "TaskPaneApp") problems.push(`<OfficeApp> xsi:type must be TaskPaneApp, found "${xsiType(root) ?? ""}".`);
  checkOrder(root, BASE_ORDER, problems, true);
  for (const name of BASE_REQUIRED) {
    if (!child(root, name, NS.app) && !(name === "VersionOverrides" && child(root, name))) problems.push(`Missing <${name}> in <OfficeApp>.`);
  }

  const id = child(root, "Id")?.text.trim() ?? "";
  if (child(root, "Id") && !GUID.test(id)) problems.push(`<Id> must be a GUID, found "${id}".`);
  const version = child(root, "Version")?.text.trim() ?? "";
  if (child(root, "Version") && !VERSION.test(version)) problems.push(`<Version> must be n.n.n.n (up to four numbers), found "${version}".`);
  const locale = child(root, "DefaultLocale")?.text.trim();
  if (locale !== undefined && locale !== expect.defaultLocale) problems.push(`<DefaultLocale> must be ${expect.defaultLocale}, found "${locale}".`);

  const localized = (name: string, limit: number) => {
    const element = child(root, name, NS.app);
    if (!element) return;
    const value = attr(element, "DefaultValue") ?? "";
    if (value.trim() === "") problems.push(`${where(element)}: empty DefaultValue.`);
    if (length(value) > limit) problems.push(`${where(element)}: ${name} is ${length(value)} characters, over the limit of ${limit}.`);
    const overrides = new Map(childrenNamed(element, "Override").map((o) => [attr(o, "Locale") ?? "", attr(o, "Value") ?? ""]));
    for (const [loc, text] of overrides) {
      if (length(text) > limit) problems.push(`${where(element)}: ${name} override ${loc} is ${length(text)} characters, over the limit of ${limit}.`);
    }
    for (const loc of expect.overrideLocales) {
      if (!overrides.has(loc)) problems.push(`${where(element)}: ${name} has no ${loc} <Override>.`);
    }
  };
  localized("DisplayName", LIMITS.displayName);
  localized("Description", LIMITS.description);

  const hosts = childrenNamed(child(root, "Hosts"), "Host").map((h) => attr(h, "Name"));
  if (hosts.length !== 1 || hosts[0] !== "Workbook") problems.push(`<Hosts> must hold exactly <Host Name="Workbook"/>, found ${JSON.stringify(hosts)}.`);

  const permissions = childrenNamed(root, "Permissions").map((p) => p.text.trim());
  if (permissions.length !== 1 || permissions[0] !== expect.permissions) {
    problems.push(`<Permissions> must be exactly ${expect.permissions}, found ${JSON.stringify(permissions)}.`);
  }

  const baseSets = declaredSets(child(root, "Requirements", NS.app), NS.app, problems);
  if (!versionAtLeast(baseSets.get("ExcelApi"), expect.excelApiMin)) {
    problems.push(`The base <Requirements> must declare ExcelApi ${expect.excelApiMin} or later, so Excel versions without it refuse the add-in cleanly.`);
  }

  const taskpanePage = attr(child(child(root, "DefaultSettings"), "SourceLocation") ?? root, "DefaultValue");
  if (taskpanePage === undefined) problems.push("Missing <DefaultSettings><SourceLocation DefaultValue=…/>.");

  // --- URLs -------------------------------------------------------------------------------
  const base = expect.baseUrl;
  if (!base.startsWith("https://") || !base.endsWith("/")) problems.push(`Base URL "${base}" must start with https:// and end with "/".`);
  const urls: { element: XmlElement; value: string; image: boolean; role: string }[] = [];
  const addUrl = (element: XmlElement | undefined, role: string, image: boolean, attributeName = "DefaultValue") => {
    if (!element) return;
    const value = attr(element, attributeName);
    if (value !== undefined) urls.push({ element, value, image, role });
    for (const o of element.children.filter((c) => c.name === "Override")) {
      const v = attr(o, "Value");
      if (v !== undefined) urls.push({ element: o, value: v, image, role: `${role} (${attr(o, "Locale") ?? "?"})` });
    }
  };
  addUrl(child(root, "IconUrl"), "IconUrl", true);
  addUrl(child(root, "HighResolutionIconUrl"), "HighResolutionIconUrl", true);
  addUrl(child(root, "SupportUrl"), "SupportUrl", false);
  addUrl(child(child(root, "DefaultSettings"), "SourceLocation"), "DefaultSettings SourceLocation", false);
  for (const domain of childrenNamed(child(root, "AppDomains"), "AppDomain")) {
    urls.push({ element: domain, value: domain.text.trim(), image: false, role: "AppDomain" });
    try {
      if (new URL(domain.text.trim()).origin === new URL(base).origin) {
        problems.push(`${where(domain)}: AppDomain ${domain.text.trim()} is the add-in's own origin; AppDomains is only for other domains.`);
      }
    } catch {
      // reported below as an invalid URL
    }
  }

  // --- VersionOverrides ---------------------------------------------------------------------
  const overrides = child(root, "VersionOverrides");
  if (!overrides) return problems;
  if (overrides.ns !== NS.overrides || xsiType(overrides) !== "VersionOverridesV1_0") {
    problems.push(`${where(overrides)}: must be xmlns="${NS.overrides}" xsi:type="VersionOverridesV1_0" (the schema <Runtimes> is valid in).`);
  }
  checkOrder(overrides, OVERRIDES_ORDER, problems, false);

  // Resources.
  const resources = new Map<string, Resource>();
  const resourcesElement = child(overrides, "Resources", NS.overrides);
  if (!resourcesElement) problems.push("Missing <Resources> in <VersionOverrides>.");
  const groups: [string, string, ResourceKind][] = [["Images", "Image", "image"], ["Urls", "Url", "url"], ["ShortStrings", "String", "short"], ["LongStrings", "String", "long"]];
  for (const [groupName, itemName, kind] of groups) {
    for (const group of childrenNamed(resourcesElement, groupName)) {
      if (group.ns !== NS.bt) problems.push(`${where(group)}: must be bt:${groupName}.`);
      for (const item of group.children) {
        if (item.name !== itemName || item.ns !== NS.bt) {
          problems.push(`${where(item)}: unexpected <${item.name}> in bt:${groupName}.`);
          continue;
        }
        const resourceId = attr(item, "id") ?? "";
        if (resourceId === "") problems.push(`${where(item)}: resource without id.`);
        if (length(resourceId) > LIMITS.resid) problems.push(`${where(item)}: resource id "${resourceId}" is over ${LIMITS.resid} characters.`);
        const previous = resources.get(resourceId);
        if (previous) {
          problems.push(`${where(item)}: resource id "${resourceId}" is defined twice (also line ${previous.element.line}).`);
          continue;
        }
        const value = attr(item, "DefaultValue") ?? "";
        const itemOverrides = new Map(childrenNamed(item, "Override").map((o) => [attr(o, "Locale") ?? "", attr(o, "Value") ?? ""]));
        resources.set(resourceId, { id: resourceId, kind, value, overrides: itemOverrides, element: item });
        if (kind === "url" || kind === "image") addUrl(item, `${KIND_LABEL[kind]} ${resourceId}`, kind === "image");
        if (kind === "short" || kind === "long") {
          const limit = kind === "short" ? LIMITS.shortString : LIMITS.longString;
          for (const [loc, text] of [["default", value], ...itemOverrides] as [string, string][]) {
            if (length(text) > limit) {
              problems.push(`${where(item)}: ${kind === "short" ? "ShortString" : "LongString"} "${resourceId}" (${loc}) is ${length(text)} characters, over the limit of ${limit}.`);
            }
          }
          if (value.trim() === "") problems.push(`${where(item)}: string "${resourceId}" is empty.`);
        }
      }
    }
  }

  // resid references.
  const used = new Set<string>();
  const references = descendants(overrides).filter((e) => e.attributes.has("resid"));
  for (const element of references) {
    const resid = attr(element, "resid") ?? "";
    used.add(resid);
    if (length(resid) > LIMITS.resid) problems.push(`${where(element)}: resid "${resid}" is over ${LIMITS.resid} characters.`);
    const resource = resources.get(resid);
    const kind = RESID_KIND[element.name];
    if (!resource) problems.push(`${where(element)}: resid "${resid}" is not defined in Resources.`);
    else if (kind && resource.kind !== kind) {
      problems.push(`${where(element)}: resid "${resid}" must name a resource in ${KIND_LABEL[kind]}, but it is in ${KIND_LABEL[resource.kind]}.`);
    }
  }
  for (const resource of resources.values()) {
    if (!used.has(resource.id)) problems.push(`${where(resource.element)}: resource "${resource.id}" is never used.`);
  }
  for (const resource of resources.values()) {
    if (resource.kind !== "short" && resource.kind !== "long") continue;
    const isNamespace = references.some((e) => e.name === "Namespace" && attr(e, "resid") === resource.id);
    if (isNamespace) {
      if (resource.overrides.size > 0) problems.push(`${where(resource.element)}: the functions' namespace must not be localised.`);
      continue;
    }
    for (const loc of expect.overrideLocales) {
      if (!resource.overrides.has(loc)) problems.push(`${where(resource.element)}: string "${resource.id}" has no ${loc} <bt:Override>.`);
    }
  }
  const text = (resid: string | undefined) => (resid === undefined ? undefined : resources.get(resid)?.value);

  // URL rules.
  const imageSizes = new Map<string, number>();
  for (const { element, value, image, role } of urls) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push(`${where(element)}: ${role} "${value}" is not a valid URL.`);
      continue;
    }
    if (url.protocol !== "https:") {
      problems.push(`${where(element)}: ${role} "${value}" must use https.`);
      continue;
    }
    if (role === "AppDomain") continue;
    if (!value.startsWith(base)) {
      problems.push(`${where(element)}: ${role} "${value}" is not under the add-in's base URL ${base}.`);
      continue;
    }
    const relative = value.slice(base.length).replace(/[?#].*$/u, "");
    if (expect.buildOutputs && !expect.buildOutputs.has(relative)) {
      problems.push(`${where(element)}: ${role} "${value}" names "${relative}", which the build does not write.`);
    }
    if (image && expect.readAsset) {
      const named = /icon-(\d+)\.png$/u.exec(relative);
      const bytes = expect.readAsset(relative);
      if (!named) problems.push(`${where(element)}: ${role} "${relative}" should be named icon-<size>.png.`);
      if (!bytes) {
        problems.push(`${where(element)}: ${role} file "${relative}" does not exist.`);
        continue;
      }
      const size = pngSize(bytes);
      if (!size) {
        problems.push(`${where(element)}: ${role} file "${relative}" is not a PNG image.`);
        continue;
      }
      if (size.width !== size.height) problems.push(`${where(element)}: ${role} file "${relative}" is ${size.width}×${size.height}, not square.`);
      if (named && Number(named[1]) !== size.width) {
        problems.push(`${where(element)}: ${role} file "${relative}" is ${size.width}×${size.height} pixels, but its name says ${named[1]}.`);
      }
      imageSizes.set(value, size.width);
    }
  }
  if (expect.readAsset) {
    const iconSize = (name: string, wanted: number) => {
      const value = attr(child(root, name) ?? root, "DefaultValue");
      const size = value === undefined ? undefined : imageSizes.get(value);
      if (size !== undefined && size !== wanted) problems.push(`<${name}> must be a ${wanted}×${wanted} image for a task pane add-in, found ${size}×${size}.`);
    };
    iconSize("IconUrl", 32);
    iconSize("HighResolutionIconUrl", 64);
    for (const image of descendants(overrides).filter((e) => e.name === "Image" && e.attributes.has("size"))) {
      const declared = Number(attr(image, "size"));
      if (!RIBBON_IMAGE_SIZES.includes(declared)) problems.push(`${where(image)}: size ${attr(image, "size")} is not one of ${RIBBON_IMAGE_SIZES.join(", ")}.`);
      const url = text(attr(image, "resid"));
      const actual = url === undefined ? undefined : imageSizes.get(url);
      if (actual !== undefined && actual !== declared) {
        problems.push(`${where(image)}: size="${declared}" names "${attr(image, "resid")}", which is ${actual}×${actual} pixels.`);
      }
    }
  }

  // --- Requirements of the overrides: shared runtime and custom functions ----------------
  const overrideSets = declaredSets(child(overrides, "Requirements", NS.overrides), NS.bt, problems);
  const declared = (name: string) => overrideSets.get(name) ?? baseSets.get(name);

  // --- Hosts -------------------------------------------------------------------------------
  const overrideHosts = childrenNamed(child(overrides, "Hosts", NS.overrides), "Host");
  if (overrideHosts.length !== 1 || xsiType(overrideHosts[0]!) !== "Workbook") {
    problems.push(`<VersionOverrides><Hosts> must hold exactly one <Host xsi:type="Workbook">.`);
  }
  const host = overrideHosts[0];
  if (!host) return problems;
  checkOrder(host, HOST_ORDER, problems, true);

  // Runtimes: only as the first child of the Host, one long-lived runtime.
  const runtimesElements = descendants(root).filter((e) => e.name === "Runtimes");
  let runtimeResid: string | undefined;
  if (runtimesElements.length === 0) problems.push("No <Runtimes>: the task pane, the ribbon commands and the functions would not share one runtime.");
  for (const runtimes of runtimesElements) {
    if (runtimes.parent !== host || host.children[0] !== runtimes) {
      problems.push(`${where(runtimes)}: <Runtimes> must be the first child of <VersionOverrides><Hosts><Host xsi:type="Workbook">.`);
    }
    const runtime = childrenNamed(runtimes, "Runtime");
    if (runtime.length !== 1) problems.push(`${where(runtimes)}: must hold exactly one <Runtime>.`);
    for (const r of runtime) {
      if (attr(r, "lifetime") !== "long") problems.push(`${where(r)}: lifetime must be "long" for a shared runtime, found "${attr(r, "lifetime") ?? ""}".`);
      runtimeResid ??= attr(r, "resid");
    }
  }
  if (runtimesElements.length > 0 && !versionAtLeast(declared("SharedRuntime"), "1.1")) {
    problems.push("<Runtimes> needs SharedRuntime 1.1 declared in <Requirements> (in <VersionOverrides>, so Excel without it still gets the plain task pane).");
  }
  if (runtimeResid !== undefined) {
    const page = text(runtimeResid);
    if (taskpanePage !== undefined && page !== undefined && page !== taskpanePage) {
      problems.push(`The runtime page ${page} (${runtimeResid}) is not the task pane page ${taskpanePage} of <DefaultSettings>.`);
    }
  }
  const sameRuntime = (element: XmlElement | undefined, what: string) => {
    if (!element) return;
    const resid = attr(element, "resid");
    if (runtimeResid !== undefined && resid !== runtimeResid) {
      problems.push(`${where(element)}: ${what} uses resid "${resid ?? ""}", not the shared runtime's "${runtimeResid}".`);
    }
  };

  // Custom functions.
  const allFormFactors = child(host, "AllFormFactors");
  const extensionPoints = descendants(host).filter((e) => e.name === "ExtensionPoint");
  const functionsPoints = extensionPoints.filter((e) => xsiType(e) === "CustomFunctions");
  if (functionsPoints.length !== 1) problems.push(`Expected one <ExtensionPoint xsi:type="CustomFunctions">, found ${functionsPoints.length}.`);
  for (const point of functionsPoints) {
    if (point.parent !== allFormFactors) problems.push(`${where(point)}: the CustomFunctions extension point belongs in <AllFormFactors>.`);
    for (const name of ["Script", "Page", "Metadata"]) {
      if (!child(child(point, name), "SourceLocation")) problems.push(`${where(point)}: missing <${name}><SourceLocation resid=…/>.`);
    }
    sameRuntime(child(child(point, "Page"), "SourceLocation"), "the CustomFunctions <Page>");
    const metadata = text(attr(child(child(point, "Metadata"), "SourceLocation") ?? point, "resid"));
    if (metadata !== undefined && !metadata.replace(/[?#].*$/u, "").endsWith(`/${expect.metadataFile}`)) {
      problems.push(`${where(point)}: the metadata URL ${metadata} must end with /${expect.metadataFile}, the file the build writes.`);
    }
    const namespaceElement = child(point, "Namespace");
    const namespace = text(attr(namespaceElement ?? point, "resid"));
    if (!namespaceElement) problems.push(`${where(point)}: missing <Namespace resid=…/>.`);
    else if (namespace !== undefined && namespace !== expect.namespace) {
      problems.push(`${where(namespaceElement)}: the functions' namespace must be ${expect.namespace}, found "${namespace}".`);
    }
    if (!versionAtLeast(declared("CustomFunctionsRuntime"), "1.1")) {
      problems.push("Custom functions need CustomFunctionsRuntime 1.1 declared in <Requirements>.");
    }
  }

  // Ribbon commands.
  const desktop = child(host, "DesktopFormFactor");
  if (!desktop) problems.push("Missing <DesktopFormFactor> (ribbon commands).");
  else checkOrder(desktop, DESKTOP_ORDER, problems, true);
  const ribbon = extensionPoints.filter((e) => xsiType(e) === "PrimaryCommandSurface");
  if (ribbon.length !== 1) problems.push(`Expected one <ExtensionPoint xsi:type="PrimaryCommandSurface">, found ${ribbon.length}.`);
  for (const point of ribbon) {
    if (point.parent !== desktop) problems.push(`${where(point)}: the ribbon extension point belongs in <DesktopFormFactor>.`);
    const tabs = childrenNamed(point, "OfficeTab");
    if (tabs.length !== 1 || attr(tabs[0]!, "id") !== expect.commandTab) {
      problems.push(`${where(point)}: the commands must be in one <OfficeTab id="${expect.commandTab}">.`);
    }
    const groupLabels = tabs.flatMap((tab) => childrenNamed(tab, "Group")).map((g) => text(attr(child(g, "Label") ?? g, "resid")));
    if (!groupLabels.includes(expect.groupLabel)) problems.push(`${where(point)}: no ribbon group labelled "${expect.groupLabel}" (found ${JSON.stringify(groupLabels)}).`);
  }
  const ids = new Map<string, XmlElement>();
  for (const element of descendants(host).filter((e) => e.name === "Group" || e.name === "Control")) {
    const controlId = attr(element, "id") ?? "";
    if (controlId === "") problems.push(`${where(element)}: <${element.name}> without id.`);
    if (length(controlId) > LIMITS.controlId) problems.push(`${where(element)}: id "${controlId}" is over ${LIMITS.controlId} characters.`);
    const other = ids.get(controlId);
    if (other) problems.push(`${where(element)}: id "${controlId}" is also used on line ${other.line}.`);
    ids.set(controlId, element);
    if (element.name === "Control" || element.name === "Group") {
      if (!child(element, "Label")) problems.push(`${where(element)}: missing <Label>.`);
      const icons = childrenNamed(child(element, "Icon"), "Image").map((i) => Number(attr(i, "size")));
      for (const size of [16, 32, 80]) if (!icons.includes(size)) problems.push(`${where(element)}: missing a ${size}px <bt:Image> in <Icon>.`);
    }
    if (element.name === "Control") {
      const supertip = child(element, "Supertip");
      if (!child(supertip, "Title") || !child(supertip, "Description")) problems.push(`${where(element)}: missing <Supertip> with <Title> and <Description>.`);
    }
  }
  const actions = descendants(host).filter((e) => e.name === "Action");
  const showTaskpane = actions.filter((a) => xsiType(a) === "ShowTaskpane");
  if (showTaskpane.length !== 1) problems.push(`Expected one ShowTaskpane button, found ${showTaskpane.length}.`);
  for (const action of showTaskpane) {
    if (!child(action, "TaskpaneId")?.text.trim()) problems.push(`${where(action)}: ShowTaskpane needs a <TaskpaneId>.`);
    sameRuntime(child(action, "SourceLocation"), "the task pane");
  }
  const executeFunctions = actions.filter((a) => xsiType(a) === "ExecuteFunction");
  const functionNames = executeFunctions.map((a) => child(a, "FunctionName")?.text.trim() ?? "");
  if (JSON.stringify([...functionNames].sort()) !== JSON.stringify([...expect.executeFunctions].sort())) {
    problems.push(`ExecuteFunction buttons must call ${JSON.stringify(expect.executeFunctions)}, found ${JSON.stringify(functionNames)}.`);
  }
  for (const name of functionNames) {
    if (expect.registeredActions && !expect.registeredActions.includes(name)) {
      problems.push(`ExecuteFunction "${name}" is not registered by the commands code (Office.actions.associate("${name}", …)).`);
    }
  }
  const functionFile = child(desktop, "FunctionFile");
  if (executeFunctions.length > 0 && !functionFile) problems.push("ExecuteFunction buttons need a <FunctionFile> in <DesktopFormFactor>.");
  sameRuntime(functionFile, "<FunctionFile>");
  for (const element of descendants(host).filter((e) => e.name === "FunctionFile" && e.parent !== desktop)) {
    problems.push(`${where(element)}: <FunctionFile> belongs in <DesktopFormFactor>.`);
  }

  return problems;
}
