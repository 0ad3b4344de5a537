import type { Key } from "ink";
import { useCallback, useRef } from "react";
import { useSyncedState } from "./use-synced-state";

/** A cursor over a list of `count` items that keys move. */
export interface ListCursor {
  readonly index: number;
  /** The index after every key handled so far, even before the next render. */
  readonly current: () => number;
  readonly setIndex: (index: number) => void;
  /** Moves for ↑/↓, j/k, PgUp/PgDn, Home/End (and g/G). Returns true when the key was a movement key. */
  readonly handleKey: (input: string, key: Key) => boolean;
}

/**
 * Keeps a cursor inside `[0, count)`; `page` is how far PgUp/PgDn move. Its functions keep their
 * identity while the list changes, so effects that depend on them do not re-run when data arrives.
 */
export function useListCursor(count: number, page: number): ListCursor {
  const [index, indexRef, setRawIndex] = useSyncedState(0);
  const size = useRef({ count, page });
  size.current = { count, page };
  const clamp = useCallback(
    (value: number) => Math.max(0, Math.min(size.current.count - 1, value)),
    [],
  );
  const setIndex = useCallback(
    (value: number) => setRawIndex(clamp(value)),
    [clamp, setRawIndex],
  );
  const current = useCallback(() => clamp(indexRef.current), [clamp, indexRef]);
  const handleKey = useCallback(
    (input: string, key: Key): boolean => {
      const { count: total, page: step } = size.current;
      let delta: number | undefined;
      if (key.downArrow || input === "j") delta = 1;
      else if (key.upArrow || input === "k") delta = -1;
      else if (key.pageDown) delta = Math.max(1, step);
      else if (key.pageUp) delta = -Math.max(1, step);
      else if (key.home || input === "g") delta = -total;
      else if (key.end || input === "G") delta = total;
      if (delta === undefined) return false;
      const by = delta;
      setRawIndex((value) => clamp(clamp(value) + by));
      return true;
    },
    [clamp, setRawIndex],
  );
  return {
    index: count === 0 ? 0 : Math.max(0, Math.min(index, count - 1)),
    current,
    setIndex,
    handleKey,
  };
}
