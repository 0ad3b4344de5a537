"use client";

import { useLinkStatus } from "next/link";

/**
 * A small spinner inside a link while the page it opens is loading. Read pages render in one pass
 * (no `loading.tsx`, whose streamed content stays hidden without JavaScript), so this is the loading
 * cue for in-app navigation.
 */
export function LinkPending() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      className={pending ? "link-pending is-pending" : "link-pending"}
    />
  );
}
