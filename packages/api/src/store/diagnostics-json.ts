import type { StoredDiagnostic } from "./store";

type Severity = StoredDiagnostic["severity"];

/**
 * Diagnostics as `documents.diagnostics` keeps them: each distinct rule, severity and message once, then
 * every diagnostic, in order, as the index of its message and its span. The parser repeats a few
 * messages many times in one document (each grade it leaves aside as being about a school), so this is
 * under a third of the plain list's size (10,000 generated articles: 13 MB instead of 44 MB).
 */
interface Packed {
  readonly messages: [ruleId: string, severity: Severity, message: string][];
  readonly at: (
    [message: number] | [message: number, start: number, end: number]
  )[];
}

/** The JSON stored for a document's diagnostics. */
export function packDiagnostics(list: readonly StoredDiagnostic[]): string {
  if (list.length === 0) return "[]";
  const index = new Map<string, number>();
  const packed: Packed = { messages: [], at: [] };
  for (const d of list) {
    const key = `${d.ruleId}\u0000${d.severity}\u0000${d.message}`;
    let i = index.get(key);
    if (i === undefined) {
      i = packed.messages.length;
      index.set(key, i);
      packed.messages.push([d.ruleId, d.severity, d.message]);
    }
    packed.at.push(d.span ? [i, d.span.start, d.span.end] : [i]);
  }
  return JSON.stringify(packed);
}

/** A document's diagnostics from their stored JSON (packed, or the plain list rows written before). */
export function unpackDiagnostics(json: string): StoredDiagnostic[] {
  const stored = JSON.parse(json) as StoredDiagnostic[] | Packed;
  if (Array.isArray(stored)) return stored;
  return stored.at.flatMap(([i, start, end]) => {
    const message = stored.messages[i];
    if (!message) return [];
    const [ruleId, severity, text] = message;
    return [
      {
        message: text,
        severity,
        ruleId,
        ...(start !== undefined && end !== undefined
          ? { span: { start, end } }
          : {}),
      },
    ];
  });
}
