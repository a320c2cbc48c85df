/**
 * Checks of <VersionOverrides><Hosts>: one Workbook host, the shared runtime
 * (and its requirement set), the KIEUMAU custom functions, the ribbon tab,
 * group and controls, and the buttons' actions.
 */
import { declaredSets, versionAtLeast } from "./base-checks";
import { LIMITS, resourceText, type ManifestCheck } from "./expectations";
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

const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];
const DESKTOP_ORDER = ["GetStarted", "FunctionFile", "ExtensionPoint"];

/** What the host checks share: the host, the sets it may use, the shared runtime's page. */
export interface HostCheck {
  readonly host: XmlElement;
  /** The minimum version of a set declared in the overrides or, failing that, the base manifest. */
  readonly declared: (name: string) => string | undefined;
  runtimeResid: string | undefined;
}

/** Exactly one Workbook host, its children in order; undefined when there is none (nothing more is checked). */
export function checkOverrideHost(check: ManifestCheck, overrides: XmlElement): HostCheck | undefined {
  const { problems } = check;
  const overrideSets = declaredSets(child(overrides, "Requirements", NS.overrides), NS.bt, problems);
  const declared = (name: string): string | undefined => overrideSets.get(name) ?? check.baseSets.get(name);
  const overrideHosts = childrenNamed(child(overrides, "Hosts", NS.overrides), "Host");
  if (overrideHosts.length !== 1 || xsiType(overrideHosts[0]!) !== "Workbook") {
    problems.push(`<VersionOverrides><Hosts> must hold exactly one <Host xsi:type="Workbook">.`);
  }
  const host = overrideHosts[0];
  if (!host) return undefined;
  checkOrder(host, HOST_ORDER, problems, true);
  return { host, declared, runtimeResid: undefined };
}

/** One long-lived <Runtime>, first in the host, needing SharedRuntime 1.1, on the task pane's page. */
export function checkRuntimes(check: ManifestCheck, hostCheck: HostCheck): void {
  const { problems, root } = check;
  const { host } = hostCheck;
  const runtimesElements = descendants(root).filter((e) => e.name === "Runtimes");
  if (runtimesElements.length === 0)
    problems.push("No <Runtimes>: the task pane, the ribbon commands and the functions would not share one runtime.");
  for (const runtimes of runtimesElements) {
    if (runtimes.parent !== host || host.children[0] !== runtimes) {
      problems.push(
        `${where(runtimes)}: <Runtimes> must be the first child of <VersionOverrides><Hosts><Host xsi:type="Workbook">.`,
      );
    }
    const runtime = childrenNamed(runtimes, "Runtime");
    if (runtime.length !== 1) problems.push(`${where(runtimes)}: must hold exactly one <Runtime>.`);
    for (const r of runtime) {
      if (attr(r, "lifetime") !== "long")
        problems.push(
          `${where(r)}: lifetime must be "long" for a shared runtime, found "${attr(r, "lifetime") ?? ""}".`,
        );
      hostCheck.runtimeResid ??= attr(r, "resid");
    }
  }
  if (runtimesElements.length > 0 && !versionAtLeast(hostCheck.declared("SharedRuntime"), "1.1")) {
    problems.push(
      "<Runtimes> needs SharedRuntime 1.1 declared in <Requirements> (in <VersionOverrides>, so Excel without it still gets the plain task pane).",
    );
  }
  const runtimeResid = hostCheck.runtimeResid;
  if (runtimeResid !== undefined) {
    const page = resourceText(check, runtimeResid);
    if (check.taskpanePage !== undefined && page !== undefined && page !== check.taskpanePage) {
      problems.push(
        `The runtime page ${page} (${runtimeResid}) is not the task pane page ${check.taskpanePage} of <DefaultSettings>.`,
      );
    }
  }
}

/** `element` (a resid holder) must name the shared runtime's page. */
function sameRuntime(check: ManifestCheck, hostCheck: HostCheck, element: XmlElement | undefined, what: string): void {
  if (!element) return;
  const resid = attr(element, "resid");
  if (hostCheck.runtimeResid !== undefined && resid !== hostCheck.runtimeResid) {
    check.problems.push(
      `${where(element)}: ${what} uses resid "${resid ?? ""}", not the shared runtime's "${hostCheck.runtimeResid}".`,
    );
  }
}

function checkFunctionsPoint(check: ManifestCheck, hostCheck: HostCheck, point: XmlElement): void {
  const { problems, expect } = check;
  if (point.parent !== child(hostCheck.host, "AllFormFactors"))
    problems.push(`${where(point)}: the CustomFunctions extension point belongs in <AllFormFactors>.`);
  for (const name of ["Script", "Page", "Metadata"]) {
    if (!child(child(point, name), "SourceLocation"))
      problems.push(`${where(point)}: missing <${name}><SourceLocation resid=…/>.`);
  }
  sameRuntime(check, hostCheck, child(child(point, "Page"), "SourceLocation"), "the CustomFunctions <Page>");
  const metadata = resourceText(check, attr(child(child(point, "Metadata"), "SourceLocation") ?? point, "resid"));
  if (metadata !== undefined && !metadata.replace(/[?#].*$/u, "").endsWith(`/${expect.metadataFile}`)) {
    problems.push(
      `${where(point)}: the metadata URL ${metadata} must end with /${expect.metadataFile}, the file the build writes.`,
    );
  }
  const namespaceElement = child(point, "Namespace");
  const namespace = resourceText(check, attr(namespaceElement ?? point, "resid"));
  if (!namespaceElement) problems.push(`${where(point)}: missing <Namespace resid=…/>.`);
  else if (namespace !== undefined && namespace !== expect.namespace) {
    problems.push(
      `${where(namespaceElement)}: the functions' namespace must be ${expect.namespace}, found "${namespace}".`,
    );
  }
  if (!versionAtLeast(hostCheck.declared("CustomFunctionsRuntime"), "1.1")) {
    problems.push("Custom functions need CustomFunctionsRuntime 1.1 declared in <Requirements>.");
  }
}

/** One CustomFunctions extension point in <AllFormFactors>, complete, on the shared runtime, in the expected namespace. */
export function checkCustomFunctions(check: ManifestCheck, hostCheck: HostCheck): void {
  const points = descendants(hostCheck.host).filter(
    (e) => e.name === "ExtensionPoint" && xsiType(e) === "CustomFunctions",
  );
  if (points.length !== 1)
    check.problems.push(`Expected one <ExtensionPoint xsi:type="CustomFunctions">, found ${points.length}.`);
  for (const point of points) checkFunctionsPoint(check, hostCheck, point);
}

/** <DesktopFormFactor> in order; one ribbon extension point on the expected tab with the expected group. */
export function checkRibbon(check: ManifestCheck, hostCheck: HostCheck): void {
  const { problems, expect } = check;
  const desktop = child(hostCheck.host, "DesktopFormFactor");
  if (!desktop) problems.push("Missing <DesktopFormFactor> (ribbon commands).");
  else checkOrder(desktop, DESKTOP_ORDER, problems, true);
  const ribbon = descendants(hostCheck.host).filter(
    (e) => e.name === "ExtensionPoint" && xsiType(e) === "PrimaryCommandSurface",
  );
  if (ribbon.length !== 1)
    problems.push(`Expected one <ExtensionPoint xsi:type="PrimaryCommandSurface">, found ${ribbon.length}.`);
  for (const point of ribbon) {
    if (point.parent !== desktop)
      problems.push(`${where(point)}: the ribbon extension point belongs in <DesktopFormFactor>.`);
    const tabs = childrenNamed(point, "OfficeTab");
    if (tabs.length !== 1 || attr(tabs[0]!, "id") !== expect.commandTab) {
      problems.push(`${where(point)}: the commands must be in one <OfficeTab id="${expect.commandTab}">.`);
    }
    const groupLabels = tabs
      .flatMap((tab) => childrenNamed(tab, "Group"))
      .map((g) => resourceText(check, attr(child(g, "Label") ?? g, "resid")));
    if (!groupLabels.includes(expect.groupLabel))
      problems.push(
        `${where(point)}: no ribbon group labelled "${expect.groupLabel}" (found ${JSON.stringify(groupLabels)}).`,
      );
  }
}

/** Groups and controls: unique ids within limits, a label, 16/32/80 px icons, a supertip for controls. */
export function checkControls(check: ManifestCheck, hostCheck: HostCheck): void {
  const { problems } = check;
  const ids = new Map<string, XmlElement>();
  for (const element of descendants(hostCheck.host).filter((e) => e.name === "Group" || e.name === "Control")) {
    const controlId = attr(element, "id") ?? "";
    if (controlId === "") problems.push(`${where(element)}: <${element.name}> without id.`);
    if (length(controlId) > LIMITS.controlId)
      problems.push(`${where(element)}: id "${controlId}" is over ${LIMITS.controlId} characters.`);
    const other = ids.get(controlId);
    if (other) problems.push(`${where(element)}: id "${controlId}" is also used on line ${other.line}.`);
    ids.set(controlId, element);
    if (!child(element, "Label")) problems.push(`${where(element)}: missing <Label>.`);
    const icons = childrenNamed(child(element, "Icon"), "Image").map((i) => Number(attr(i, "size")));
    for (const size of [16, 32, 80])
      if (!icons.includes(size)) problems.push(`${where(element)}: missing a ${size}px <bt:Image> in <Icon>.`);
    if (element.name === "Control") {
      const supertip = child(element, "Supertip");
      if (!child(supertip, "Title") || !child(supertip, "Description"))
        problems.push(`${where(element)}: missing <Supertip> with <Title> and <Description>.`);
    }
  }
}

/** One ShowTaskpane button on the shared runtime; exactly the expected, registered ExecuteFunction buttons and their FunctionFile. */
export function checkActions(check: ManifestCheck, hostCheck: HostCheck): void {
  const { problems, expect } = check;
  const { host } = hostCheck;
  const actions = descendants(host).filter((e) => e.name === "Action");
  const showTaskpane = actions.filter((a) => xsiType(a) === "ShowTaskpane");
  if (showTaskpane.length !== 1) problems.push(`Expected one ShowTaskpane button, found ${showTaskpane.length}.`);
  for (const action of showTaskpane) {
    if (!child(action, "TaskpaneId")?.text.trim())
      problems.push(`${where(action)}: ShowTaskpane needs a <TaskpaneId>.`);
    sameRuntime(check, hostCheck, child(action, "SourceLocation"), "the task pane");
  }
  const executeFunctions = actions.filter((a) => xsiType(a) === "ExecuteFunction");
  const functionNames = executeFunctions.map((a) => child(a, "FunctionName")?.text.trim() ?? "");
  if (JSON.stringify([...functionNames].sort()) !== JSON.stringify([...expect.executeFunctions].sort())) {
    problems.push(
      `ExecuteFunction buttons must call ${JSON.stringify(expect.executeFunctions)}, found ${JSON.stringify(functionNames)}.`,
    );
  }
  for (const name of functionNames) {
    if (expect.registeredActions && !expect.registeredActions.includes(name)) {
      problems.push(
        `ExecuteFunction "${name}" is not registered by the commands code (Office.actions.associate("${name}", …)).`,
      );
    }
  }
  const desktop = child(host, "DesktopFormFactor");
  const functionFile = child(desktop, "FunctionFile");
  if (executeFunctions.length > 0 && !functionFile)
    problems.push("ExecuteFunction buttons need a <FunctionFile> in <DesktopFormFactor>.");
  sameRuntime(check, hostCheck, functionFile, "<FunctionFile>");
  for (const element of descendants(host).filter((e) => e.name === "FunctionFile" && e.parent !== desktop)) {
    problems.push(`${where(element)}: <FunctionFile> belongs in <DesktopFormFactor>.`);
  }
}
