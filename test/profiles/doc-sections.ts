/**
 * Generated sections of the docs, between `<!-- generated:NAME -->` and
 * `<!-- end:NAME -->`. Tests compare; with UPDATE_DOCS=1 they rewrite.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");

export function replaceSection(file: string, name: string, body: string): "current" | "stale" | "updated" {
  const full = path.join(ROOT, file);
  const text = readFileSync(full, "utf8");
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- end:${name} -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  const wanted = `${start}\n${body}\n${end}`;
  if (a >= 0 && b > a && text.slice(a, b + end.length) === wanted) return "current";
  if (process.env.UPDATE_DOCS !== "1") return "stale";
  const next =
    a >= 0 && b > a ? text.slice(0, a) + wanted + text.slice(b + end.length) : `${text.trimEnd()}\n\n${wanted}\n`;
  writeFileSync(full, next);
  return "updated";
}
