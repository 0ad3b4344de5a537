/** Shown while an authority's inspections and evidence load. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" style={{ padding: "2rem 0" }}>
      <span className="spinner" aria-hidden="true" /> <span>Loading the authority’s inspections…</span>
    </div>
  );
}
