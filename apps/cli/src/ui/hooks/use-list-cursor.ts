import type { Key } from "ink";
import { useCallback, useEffect } from "react";
import { useSyncedState } from "./use-synced-state";

/** A cursor over a list of `count` items that keys move. */
export interface ListCursor {
  readonly index: number;
  /** The index after every key handled so far, even before the next render. */
  current(): number;
  setIndex(index: number): void;
  /**
   * Moves for ↑/↓, j/k, PgUp/PgDn, Home/End (and g/G). Returns true when the key was a movement key.
   */
  handleKey(input: string, key: Key): boolean;
}

/** Keeps a cursor inside `[0, count)`; `page` is how far PgUp/PgDn move. */
export function useListCursor(count: number, page: number): ListCursor {
  const [index, indexRef, setRawIndex] = useSyncedState(0);
  const clamp = useCallback((value: number) => Math.max(0, Math.min(count - 1, value)), [count]);
  useEffect(() => {
    setRawIndex((value) => (count === 0 ? 0 : Math.min(value, count - 1)));
  }, [count, setRawIndex]);
  const setIndex = useCallback((value: number) => setRawIndex(clamp(value)), [clamp, setRawIndex]);
  const current = useCallback(() => (count === 0 ? 0 : Math.min(indexRef.current, count - 1)), [count, indexRef]);
  const handleKey = useCallback(
    (input: string, key: Key): boolean => {
      const step = Math.max(1, page);
      let delta: number | undefined;
      if (key.downArrow || input === "j") delta = 1;
      else if (key.upArrow || input === "k") delta = -1;
      else if (key.pageDown) delta = step;
      else if (key.pageUp) delta = -step;
      else if (key.home || input === "g") delta = -count;
      else if (key.end || input === "G") delta = count;
      if (delta === undefined) return false;
      const by = delta;
      setRawIndex((value) => clamp(value + by));
      return true;
    },
    [clamp, count, page, setRawIndex],
  );
  return { index: count === 0 ? 0 : Math.min(index, count - 1), current, setIndex, handleKey };
}
