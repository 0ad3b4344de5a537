import { stripVTControlCharacters } from "node:util";

/** Key sequences as a terminal sends them. */
export const KEYS = {
  enter: "\r",
  escape: "\u001B",
  up: "\u001B[A",
  down: "\u001B[B",
  tab: "\t",
  backspace: "\u007F",
} as const;

/** The frame as plain text (colours and styles removed). */
export function plain(frame: string | undefined): string {
  return stripVTControlCharacters(frame ?? "");
}

/**
 * Polls `lastFrame` until `predicate` holds on its plain text, and returns that text. Fails with the
 * last frame after `timeoutMs`, so a broken screen shows what it drew instead.
 */
export async function waitForFrame(
  lastFrame: () => string | undefined,
  predicate: (frame: string) => boolean,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = plain(lastFrame());
    if (predicate(frame)) return frame;
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for the screen; last frame:\n${frame}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/** Writes keys one at a time, letting Ink handle each before the next. */
export async function press(
  stdin: { write(data: string): void },
  ...keys: string[]
): Promise<void> {
  for (const key of keys) {
    stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The line of the frame holding the `›` cursor, trimmed. */
export function selectedLine(frame: string): string {
  return (
    frame
      .split("\n")
      .find((line) => line.trimStart().startsWith("›"))
      ?.trim() ?? ""
  );
}
