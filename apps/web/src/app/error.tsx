"use client";

import Link from "next/link";

/** Shown when a page fails to render; offers a retry and a way home. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="callout callout--error" role="alert">
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown. The data may be briefly unavailable, for
        example while a document is being saved.
      </p>
      {error.digest ? (
        <p className="small muted">
          Reference for the server log: {error.digest}
        </p>
      ) : null}
      <p
        style={{
          display: "flex",
          gap: "1rem",
          alignItems: "center",
          flexWrap: "wrap",
        }}
      >
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>
        <Link href="/">Go to the overview</Link>
      </p>
    </div>
  );
}
