import { useCallback, useRef, useState } from "react";

/**
 * State whose latest value is also readable at once through a ref. Key handlers need it: a terminal
 * can deliver several keys before React re-renders (a paste, or tmux `send-keys`), and a handler
 * reading plain state would act on the value from before the previous key.
 */
export function useSyncedState<T>(
  initial: T | (() => T),
): readonly [
  T,
  { readonly current: T },
  (next: T | ((previous: T) => T)) => void,
] {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const set = useCallback((next: T | ((previous: T) => T)) => {
    const resolved =
      typeof next === "function"
        ? (next as (previous: T) => T)(ref.current)
        : next;
    ref.current = resolved;
    setValue(resolved);
  }, []);
  return [value, ref, set] as const;
}
