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
 * means the manifest passed. It runs one check per manifest section, in
 * document order: base-checks.ts (outside <VersionOverrides>),
 * resource-checks.ts (<Resources>, resids, URLs, icons), host-checks.ts
 * (<Hosts>: runtime, functions, ribbon, actions).
 */
import {
  checkBaseRequirements,
  checkBaseUrls,
  checkHostsAndPermissions,
  checkIdentity,
  checkNames,
  checkRoot,
  checkText,
} from "./base-checks";
import type { ManifestCheck, ManifestExpectations } from "./expectations";
import {
  checkActions,
  checkControls,
  checkCustomFunctions,
  checkOverrideHost,
  checkRibbon,
  checkRuntimes,
} from "./host-checks";
import {
  checkIconSizes,
  checkOverridesElement,
  checkResidReferences,
  checkResources,
  checkUrls,
} from "./resource-checks";
import { child, parseXml } from "./xml";

export { LIMITS, PROJECT_EXPECTATIONS, RIBBON_IMAGE_SIZES, type ManifestExpectations } from "./expectations";
export { NS, parseXml, pngSize, type XmlElement } from "./xml";

export function checkManifest(xml: string, expect: ManifestExpectations): string[] {
  const parsed = parseXml(xml);
  if ("error" in parsed) return [`Manifest is not well-formed XML: ${parsed.error}`];
  const check: ManifestCheck = {
    xml,
    root: parsed.root,
    texts: parsed.texts,
    expect,
    problems: [],
    urls: [],
    resources: new Map(),
    baseSets: new Map(),
    taskpanePage: undefined,
  };
  checkText(check);
  if (!checkRoot(check)) return check.problems;
  checkIdentity(check);
  checkNames(check);
  checkHostsAndPermissions(check);
  checkBaseRequirements(check);
  checkBaseUrls(check);

  const overrides = child(check.root, "VersionOverrides");
  if (!overrides) return check.problems;
  checkOverridesElement(check, overrides);
  checkResources(check, overrides);
  checkResidReferences(check, overrides);
  const imageSizes = checkUrls(check);
  checkIconSizes(check, overrides, imageSizes);

  const host = checkOverrideHost(check, overrides);
  if (!host) return check.problems;
  checkRuntimes(check, host);
  checkCustomFunctions(check, host);
  checkRibbon(check, host);
  checkControls(check, host);
  checkActions(check, host);
  return check.problems;
}
