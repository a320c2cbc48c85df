/**
 * Where and why a JSON text fails to parse, the same in every engine
 * (browsers word JSON.parse errors differently and some give no position):
 * a small scanner run only after JSON.parse has failed.
 */
import type { JsonSyntaxKind } from "./problems";

export interface JsonSyntaxError {
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  readonly kind: JsonSyntaxKind;
  /** What stands there (a few characters; "" at the end of the text). */
  readonly found: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly kind: JsonSyntaxKind,
  ) {}
}

const MAX_DEPTH = 200;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/uy;

class Scanner {
  i = 0;
  constructor(readonly s: string) {}

  stop(kind: JsonSyntaxKind, at = this.i): never {
    throw new Stop(at, kind);
  }

  space(): void {
    for (;;) {
      const c = this.s[this.i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.i++;
      else if (c === "/" && (this.s[this.i + 1] === "/" || this.s[this.i + 1] === "*")) this.stop("comment");
      else return;
    }
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.stop("tooDeep");
    this.space();
    const c = this.s[this.i];
    if (c === undefined) this.stop("end");
    if (c === "{") return this.container("}", depth, true);
    if (c === "[") return this.container("]", depth, false);
    if (c === '"') return this.string();
    if (c === "'") this.stop("singleQuote");
    for (const word of ["true", "false", "null"]) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.i;
    if (NUMBER.exec(this.s) === null) this.stop("badValue");
    this.i = NUMBER.lastIndex;
  }

  /** An object (keyed) or an array, from its opening bracket. */
  container(close: string, depth: number, keyed: boolean): void {
    this.i++;
    this.space();
    if (this.s[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      if (keyed) this.key();
      this.value(depth + 1);
      this.space();
      const c = this.s[this.i];
      if (c === undefined) this.stop("end");
      this.i++;
      if (c === close) return;
      if (c !== ",") this.stop("missingComma", this.i - 1);
      this.space();
      if (this.s[this.i] === close) this.stop("trailingComma", this.i);
    }
  }

  key(): void {
    const c = this.s[this.i];
    if (c === undefined) this.stop("end");
    if (c === "'") this.stop("singleQuote");
    if (c !== '"') this.stop("propertyName");
    this.string();
    this.space();
    if (this.s[this.i] === undefined) this.stop("end");
    if (this.s[this.i] !== ":") this.stop("missingColon");
    this.i++;
  }

  string(): void {
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.stop("end");
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === "\n" || c === "\r") this.stop("unclosedString");
      if (c.charCodeAt(0) < 0x20) this.stop("controlCharacter");
      if (c === "\\") {
        const next = this.s[this.i + 1] ?? "";
        if (next !== "" && '"\\/bfnrt'.includes(next)) this.i += 2;
        else if (next === "u" && /^[0-9a-fA-F]{4}$/u.test(this.s.slice(this.i + 2, this.i + 6))) this.i += 6;
        else this.stop("badEscape");
      } else this.i++;
    }
  }
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.value(0);
    scanner.space();
    if (scanner.i < text.length) scanner.stop("extraText");
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.at);
    const lineStart = before.lastIndexOf("\n") + 1;
    const found = /^\S{0,12}/u.exec(text.slice(error.at))?.[0] ?? "";
    return { line: before.split("\n").length, column: error.at - lineStart + 1, kind: error.kind, found };
  }
}
