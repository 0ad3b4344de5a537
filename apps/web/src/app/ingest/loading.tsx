/** Shown while the ingest page loads; the page needs JavaScript anyway, so streaming costs nothing here. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" style={{ padding: "2rem 0" }}>
      <span className="spinner" aria-hidden="true" /> <span>Loading…</span>
    </div>
  );
}
