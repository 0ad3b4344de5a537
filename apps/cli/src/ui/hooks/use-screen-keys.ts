import { useInput, type Key } from "ink";
import { createContext, useContext, useLayoutEffect, useRef } from "react";
import { splitKeys } from "../keys";

/** Handles one key; returns true when it used the key, false to leave it to the app (q, ?, Esc). */
export type KeyHandler = (input: string, key: Key) => boolean;

/**
 * Lets the app route keys to the screen on top: a screen registers its handler while active and calls
 * the returned function when it stops being active.
 */
export const KeyRouterContext = createContext<
  ((handler: KeyHandler) => () => void) | undefined
>(undefined);

/**
 * Gives the screen's keys to `handler` while `active`. Inside the app the handler sees each key before
 * the app's own keys; on its own (in a test) the screen reads the keys itself.
 */
export function useScreenKeys(handler: KeyHandler, active: boolean): void {
  const register = useContext(KeyRouterContext);
  const latest = useRef(handler);
  latest.current = handler;
  // A layout effect runs in the same task as the render that made the screen active, so no key can
  // arrive between a screen appearing and it taking the keys.
  useLayoutEffect(() => {
    if (!register || !active) return;
    const route: KeyHandler = (input, key) => latest.current(input, key);
    return register(route);
  }, [register, active]);
  useInput(
    (input, key) => {
      for (const [one, oneKey] of splitKeys(input, key))
        latest.current(one, oneKey);
    },
    { isActive: active && register === undefined },
  );
}
