/**
 * Request context and proxy-object base with Office.js semantics: writes
 * and loads are queued and run, in order, on sync(); a property can be read
 * only after it was loaded AND synced (else PropertyNotLoaded); every sync
 * is counted and its queued operations serialised to measure the request
 * size (over the limit → RequestPayloadSizeLimitExceeded, nothing applied).
 */
import { SimulatedOfficeError, propertyNotLoaded } from "./errors";
import type { WorkbookState } from "./state";

export interface SyncRecord {
  readonly operations: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

export interface SimulatorStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  requests: SyncRecord[];
}

export function emptyStats(): SimulatorStats {
  return { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, requests: [] };
}

/** Excel on the web rejects requests and responses above 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

export interface Operation {
  readonly kind: "read" | "write";
  /** What is sent to Excel, for measuring the request. */
  readonly wire: unknown;
  /** Runs against the workbook state; a read returns what goes into the response. */
  apply(): unknown;
  /** For reads: deliver the response to the proxy after a successful sync. */
  deliver?(response: unknown): void;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export class SimRequestContext {
  readonly state: WorkbookState;
  readonly stats: SimulatorStats;
  readonly payloadLimit: number;
  private queue: Operation[] = [];
  // Office.js API surface used by some code; harmless here.
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** Set by the workbook module to avoid an import cycle. */
  workbook!: unknown;

  constructor(state: WorkbookState, stats: SimulatorStats, payloadLimit = PAYLOAD_LIMIT_BYTES) {
    this.state = state;
    this.stats = stats;
    this.payloadLimit = payloadLimit;
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const requestBytes = utf8Length(JSON.stringify(operations.map((o) => o.wire)));
    this.stats.syncs++;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, requestBytes);
    await Promise.resolve();
    if (requestBytes > this.payloadLimit) {
      this.stats.requests.push({ operations: operations.length, requestBytes, responseBytes: 0 });
      throw new SimulatedOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    const responses: Array<[Operation, unknown]> = [];
    const hf = this.state.hf;
    let suspended = false;
    let wrote = false;
    try {
      for (const operation of operations) {
        if (operation.kind === "write" && !suspended) {
          hf.suspendEvaluation();
          suspended = true;
        } else if (operation.kind === "read" && suspended) {
          hf.resumeEvaluation();
          suspended = false;
        }
        const response = operation.apply();
        if (operation.kind === "write") wrote = true;
        else responses.push([operation, response]);
      }
    } catch (error) {
      // Like Excel: what ran before the failing operation stays applied.
      this.stats.requests.push({ operations: operations.length, requestBytes, responseBytes: 0 });
      throw error;
    } finally {
      if (suspended) hf.resumeEvaluation();
      if (wrote) this.state.changed();
    }
    const responseBytes = utf8Length(JSON.stringify(responses.map(([, r]) => r ?? null)));
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, responseBytes);
    this.stats.requests.push({ operations: operations.length, requestBytes, responseBytes });
    if (responseBytes > this.payloadLimit) {
      throw new SimulatedOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    for (const [operation, response] of responses) operation.deliver?.(response);
  }
}

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string } | undefined;

/** "a, b/c" | ["a","b/c"] | {select} → ["a", "b/c"] */
export function loadPaths(option: LoadOption): string[] | null {
  if (option === undefined) return null;
  if (typeof option === "string") return option.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (Array.isArray(option)) return option.flatMap((s) => loadPaths(s) ?? []);
  const select = option.select;
  return select === undefined ? null : loadPaths(select);
}

/**
 * A proxy object. Subclasses list their loadable scalar properties (read
 * from the state at sync time) and navigation properties (child proxies,
 * so "format/fill/color" loads through them).
 */
export abstract class SimObject {
  protected readonly ctx: SimRequestContext;
  private readonly loaded = new Map<string, unknown>();
  protected abstract readonly typeName: string;

  constructor(ctx: SimRequestContext) {
    this.ctx = ctx;
  }

  get context(): SimRequestContext {
    return this.ctx;
  }

  /** Scalar properties readable after load, computed at sync time. */
  protected abstract scalarProperties(): Record<string, () => unknown>;

  /** Child proxies for nested loads. */
  protected navigation(): Record<string, () => SimObject> {
    return {};
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.queueLoad(paths);
    return this;
  }

  /** Queue a load of `paths` (null = every scalar property, and a collection's items with theirs). */
  queueLoad(paths: readonly string[] | null): void {
    const scalars = this.scalarProperties();
    const collections = this.collectionNames();
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    // Collection name → sub-paths of its items (null: every scalar of each item).
    const itemPaths = new Map<string, string[] | null>();
    if (paths === null) for (const name of collections) itemPaths.set(name, null);
    for (const path of paths ?? Object.keys(scalars)) {
      const [head, ...rest] = path.split("/");
      const name = head as string;
      if (rest.length === 0 && name in scalars) {
        own.push(name);
        continue;
      }
      const children = this.navigation();
      if (name in children) {
        const list = nested.get(name) ?? [];
        if (rest.length > 0) list.push(rest.join("/"));
        nested.set(name, list);
      } else if (collections.includes(name)) {
        const sub = itemPaths.has(name) ? itemPaths.get(name) : [];
        itemPaths.set(name, sub === null || sub === undefined || rest.length === 0 ? null : [...sub, rest.join("/")]);
      } else {
        throw new SimulatedOfficeError("InvalidArgument", `Cannot load '${path}' on ${this.typeName}.`);
      }
    }
    if (own.length > 0) this.queueOwnLoad(scalars, own);
    for (const [name, sub] of itemPaths) this.loadCollectionItems(name, sub);
    for (const [name, sub] of nested) {
      const child = (this.navigation()[name] as () => SimObject)();
      child.queueLoad(sub.length > 0 ? sub : null);
    }
  }

  private queueOwnLoad(scalars: Record<string, () => unknown>, own: readonly string[]): void {
    this.ctx.enqueue({
      kind: "read",
      wire: { load: this.typeName, properties: own },
      apply: () => {
        const result: Record<string, unknown> = {};
        for (const name of own) result[name] = (scalars[name] as () => unknown)();
        return result;
      },
      deliver: (response) => {
        for (const [name, value] of Object.entries(response as Record<string, unknown>)) this.loaded.set(name, value);
      },
    });
  }

  /**
   * Read `paths` (null = every scalar property) now, at sync time: how a
   * collection loads "items/…" of its items. Only scalar properties.
   */
  readScalars(paths: readonly string[] | null): Record<string, unknown> {
    const scalars = this.scalarProperties();
    const result: Record<string, unknown> = {};
    for (const name of paths ?? Object.keys(scalars)) {
      const read = scalars[name];
      if (read === undefined) throw new SimulatedOfficeError("InvalidArgument", `Cannot load 'items/${name}' on ${this.typeName} (only scalar properties of items).`);
      result[name] = read();
    }
    return result;
  }

  /** Collections: the names of their item lists ("items"). */
  protected collectionNames(): readonly string[] {
    return [];
  }

  /** Collections: queue the load of the items named `name`, each with `paths` (null = every scalar). */
  protected loadCollectionItems(_name: string, _paths: readonly string[] | null): void {
    throw new SimulatedOfficeError("InvalidArgument", `${this.typeName} has no collection to load.`);
  }

  /** Read a loaded property or throw PropertyNotLoaded. */
  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.typeName);
    return this.loaded.get(name) as T;
  }

  /** Used by collections to hand items their loaded values. */
  setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected write(wire: Record<string, unknown>, apply: () => void): void {
    this.ctx.enqueue({ kind: "write", wire: { object: this.typeName, ...wire }, apply });
  }

  /** A read that only resolves the object (getItem errors, isNullObject). */
  protected resolveOnSync(apply: () => unknown, deliver?: (response: unknown) => void): void {
    this.ctx.enqueue(deliver === undefined ? { kind: "read", wire: { resolve: this.typeName }, apply } : { kind: "read", wire: { resolve: this.typeName }, apply, deliver });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
