/**
 * The ribbon's "Kiểm tra" runs in the shared runtime, the same JavaScript
 * realm as the task pane: it publishes its outcome here and the pane's
 * Kiểm tra panel shows it (the pane is opened by the command).
 */
import type { CheckReport } from "../excel";

export type RibbonCheckOutcome = { readonly report: CheckReport; readonly error?: undefined } | { readonly report?: undefined; readonly error: unknown };

type Listener = (outcome: RibbonCheckOutcome) => void;

let latest: RibbonCheckOutcome | null = null;
const listeners = new Set<Listener>();

export function publishRibbonCheck(outcome: RibbonCheckOutcome): void {
  latest = outcome;
  for (const listener of listeners) listener(outcome);
}

export function latestRibbonCheck(): RibbonCheckOutcome | null {
  return latest;
}

export function onRibbonCheck(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
