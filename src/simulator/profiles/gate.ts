/**
 * Requirement-set gates on the proxy classes: every method and property
 * setter of a class that has a requirement set (api-sets.json) first asks the
 * request context whether the client profile has that set; if not, the sync
 * fails with ApiNotFound, before the call's own operations run. Loads are
 * gated in SimObject.queueLoad; navigation getters (range.format, …) are
 * client-side in Office.js and stay free, what is done through them is gated.
 */
import { SimObject, type SimRequestContext } from "../context";
import apiSets from "./api-sets.json";

/** Member names that have a requirement set in some class. */
const MEMBERS_WITH_SETS = new Set(Object.keys(apiSets.members).map((key) => key.slice(key.indexOf(".") + 1)));

const GATED = Symbol("requirement-set gate");

type Gated = { [GATED]?: true };
type Proxy = SimObject & { readonly typeName: string; readonly ctx: SimRequestContext };

function gate(self: unknown, member: string): void {
  const proxy = self as Proxy;
  proxy.ctx.requireMember(proxy.typeName, member);
}

function gatedMethod(member: string, original: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    gate(this, member);
    return original.apply(this, args);
  };
  (wrapped as Gated)[GATED] = true;
  return wrapped;
}

function gatedSetter(member: string, original: (value: unknown) => void): (value: unknown) => void {
  const wrapped = function (this: unknown, value: unknown): void {
    gate(this, member);
    original.call(this, value);
  };
  (wrapped as Gated)[GATED] = true;
  return wrapped;
}

/** Wrap the methods and setters of `classes` (idempotent); the set is looked up by each object's typeName when called. */
export function installRequirementGates(classes: ReadonlyArray<unknown>): void {
  for (const cls of classes) {
    const proto = typeof cls === "function" ? (cls as { prototype: unknown }).prototype : undefined;
    if (!(proto instanceof SimObject)) continue;
    for (const member of Object.getOwnPropertyNames(proto)) {
      if (member === "constructor" || !MEMBERS_WITH_SETS.has(member)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, member) as PropertyDescriptor;
      if (typeof descriptor.value === "function" && (descriptor.value as Gated)[GATED] !== true) {
        Object.defineProperty(proto, member, {
          ...descriptor,
          value: gatedMethod(member, descriptor.value as (...args: unknown[]) => unknown),
        });
      } else if (descriptor.set !== undefined && (descriptor.set as Gated)[GATED] !== true) {
        Object.defineProperty(proto, member, { ...descriptor, set: gatedSetter(member, descriptor.set) });
      }
    }
  }
}
