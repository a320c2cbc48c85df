/**
 * Checks of the base manifest (everything outside <VersionOverrides>): text
 * encoding, the root and its element order, identity, localised names,
 * hosts and permissions, requirement sets, and the URLs it names.
 */
import { LIMITS, type ManifestCheck, type UrlUse } from "./expectations";
import {
  attr,
  checkOrder,
  child,
  childrenNamed,
  descendants,
  length,
  NS,
  where,
  xsiType,
  type XmlElement,
} from "./xml";

const BASE_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const BASE_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/u;

export function versionAtLeast(actual: string | undefined, minimum: string): boolean {
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
export function declaredSets(
  requirements: XmlElement | undefined,
  ns: string,
  problems: string[],
): Map<string, string> {
  const sets = new Map<string, string>();
  if (!requirements) return sets;
  for (const c of requirements.children) {
    if (c.name !== "Sets" && c.name !== "Methods")
      problems.push(`${where(c)}: unexpected element <${c.name}> in <Requirements>.`);
    if (c.name === "Sets" && c.ns !== ns) {
      const wanted = ns === NS.bt ? "bt: (officeappbasictypes)" : "of OfficeApp";
      problems.push(`${where(c)}: <Sets> here must be in the namespace ${wanted}.`);
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

/** Every text and attribute in Unicode NFC; no forbidden text anywhere. */
export function checkText(check: ManifestCheck): void {
  const { problems, root, xml } = check;
  for (const { line, value } of check.texts) {
    if (value !== value.normalize("NFC"))
      problems.push(`Text on line ${line} is not in Unicode NFC: "${value.trim()}".`);
  }
  for (const element of [root, ...descendants(root)]) {
    for (const [name, value] of element.attributes) {
      if (value !== value.normalize("NFC"))
        problems.push(`${where(element)}: attribute ${name} is not in Unicode NFC: "${value}".`);
    }
  }
  for (const text of check.expect.forbidden ?? []) {
    const index = xml.toLowerCase().indexOf(text.toLowerCase());
    if (index >= 0)
      problems.push(`Manifest still contains "${text}" (line ${xml.slice(0, index).split("\n").length}).`);
  }
}

/** <OfficeApp xsi:type="TaskPaneApp">; false when the root is something else (nothing more is checked). */
export function checkRoot(check: ManifestCheck): boolean {
  const { problems, root } = check;
  if (root.name !== "OfficeApp" || root.ns !== NS.app) {
    problems.push(`Root element must be <OfficeApp> in ${NS.app}, found <${root.name}> in "${root.ns}".`);
    return false;
  }
  if (xsiType(root) !== "TaskPaneApp")
    problems.push(`<OfficeApp> xsi:type must be TaskPaneApp, found "${xsiType(root) ?? ""}".`);
  checkOrder(root, BASE_ORDER, problems, true);
  for (const name of BASE_REQUIRED) {
    if (!child(root, name, NS.app) && !(name === "VersionOverrides" && child(root, name)))
      problems.push(`Missing <${name}> in <OfficeApp>.`);
  }
  return true;
}

/** Id, Version, DefaultLocale. */
export function checkIdentity(check: ManifestCheck): void {
  const { problems, root, expect } = check;
  const id = child(root, "Id")?.text.trim() ?? "";
  if (child(root, "Id") && !GUID.test(id)) problems.push(`<Id> must be a GUID, found "${id}".`);
  const version = child(root, "Version")?.text.trim() ?? "";
  if (child(root, "Version") && !VERSION.test(version))
    problems.push(`<Version> must be n.n.n.n (up to four numbers), found "${version}".`);
  const locale = child(root, "DefaultLocale")?.text.trim();
  if (locale !== undefined && locale !== expect.defaultLocale)
    problems.push(`<DefaultLocale> must be ${expect.defaultLocale}, found "${locale}".`);
}

function checkLocalized(check: ManifestCheck, name: string, limit: number): void {
  const { problems } = check;
  const element = child(check.root, name, NS.app);
  if (!element) return;
  const value = attr(element, "DefaultValue") ?? "";
  if (value.trim() === "") problems.push(`${where(element)}: empty DefaultValue.`);
  if (length(value) > limit)
    problems.push(`${where(element)}: ${name} is ${length(value)} characters, over the limit of ${limit}.`);
  const overrides = new Map(
    childrenNamed(element, "Override").map((o) => [attr(o, "Locale") ?? "", attr(o, "Value") ?? ""]),
  );
  for (const [loc, text] of overrides) {
    if (length(text) > limit)
      problems.push(
        `${where(element)}: ${name} override ${loc} is ${length(text)} characters, over the limit of ${limit}.`,
      );
  }
  for (const loc of check.expect.overrideLocales) {
    if (!overrides.has(loc)) problems.push(`${where(element)}: ${name} has no ${loc} <Override>.`);
  }
}

/** DisplayName and Description: present, within limits, overridden in every expected locale. */
export function checkNames(check: ManifestCheck): void {
  checkLocalized(check, "DisplayName", LIMITS.displayName);
  checkLocalized(check, "Description", LIMITS.description);
}

/** One Workbook host; exactly the expected permission. */
export function checkHostsAndPermissions(check: ManifestCheck): void {
  const { problems, root, expect } = check;
  const hosts = childrenNamed(child(root, "Hosts"), "Host").map((h) => attr(h, "Name"));
  if (hosts.length !== 1 || hosts[0] !== "Workbook")
    problems.push(`<Hosts> must hold exactly <Host Name="Workbook"/>, found ${JSON.stringify(hosts)}.`);
  const permissions = childrenNamed(root, "Permissions").map((p) => p.text.trim());
  if (permissions.length !== 1 || permissions[0] !== expect.permissions) {
    problems.push(`<Permissions> must be exactly ${expect.permissions}, found ${JSON.stringify(permissions)}.`);
  }
}

/** The base <Requirements> declares the minimum ExcelApi; records the base sets and the task pane page. */
export function checkBaseRequirements(check: ManifestCheck): void {
  const { problems, root, expect } = check;
  check.baseSets = declaredSets(child(root, "Requirements", NS.app), NS.app, problems);
  if (!versionAtLeast(check.baseSets.get("ExcelApi"), expect.excelApiMin)) {
    problems.push(
      `The base <Requirements> must declare ExcelApi ${expect.excelApiMin} or later, so Excel versions without it refuse the add-in cleanly.`,
    );
  }
  check.taskpanePage = attr(child(child(root, "DefaultSettings"), "SourceLocation") ?? root, "DefaultValue");
  if (check.taskpanePage === undefined) problems.push("Missing <DefaultSettings><SourceLocation DefaultValue=…/>.");
}

/** Record a URL-valued element (and its overrides) for the URL rules. */
export function addUrl(urls: UrlUse[], element: XmlElement | undefined, role: string, image: boolean): void {
  if (!element) return;
  const value = attr(element, "DefaultValue");
  if (value !== undefined) urls.push({ element, value, image, role });
  for (const o of element.children.filter((c) => c.name === "Override")) {
    const v = attr(o, "Value");
    if (v !== undefined) urls.push({ element: o, value: v, image, role: `${role} (${attr(o, "Locale") ?? "?"})` });
  }
}

/** The base URL's shape; the base manifest's URLs recorded; AppDomains only for other origins. */
export function checkBaseUrls(check: ManifestCheck): void {
  const { problems, root, urls } = check;
  const base = check.expect.baseUrl;
  if (!base.startsWith("https://") || !base.endsWith("/"))
    problems.push(`Base URL "${base}" must start with https:// and end with "/".`);
  addUrl(urls, child(root, "IconUrl"), "IconUrl", true);
  addUrl(urls, child(root, "HighResolutionIconUrl"), "HighResolutionIconUrl", true);
  addUrl(urls, child(root, "SupportUrl"), "SupportUrl", false);
  addUrl(urls, child(child(root, "DefaultSettings"), "SourceLocation"), "DefaultSettings SourceLocation", false);
  for (const domain of childrenNamed(child(root, "AppDomains"), "AppDomain")) {
    urls.push({ element: domain, value: domain.text.trim(), image: false, role: "AppDomain" });
    try {
      if (new URL(domain.text.trim()).origin === new URL(base).origin) {
        problems.push(
          `${where(domain)}: AppDomain ${domain.text.trim()} is the add-in's own origin; AppDomains is only for other domains.`,
        );
      }
    } catch {
      // reported by the URL rules as an invalid URL
    }
  }
}
