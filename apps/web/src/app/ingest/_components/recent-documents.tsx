"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDate, plural } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { RECENT_INPUT } from "./recent-input";

/** The latest stored articles; refreshed after a save. */
export function RecentDocuments() {
  const trpc = useTRPC();
  const { data, isPending, isError, error } = useQuery(
    trpc.document.list.queryOptions(RECENT_INPUT),
  );
  if (isPending) {
    return (
      <p role="status">
        <span className="spinner" aria-hidden="true" /> Loading…
      </p>
    );
  }
  if (isError)
    return (
      <p className="callout callout--error">
        Could not load the recent documents: {error.message}
      </p>
    );
  if (data.items.length === 0) return <p>No articles yet.</p>;
  return (
    <ul className="event-list" data-recent>
      {data.items.map((doc) => (
        <li key={doc.id}>
          <Link href={`/documents/${doc.id}`}>{doc.title ?? doc.source}</Link>{" "}
          <span className="small muted">
            {doc.source} · published {formatDate(doc.published)} ·{" "}
            {plural(doc.inspectionCount, "inspection")}
          </span>
        </li>
      ))}
    </ul>
  );
}
