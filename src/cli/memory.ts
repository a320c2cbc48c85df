/**
 * After each ward file, the command line lets V8 collect what the last file
 * left (its ZIP, XML text, parse objects) once the heap has grown by a few
 * dozen megabytes: otherwise V8, which collects lazily, lets a run over large
 * files reach several hundred megabytes of garbage. A full collection costs
 * tens of milliseconds, so it runs only after that much growth, not per file.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Growth of the heap (and buffers) since the last collection that asks for one. */
const GROWTH_BYTES = 48 * 1024 * 1024;

function exposedGc(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === "function") return existing;
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/** A hook to call between files: collects when memory grew by GROWTH_BYTES since the last time. */
export function collectBetweenFiles(): () => void {
  const gc = exposedGc();
  const used = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external + m.arrayBuffers;
  };
  let base = used();
  return () => {
    if (gc === null || used() - base < GROWTH_BYTES) return;
    gc();
    base = used();
  };
}
