import type { IngestSummary } from "@csi/api";

function count(n: number, one: string, many = one): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line saying what a bulk ingest did: `3 new, 1 already stored, 2 skipped, 0 failed`. */
export function ingestSummaryLine(summary: IngestSummary): string {
  const parts = [
    `${summary.stored} new`,
    `${summary.unchanged} already stored`,
    `${summary.skipped} skipped`,
  ];
  if (summary.failed > 0) parts.push(`${summary.failed} failed`);
  return `${count(summary.total, "file", "files")}: ${parts.join(", ")}`;
}

/** The files that were skipped or failed, each with its reason, one per line; `show` names each file. */
export function ingestProblemLines(
  summary: IngestSummary,
  show: (source: string) => string = (source) => source,
): string[] {
  return summary.outcomes.flatMap((outcome) =>
    outcome.status === "skipped" || outcome.status === "failed"
      ? [`${outcome.status}: ${show(outcome.source)}: ${outcome.reason}`]
      : [],
  );
}
