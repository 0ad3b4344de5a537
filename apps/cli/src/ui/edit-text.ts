import type { Key } from "ink";

/**
 * Applies a key to a one-line field that is edited at its end: printable text is appended, Backspace
 * (or Delete, which many terminals send for it) removes a character, Ctrl+W a word, Ctrl+U everything.
 * Returns `undefined` for keys that are not edits (Enter, Esc, arrows…).
 */
export function editText(
  value: string,
  input: string,
  key: Key,
): string | undefined {
  if (key.backspace || key.delete) return value.slice(0, -1);
  if (key.ctrl && input === "u") return "";
  if (key.ctrl && input === "w") return value.replace(/\S*\s*$/, "");
  if (key.ctrl || key.meta || key.return || key.escape || key.tab)
    return undefined;
  if (
    key.upArrow ||
    key.downArrow ||
    key.leftArrow ||
    key.rightArrow ||
    key.pageUp ||
    key.pageDown ||
    key.home ||
    key.end
  )
    return undefined;
  // Keep printable characters only; a paste may carry newlines or tabs.
  const printable = input.replace(/\p{Cc}/gu, "");
  return printable === "" ? undefined : value + printable;
}
