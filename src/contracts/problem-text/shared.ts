/** Shortest readable form of a cell value inside a message. */
export const SHOWN_VALUE_LIMIT = 40;

export function quote(value: string): string {
  const shown = value.length > SHOWN_VALUE_LIMIT ? `${value.slice(0, SHOWN_VALUE_LIMIT)}…` : value;
  return `"${shown}"`;
}

/** "Phường X, TC08: " — said once, before the message, when the reporter knows it. */
export function entryPrefix(context: { ward?: string; criterion?: string }, wardWord: string): string {
  const parts = [context.ward !== undefined && context.ward !== "" ? `${wardWord} ${context.ward}` : "", context.criterion ?? ""].filter((p) => p !== "");
  return parts.length === 0 ? "" : `${parts.join(", ")}: `;
}
