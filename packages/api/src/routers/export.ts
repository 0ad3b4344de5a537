import { CURRENT_AUTHORITIES, findAuthorityByGss } from "@csi/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { toCsv } from "../internal/csv";
import { InspectionFilterSchema, toStoreFilter } from "../internal/inputs";
import { summarizeAuthorities } from "../internal/summaries";
import type { EvidenceItem, InspectionSummary } from "../store/store";
import { publicProcedure } from "../trpc";

/** One exported judgement. */
export interface ExportRow {
  readonly gss: string;
  readonly laCode: string;
  readonly authority: string;
  readonly region: string | null;
  readonly inspectionId: string;
  readonly type: string;
  readonly framework: string | null;
  readonly date: string;
  readonly endDate: string | null;
  readonly published: string | null;
  readonly area: string;
  readonly grade: string;
  readonly sourceCount: number;
  readonly conflictCount: number;
  /** What each piece of evidence cites: document names and register rows. */
  readonly citations: readonly string[];
  readonly evidence: readonly EvidenceItem[];
}

const CSV_COLUMNS: readonly [
  string,
  (row: ExportRow) => string | number | null,
][] = [
  ["gss", (r) => r.gss],
  ["la_code", (r) => r.laCode],
  ["authority", (r) => r.authority],
  ["region", (r) => r.region],
  ["inspection_id", (r) => r.inspectionId],
  ["type", (r) => r.type],
  ["framework", (r) => r.framework],
  ["date", (r) => r.date],
  ["end_date", (r) => r.endDate],
  ["published", (r) => r.published],
  ["area", (r) => r.area],
  ["grade", (r) => r.grade],
  ["source_count", (r) => r.sourceCount],
  ["conflict_count", (r) => r.conflictCount],
  ["citations", (r) => r.citations.join(" | ")],
  // A document's words say more than a register row, so the first article quote leads.
  [
    "evidence",
    (r) =>
      [...r.evidence].sort((a, b) =>
        a.kind === b.kind ? 0 : a.kind === "article" ? -1 : 1,
      )[0]?.quote ?? null,
  ],
];

/** Judgements as CSV text (header + one row per judgement, CRLF line ends, formula-safe cells). */
function judgementsCsv(rows: readonly ExportRow[]): string {
  return toCsv(
    CSV_COLUMNS.map(([name]) => name),
    rows.map((row) => CSV_COLUMNS.map(([, value]) => value(row))),
  );
}

export const exportRouter = {
  /**
   * Judgements as CSV or JSON, one row per judgement with its citations and evidence. `scope: "latest"`
   * keeps each current authority's latest graded inspection only.
   */
  judgements: publicProcedure
    .input(
      InspectionFilterSchema.extend({
        format: z.enum(["csv", "json"]).default("csv"),
        scope: z.enum(["all", "latest"]).default("all"),
      }).default({ format: "csv", scope: "all" }),
    )
    .query(({ ctx, input }) => {
      let inspections: readonly InspectionSummary[] = ctx.store.listInspections(
        { ...toStoreFilter(input), order: "date-asc" },
      ).items;
      if (input.scope === "latest") {
        const latestIds = new Set(
          summarizeAuthorities(
            CURRENT_AUTHORITIES,
            ctx.store.listInspections({}).items,
          ).flatMap((a) => (a.latest ? [a.latest.id] : [])),
        );
        inspections = inspections.filter((i) => latestIds.has(i.id));
      }
      const rows: ExportRow[] = inspections.flatMap((summary) => {
        const detail = ctx.store.findInspection(summary.id);
        if (!detail) return [];
        return detail.judgements.map((j) => ({
          gss: detail.authority.gss,
          laCode: detail.authority.laCode,
          authority: detail.authority.name,
          region: findAuthorityByGss(detail.authority.gss)?.region ?? null,
          inspectionId: detail.id,
          type: detail.type,
          framework: detail.framework,
          date: detail.date,
          endDate: detail.endDate,
          published: detail.published,
          area: j.area,
          grade: j.grade,
          sourceCount: detail.sourceCount,
          conflictCount: detail.conflictCount,
          citations: [...new Set(j.evidence.map((e) => e.cites))],
          evidence: j.evidence,
        }));
      });
      const filename = `csi-judgements-${input.scope}.${input.format}`;
      return input.format === "csv"
        ? {
            format: "csv" as const,
            filename,
            contentType: "text/csv; charset=utf-8",
            rowCount: rows.length,
            body: judgementsCsv(rows),
          }
        : {
            format: "json" as const,
            filename,
            contentType: "application/json",
            rowCount: rows.length,
            body: JSON.stringify(rows, null, 2),
          };
    }),
} satisfies TRPCRouterRecord;
