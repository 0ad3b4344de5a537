import { daysBetween, formatDate, formatDays } from "~/lib/format";
import { INSPECTION_TYPE_LABELS } from "~/lib/vocabulary";

interface Window {
  readonly type: string;
  readonly earliest: string;
  readonly latest: string | null;
}

/** When the next full inspection is due under the ILACS cadence, and where today falls in that window. */
export function NextInspection({
  window,
  today,
}: {
  window: Window;
  today: Date;
}) {
  const opened = daysBetween(window.earliest, today);
  const closed =
    window.latest === null ? undefined : daysBetween(window.latest, today);
  const status =
    opened < 0
      ? `The window opens in ${formatDays(-opened)}.`
      : closed === undefined
        ? "Due when the authority is ready: the window is open, with no set end."
        : closed <= 0
          ? `The window is open now; it closes in ${formatDays(-closed)}.`
          : `The window closed ${formatDays(closed)} ago; the inspection is overdue or has not been recorded here.`;
  return (
    <div data-next-inspection>
      <p style={{ marginBottom: "0.25rem" }}>
        <strong>Next full inspection:</strong>{" "}
        {(INSPECTION_TYPE_LABELS[window.type] ?? window.type).toLowerCase()},{" "}
        {window.latest ? (
          <>
            due between {formatDate(window.earliest)} and{" "}
            {formatDate(window.latest)}
          </>
        ) : (
          <>from {formatDate(window.earliest)}</>
        )}
        .
      </p>
      <p className="small">{status}</p>
      <p className="small muted">
        Under ILACS, an authority judged good or outstanding gets a short
        inspection and one that requires improvement a standard inspection,
        broadly within three years; an inadequate authority is re-inspected when
        ready. The window is an estimate from that cadence, not a date Ofsted
        publishes.
      </p>
    </div>
  );
}
