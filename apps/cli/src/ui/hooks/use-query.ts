import { useEffect, useState, type DependencyList } from "react";

/** The state of an asynchronous read. */
export type QueryState<T> =
  | { readonly status: "loading"; readonly data?: T }
  | { readonly status: "success"; readonly data: T }
  | { readonly status: "error"; readonly error: Error; readonly data?: T };

/**
 * Runs `load` when `deps` change and tracks its result. While a new load runs, the previous data stays
 * available, so lists do not flash empty between keystrokes. Results of superseded loads are dropped.
 */
export function useQuery<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setState((previous) =>
      previous.data === undefined
        ? { status: "loading" }
        : { status: "loading", data: previous.data },
    );
    load().then(
      (data) => {
        if (current) setState({ status: "success", data });
      },
      (error: unknown) => {
        if (current)
          setState((previous) => ({
            status: "error",
            error: error instanceof Error ? error : new Error(String(error)),
            ...(previous.data === undefined ? {} : { data: previous.data }),
          }));
      },
    );
    return () => {
      current = false;
    };
    // The caller lists what `load` depends on, as with useEffect.
  }, deps);
  return state;
}
