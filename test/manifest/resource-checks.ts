/**
 * Checks of <VersionOverrides> itself and its <Resources>: the resources'
 * ids, kinds and string limits, every resid resolved and every resource used,
 * the URL rules (https, under the base URL, written by the build) and the
 * icons' pixel sizes.
 */
import { addUrl } from "./base-checks";
import {
  LIMITS,
  RIBBON_IMAGE_SIZES,
  resourceText,
  type ManifestCheck,
  type ResourceKind,
  type UrlUse,
} from "./expectations";
import {
  attr,
  checkOrder,
  child,
  childrenNamed,
  descendants,
  length,
  NS,
  pngSize,
  where,
  xsiType,
  type XmlElement,
} from "./xml";

const KIND_LABEL: Record<ResourceKind, string> = {
  image: "bt:Images",
  url: "bt:Urls",
  short: "bt:ShortStrings",
  long: "bt:LongStrings",
};

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

const OVERRIDES_ORDER = ["Description", "Requirements", "Hosts", "Resources"];

const RESOURCE_GROUPS: ReadonlyArray<[string, string, ResourceKind]> = [
  ["Images", "Image", "image"],
  ["Urls", "Url", "url"],
  ["ShortStrings", "String", "short"],
  ["LongStrings", "String", "long"],
];

/** <VersionOverrides> in the V1_0 schema, children in order. */
export function checkOverridesElement(check: ManifestCheck, overrides: XmlElement): void {
  const { problems } = check;
  if (overrides.ns !== NS.overrides || xsiType(overrides) !== "VersionOverridesV1_0") {
    problems.push(
      `${where(overrides)}: must be xmlns="${NS.overrides}" xsi:type="VersionOverridesV1_0" (the schema <Runtimes> is valid in).`,
    );
  }
  checkOrder(overrides, OVERRIDES_ORDER, problems, false);
}

function checkStringLimits(
  check: ManifestCheck,
  item: XmlElement,
  kind: "short" | "long",
  overrides: ReadonlyMap<string, string>,
): void {
  const resourceId = attr(item, "id") ?? "";
  const value = attr(item, "DefaultValue") ?? "";
  const limit = kind === "short" ? LIMITS.shortString : LIMITS.longString;
  for (const [loc, text] of [["default", value], ...overrides] as [string, string][]) {
    if (length(text) > limit) {
      const label = kind === "short" ? "ShortString" : "LongString";
      check.problems.push(
        `${where(item)}: ${label} "${resourceId}" (${loc}) is ${length(text)} characters, over the limit of ${limit}.`,
      );
    }
  }
  if (value.trim() === "") check.problems.push(`${where(item)}: string "${resourceId}" is empty.`);
}

function collectResource(check: ManifestCheck, item: XmlElement, kind: ResourceKind): void {
  const { problems, resources } = check;
  const resourceId = attr(item, "id") ?? "";
  if (resourceId === "") problems.push(`${where(item)}: resource without id.`);
  if (length(resourceId) > LIMITS.resid)
    problems.push(`${where(item)}: resource id "${resourceId}" is over ${LIMITS.resid} characters.`);
  const previous = resources.get(resourceId);
  if (previous) {
    problems.push(`${where(item)}: resource id "${resourceId}" is defined twice (also line ${previous.element.line}).`);
    return;
  }
  const value = attr(item, "DefaultValue") ?? "";
  const itemOverrides = new Map(
    childrenNamed(item, "Override").map((o) => [attr(o, "Locale") ?? "", attr(o, "Value") ?? ""]),
  );
  resources.set(resourceId, { id: resourceId, kind, value, overrides: itemOverrides, element: item });
  if (kind === "url" || kind === "image")
    addUrl(check.urls, item, `${KIND_LABEL[kind]} ${resourceId}`, kind === "image");
  if (kind === "short" || kind === "long") checkStringLimits(check, item, kind, itemOverrides);
}

/** Every resource in its bt: group, with a unique id; URLs recorded for the URL rules. */
export function checkResources(check: ManifestCheck, overrides: XmlElement): void {
  const { problems } = check;
  const resourcesElement = child(overrides, "Resources", NS.overrides);
  if (!resourcesElement) problems.push("Missing <Resources> in <VersionOverrides>.");
  for (const [groupName, itemName, kind] of RESOURCE_GROUPS) {
    for (const group of childrenNamed(resourcesElement, groupName)) {
      if (group.ns !== NS.bt) problems.push(`${where(group)}: must be bt:${groupName}.`);
      for (const item of group.children) {
        if (item.name !== itemName || item.ns !== NS.bt) {
          problems.push(`${where(item)}: unexpected <${item.name}> in bt:${groupName}.`);
          continue;
        }
        collectResource(check, item, kind);
      }
    }
  }
}

/** Every resid names a resource of the right kind; every resource is used; strings are localised (not the namespace). */
export function checkResidReferences(check: ManifestCheck, overrides: XmlElement): void {
  const { problems, resources } = check;
  const used = new Set<string>();
  const references = descendants(overrides).filter((e) => e.attributes.has("resid"));
  for (const element of references) {
    const resid = attr(element, "resid") ?? "";
    used.add(resid);
    if (length(resid) > LIMITS.resid)
      problems.push(`${where(element)}: resid "${resid}" is over ${LIMITS.resid} characters.`);
    const resource = resources.get(resid);
    const kind = RESID_KIND[element.name];
    if (!resource) problems.push(`${where(element)}: resid "${resid}" is not defined in Resources.`);
    else if (kind && resource.kind !== kind) {
      problems.push(
        `${where(element)}: resid "${resid}" must name a resource in ${KIND_LABEL[kind]}, but it is in ${KIND_LABEL[resource.kind]}.`,
      );
    }
  }
  for (const resource of resources.values()) {
    if (!used.has(resource.id)) problems.push(`${where(resource.element)}: resource "${resource.id}" is never used.`);
  }
  for (const resource of resources.values()) {
    if (resource.kind !== "short" && resource.kind !== "long") continue;
    const isNamespace = references.some((e) => e.name === "Namespace" && attr(e, "resid") === resource.id);
    if (isNamespace) {
      if (resource.overrides.size > 0)
        problems.push(`${where(resource.element)}: the functions' namespace must not be localised.`);
      continue;
    }
    for (const loc of check.expect.overrideLocales) {
      if (!resource.overrides.has(loc))
        problems.push(`${where(resource.element)}: string "${resource.id}" has no ${loc} <bt:Override>.`);
    }
  }
}

/** The pixel size of an image URL's file, checked against its name; undefined when it cannot be read. */
function imageFileSize(check: ManifestCheck, use: UrlUse, relative: string): number | undefined {
  const { problems, expect } = check;
  const { element, role } = use;
  const named = /icon-(\d+)\.png$/u.exec(relative);
  const bytes = expect.readAsset?.(relative);
  if (!named) problems.push(`${where(element)}: ${role} "${relative}" should be named icon-<size>.png.`);
  if (!bytes) {
    problems.push(`${where(element)}: ${role} file "${relative}" does not exist.`);
    return undefined;
  }
  const size = pngSize(bytes);
  if (!size) {
    problems.push(`${where(element)}: ${role} file "${relative}" is not a PNG image.`);
    return undefined;
  }
  if (size.width !== size.height)
    problems.push(`${where(element)}: ${role} file "${relative}" is ${size.width}×${size.height}, not square.`);
  if (named && Number(named[1]) !== size.width) {
    problems.push(
      `${where(element)}: ${role} file "${relative}" is ${size.width}×${size.height} pixels, but its name says ${named[1]}.`,
    );
  }
  return size.width;
}

/** Every URL valid, https, under the base URL and written by the build; image sizes read (URL → pixels). */
export function checkUrls(check: ManifestCheck): Map<string, number> {
  const { problems, expect } = check;
  const base = expect.baseUrl;
  const imageSizes = new Map<string, number>();
  for (const use of check.urls) {
    const { element, value, image, role } = use;
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
      const size = imageFileSize(check, use, relative);
      if (size !== undefined) imageSizes.set(value, size);
    }
  }
  return imageSizes;
}

/** Icon sizes: 32 and 64 for the add-in's icons, the declared size for every ribbon image. */
export function checkIconSizes(
  check: ManifestCheck,
  overrides: XmlElement,
  imageSizes: ReadonlyMap<string, number>,
): void {
  const { problems, root } = check;
  if (!check.expect.readAsset) return;
  const iconSize = (name: string, wanted: number): void => {
    const value = attr(child(root, name) ?? root, "DefaultValue");
    const size = value === undefined ? undefined : imageSizes.get(value);
    if (size !== undefined && size !== wanted)
      problems.push(`<${name}> must be a ${wanted}×${wanted} image for a task pane add-in, found ${size}×${size}.`);
  };
  iconSize("IconUrl", 32);
  iconSize("HighResolutionIconUrl", 64);
  for (const image of descendants(overrides).filter((e) => e.name === "Image" && e.attributes.has("size"))) {
    const declared = Number(attr(image, "size"));
    if (!RIBBON_IMAGE_SIZES.includes(declared))
      problems.push(`${where(image)}: size ${attr(image, "size")} is not one of ${RIBBON_IMAGE_SIZES.join(", ")}.`);
    const url = resourceText(check, attr(image, "resid"));
    const actual = url === undefined ? undefined : imageSizes.get(url);
    if (actual !== undefined && actual !== declared) {
      problems.push(
        `${where(image)}: size="${declared}" names "${attr(image, "resid")}", which is ${actual}×${actual} pixels.`,
      );
    }
  }
}
