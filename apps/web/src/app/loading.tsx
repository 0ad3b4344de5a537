/** Shown while a page's data loads (streamed first, then replaced). */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" style={{ padding: "2rem 0" }}>
      <span className="spinner" aria-hidden="true" /> <span>Loading…</span>
    </div>
  );
}
