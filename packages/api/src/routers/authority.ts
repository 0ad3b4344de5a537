import {
  AUTHORITIES,
  AreaSchema,
  AuthorityKindSchema,
  CURRENT_AUTHORITIES,
  FrameworkIdSchema,
  GRADES,
  GradeSchema,
  nextInspectionWindow,
  normalizeName,
  partnershipsOf,
  REGIONS,
  RegionSchema,
  toAuthorityRef,
  type Authority,
} from "@csi/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { AuthorityCodeSchema, getAuthorityOrThrow } from "../internal/inputs";
import {
  byDateDesc,
  gradeChanges,
  gradeIn,
  summarizeAuthorities,
  type AuthoritySummary,
} from "../internal/summaries";
import { publicProcedure } from "../trpc";

const ListInputSchema = z
  .object({
    region: RegionSchema.optional(),
    kind: AuthorityKindSchema.optional(),
    /** With `grades`: only authorities whose latest graded inspection gave this area one of these grades. */
    area: AreaSchema.default("overall-effectiveness"),
    grades: z.array(GradeSchema).min(1).optional(),
    /** Only authorities whose latest graded inspection ran under this framework. */
    framework: FrameworkIdSchema.optional(),
    /** Matches names, aliases, GSS and LA codes (case and punctuation ignored). */
    text: z.string().trim().max(200).optional(),
    /** `current` (default): authorities in force today; `all`: ended ones too. */
    include: z.enum(["current", "all"]).default("current"),
    sort: z.enum(["name", "region", "latest-date", "grade"]).default("name"),
    order: z.enum(["asc", "desc"]).default("asc"),
  })
  .default({
    area: "overall-effectiveness",
    include: "current",
    sort: "name",
    order: "asc",
  });

function matchesText(authority: Authority, text: string): boolean {
  const needle = normalizeName(text);
  if (needle === "") return true;
  const code = text.trim().toUpperCase();
  return (
    authority.gss === code ||
    authority.laCode === code ||
    [authority.name, ...authority.aliases].some((name) =>
      normalizeName(name).includes(needle),
    )
  );
}

export const authorityRouter = {
  /** Authorities with their latest inspection, filtered and sorted. */
  list: publicProcedure
    .input(ListInputSchema)
    .query(({ ctx, input }): AuthoritySummary[] => {
      const authorities = (
        input.include === "all" ? AUTHORITIES : CURRENT_AUTHORITIES
      ).filter(
        (a) =>
          (input.region === undefined || a.region === input.region) &&
          (input.kind === undefined || a.kind === input.kind) &&
          (input.text === undefined || matchesText(a, input.text)),
      );
      const inspections = ctx.store.listInspections({
        gss: authorities.map((a) => a.gss),
      }).items;
      const rows = summarizeAuthorities(authorities, inspections).filter(
        (row) => {
          if (
            input.framework !== undefined &&
            row.latest?.framework !== input.framework
          )
            return false;
          if (input.grades === undefined) return true;
          const grade = row.latest
            ? gradeIn(row.latest, input.area)
            : undefined;
          return grade !== undefined && input.grades.includes(grade);
        },
      );
      const name = (a: AuthoritySummary, b: AuthoritySummary) =>
        a.name.localeCompare(b.name);
      const compare: Record<
        typeof input.sort,
        (a: AuthoritySummary, b: AuthoritySummary) => number
      > = {
        name,
        region: (a, b) =>
          REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region) || name(a, b),
        "latest-date": (a, b) =>
          -byDateDesc(
            { date: a.latest?.date ?? "0000" },
            { date: b.latest?.date ?? "0000" },
          ) || name(a, b),
        grade: (a, b) => {
          const rank = (row: AuthoritySummary) => {
            const grade = row.latest
              ? gradeIn(row.latest, input.area)
              : undefined;
            return grade === undefined ? GRADES.length : GRADES.indexOf(grade);
          };
          return rank(a) - rank(b) || name(a, b);
        },
      };
      const sorted = rows.sort(compare[input.sort]);
      return input.order === "desc" ? sorted.reverse() : sorted;
    }),

  /** One authority by GSS code, DfE LA code, slug or name, with its latest inspection. */
  byCode: publicProcedure
    .input(z.object({ code: AuthorityCodeSchema }))
    .query(({ ctx, input }) => {
      const authority = getAuthorityOrThrow(input.code);
      const inspections = ctx.store.listInspections({
        gss: [authority.gss],
      }).items;
      const [summary] = summarizeAuthorities([authority], inspections);
      const ref = (gss: string) => {
        const found = AUTHORITIES.find((a) => a.gss === gss);
        return found ? toAuthorityRef(found) : { name: gss, gss, laCode: "" };
      };
      const latest = summary?.latest ?? null;
      const overall = latest
        ? gradeIn(latest, "overall-effectiveness")
        : undefined;
      return {
        ...(summary as AuthoritySummary),
        predecessorAuthorities: authority.predecessors.map(ref),
        successorAuthorities: authority.successors.map(ref),
        /** Shared children's services arrangements it belongs or belonged to, each date with its sources. */
        partnerships: partnershipsOf(authority.gss),
        /** When the next full inspection is due after the latest graded one; `null` when no cadence rule applies. */
        nextInspection: latest
          ? (nextInspectionWindow({
              date: latest.date,
              type: latest.type,
              ...(overall ? { overallGrade: overall } : {}),
            }) ?? null)
          : null,
      };
    }),

  /**
   * Every inspection of an authority, oldest first (with those of the authorities it replaced, unless
   * `includePredecessors` is false), its grade movements and its conflicts.
   */
  timeline: publicProcedure
    .input(
      z.object({
        code: AuthorityCodeSchema,
        includePredecessors: z.boolean().default(true),
      }),
    )
    .query(({ ctx, input }) => {
      const authority = getAuthorityOrThrow(input.code);
      const gss = input.includePredecessors
        ? lineage(authority)
        : [authority.gss];
      const inspections = ctx.store.listInspections({
        gss,
        order: "date-asc",
      }).items;
      const changes = AreaSchema.options.flatMap((area) =>
        gradeChanges(inspections, area),
      );
      return {
        authority,
        inspections,
        changes,
        conflicts: ctx.store.listConflicts({ gss }).items,
      };
    }),
} satisfies TRPCRouterRecord;

/** The authority's GSS code and those of every authority it replaced, transitively. */
function lineage(authority: Authority): string[] {
  const codes = new Set<string>([authority.gss]);
  const queue = [...authority.predecessors];
  while (queue.length > 0) {
    const gss = queue.shift();
    if (gss === undefined || codes.has(gss)) continue;
    codes.add(gss);
    queue.push(...(AUTHORITIES.find((a) => a.gss === gss)?.predecessors ?? []));
  }
  return [...codes];
}
