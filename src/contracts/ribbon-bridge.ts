/**
 * The ribbon's "Kiểm tra" runs in the shared runtime, the same JavaScript
 * realm as the task pane: it publishes its outcome here and the pane's
 * Kiểm tra panel shows it (the pane is opened by the command). Both sides
 * import this neutral module; neither imports the other.
 *
 * The report is the Excel layer's CheckReport. Contracts import only core
 * types, so the bridge is generic: the publisher (src/commands) and the
 * reader (the pane, through its host's types) each name the report type.
 */
export type RibbonCheckOutcome<R = unknown> =
  { readonly report: R; readonly error?: undefined } | { readonly report?: undefined; readonly error: unknown };

type Listener = (outcome: RibbonCheckOutcome) => void;

let latest: RibbonCheckOutcome | null = null;
const listeners = new Set<Listener>();

export function publishRibbonCheck<R>(outcome: RibbonCheckOutcome<R>): void {
  latest = outcome;
  for (const listener of listeners) listener(outcome);
}

export function latestRibbonCheck<R = unknown>(): RibbonCheckOutcome<R> | null {
  return latest as RibbonCheckOutcome<R> | null;
}

export function onRibbonCheck<R = unknown>(listener: (outcome: RibbonCheckOutcome<R>) => void): () => void {
  const untyped = listener as Listener;
  listeners.add(untyped);
  return () => listeners.delete(untyped);
}
