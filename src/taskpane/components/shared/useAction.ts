import { useCallback, useRef, useState } from "react";

export interface ActionState {
  readonly busy: boolean;
  readonly error: unknown;
  readonly clearError: () => void;
  /** Run one user action; a second click while busy is ignored. */
  readonly run: (action: () => Promise<void>) => Promise<void>;
}

/** Busy and error state around the host calls of one panel. */
export function useAction(): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const run = useCallback(async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, error, clearError: useCallback(() => setError(null), []), run };
}
