/**
 * Ribbon commands, run in the shared runtime (the task pane's page).
 * "Kiểm tra" (checkActiveSheet) checks the active sheet directly, highlights
 * in place, then opens the task pane on the Kiểm tra panel with the result.
 */
import { checkActiveSheet } from "../excel";
import { hasFeature } from "../excel/features";
import { publishRibbonCheck } from "../contracts/ribbon-bridge";

export interface CommandEvent {
  completed(): void;
}

/** The command's work, with its host calls passed in (tests give doubles). */
export async function runRibbonCheck(
  event: CommandEvent,
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
  showTaskpane: () => Promise<void>,
): Promise<void> {
  try {
    publishRibbonCheck({ report: await run((context) => checkActiveSheet(context)) });
  } catch (error) {
    publishRibbonCheck({ error });
  }
  try {
    await showTaskpane();
  } catch {
    // Without Office.addin (older Excel) the result waits in the pane until the user opens it.
  } finally {
    event.completed();
  }
}

/**
 * Register the ribbon's command. The ribbon is in the manifest's
 * VersionOverrides, which need SharedRuntime 1.1 and CustomFunctionsRuntime 1.1
 * (feature "ribbon", src/excel/features.ts): elsewhere there is no button,
 * and Kiểm tra is in the pane.
 */
export function registerRibbon(): void {
  if (typeof Office.actions?.associate !== "function") return;
  if (!hasFeature("ribbon", (name, version) => Office.context.requirements.isSetSupported(name, version))) return;
  Office.actions.associate("checkActiveSheet", (event: CommandEvent) =>
    runRibbonCheck(
      event,
      (batch) => Excel.run(batch),
      () => Office.addin.showAsTaskpane(),
    ),
  );
}

if (typeof Office !== "undefined") void Office.onReady(registerRibbon);
