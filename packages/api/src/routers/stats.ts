import {
  AREAS,
  AreaSchema,
  CURRENT_AUTHORITIES,
  findAuthorityByGss,
  GRADES,
  REGIONS,
  RegionSchema,
  yearOf,
  type Grade,
  type Region,
} from "@csi/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  gradeChanges,
  gradeIn,
  isGraded,
  summarizeAuthorities,
} from "../internal/summaries";
import { publicProcedure } from "../trpc";

/** How many of something got each grade. */
export type GradeCounts = Record<Grade, number>;

const emptyCounts = (): GradeCounts => ({
  outstanding: 0,
  good: 0,
  "requires-improvement": 0,
  inadequate: 0,
});

export const statsRouter = {
  /**
   * Grade counts: per area and per region over each current authority's latest graded inspection, and
   * per year over every graded inspection (grades in `area`, default overall effectiveness).
   */
  overview: publicProcedure
    .input(
      z
        .object({ area: AreaSchema.default("overall-effectiveness") })
        .default({ area: "overall-effectiveness" }),
    )
    .query(({ ctx, input }) => {
      const all = ctx.store.listInspections({}).items;
      const current = summarizeAuthorities(CURRENT_AUTHORITIES, all);
      const latest = current.flatMap((a) => (a.latest ? [a.latest] : []));

      const byArea = AREAS.map((area) => {
        const counts = emptyCounts();
        for (const inspection of latest) {
          const grade = inspection.judgements.find(
            (j) => j.area === area,
          )?.grade;
          if (grade) counts[grade]++;
        }
        return { area, counts, total: sum(counts) };
      }).filter((row) => row.total > 0);

      const byRegion = REGIONS.map((region) => {
        const counts = emptyCounts();
        const inRegion = current.filter((a) => a.region === region);
        for (const authority of inRegion) {
          const grade = authority.latest
            ? gradeIn(authority.latest, input.area)
            : undefined;
          if (grade) counts[grade]++;
        }
        return {
          region,
          authorities: inRegion.length,
          counts,
          graded: sum(counts),
        };
      });

      const years = new Map<
        number,
        { inspections: number; graded: number; counts: GradeCounts }
      >();
      for (const inspection of all) {
        const year = yearOf(inspection.date);
        const row = years.get(year) ?? {
          inspections: 0,
          graded: 0,
          counts: emptyCounts(),
        };
        row.inspections++;
        const grade = isGraded(inspection)
          ? gradeIn(inspection, input.area)
          : undefined;
        if (grade) {
          row.graded++;
          row.counts[grade]++;
        }
        years.set(year, row);
      }
      const byYear = [...years.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, row]) => ({ year, ...row }));
      const counts = ctx.store.counts();
      return {
        area: input.area,
        totals: {
          authorities: CURRENT_AUTHORITIES.length,
          withLatestInspection: latest.length,
          inspections: counts.inspections,
          judgements: counts.judgements,
          documents: counts.articles,
          registerSnapshots: counts.registerSnapshots,
          conflicts: counts.conflicts,
        },
        byArea,
        byRegion,
        byYear,
      };
    }),

  /** Grade movements between consecutive graded inspections of each authority, newest first. */
  changes: publicProcedure
    .input(
      z
        .object({
          area: AreaSchema.default("overall-effectiveness"),
          region: RegionSchema.optional(),
          /** Only movements whose later inspection falls in this year range. */
          yearFrom: z.number().int().min(2000).max(2100).optional(),
          yearTo: z.number().int().min(2000).max(2100).optional(),
        })
        .default({ area: "overall-effectiveness" }),
    )
    .query(({ ctx, input }) => {
      const regionOf = (gss: string): Region | undefined =>
        findAuthorityByGss(gss)?.region;
      const changes = gradeChanges(
        ctx.store.listInspections({}).items,
        input.area,
      ).filter(
        (c) =>
          (input.region === undefined ||
            regionOf(c.authority.gss) === input.region) &&
          (input.yearFrom === undefined ||
            yearOf(c.to.date) >= input.yearFrom) &&
          (input.yearTo === undefined || yearOf(c.to.date) <= input.yearTo),
      );
      return {
        area: input.area,
        changes,
        summary: {
          improved: changes.filter((c) => c.direction === "improved").length,
          declined: changes.filter((c) => c.direction === "declined").length,
          unchanged: changes.filter((c) => c.direction === "unchanged").length,
        },
      };
    }),
} satisfies TRPCRouterRecord;

function sum(counts: GradeCounts): number {
  return GRADES.reduce((n, grade) => n + counts[grade], 0);
}
