/**
 * A small namespace-aware element tree over saxes (a strict XML parser), and
 * the lookups the manifest checks use on it.
 */
import { SaxesParser } from "saxes";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export interface XmlElement {
  readonly ns: string;
  readonly name: string;
  readonly line: number;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  text: string;
  readonly parent: XmlElement | undefined;
}

export type Parsed = { root: XmlElement; texts: { line: number; value: string }[] } | { error: string };

function attributeKey(uri: string, local: string): string {
  return uri === "" ? local : `{${uri}}${local}`;
}

export function parseXml(xml: string): Parsed {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const texts: { line: number; value: string }[] = [];
  let root: XmlElement | undefined;
  let error: string | undefined;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  parser.on("opentag", (tag) => {
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === "xmlns" || attribute.name === "xmlns") continue;
      attributes.set(attributeKey(attribute.uri, attribute.local), attribute.value);
    }
    const parent = stack[stack.length - 1];
    const element: XmlElement = {
      ns: tag.uri,
      name: tag.local,
      line: parser.line,
      attributes,
      children: [],
      text: "",
      parent,
    };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
    texts.push({ line: parser.line, value: text });
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  if (error !== undefined) return { error };
  if (!root) return { error: "no root element" };
  return { root, texts };
}

export function attr(element: XmlElement, name: string): string | undefined {
  return element.attributes.get(name);
}

export function xsiType(element: XmlElement): string | undefined {
  return element.attributes.get(attributeKey(NS.xsi, "type"));
}

export function child(element: XmlElement | undefined, name: string, ns?: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name && (ns === undefined || c.ns === ns));
}

export function childrenNamed(element: XmlElement | undefined, name: string, ns?: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name && (ns === undefined || c.ns === ns)) ?? [];
}

export function descendants(element: XmlElement): XmlElement[] {
  const all: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      all.push(c);
      walk(c);
    }
  };
  walk(element);
  return all;
}

export function where(element: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | undefined = element; e; e = e.parent) names.unshift(e.name);
  return `<${names.join("/")}> (line ${element.line})`;
}

/** Length in code points, as the schema counts characters. */
export function length(text: string): number {
  return [...text].length;
}

/** Children of `parent` must follow `order`; strict: an element not in `order` is a problem too. */
export function checkOrder(parent: XmlElement, order: readonly string[], problems: string[], strict: boolean): void {
  let last = -1;
  let lastName = "";
  for (const c of parent.children) {
    const index = order.indexOf(c.name);
    if (index < 0) {
      if (strict) problems.push(`${where(c)}: unexpected element <${c.name}> in <${parent.name}>.`);
      continue;
    }
    if (index < last) problems.push(`${where(c)}: <${c.name}> must come before <${lastName}> in <${parent.name}>.`);
    else {
      last = index;
      lastName = c.name;
    }
  }
}

/** PNG size from the IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
