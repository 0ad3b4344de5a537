import {
  endOfPartialDate,
  frameworkAt,
  getFramework,
  type Area,
  type Framework,
} from "@csi/domain";
import {
  cueIn,
  report,
  type DatedJudgement,
  type ParseContext,
} from "../internal/context";
import { toPartialDate } from "../internal/dates";

const RULE = "expand-areas";
const SIF_ONLY: readonly Area[] = ["adoption", "lscb"];

/**
 * The framework an inspection ran under. The date decides, except that the last SIF inspections ran
 * into early 2018: a 2018 inspection the text places under the single inspection framework, or graded
 * on adoption or the LSCB, is SIF.
 */
function frameworkFor(
  ctx: ParseContext,
  item: DatedJudgement,
  sifGraded2018: ReadonlySet<string>,
): Framework | undefined {
  const date = toPartialDate(item.date.year, item.date.month, item.date.day);
  // A bare year before 2014 may be before the SIF began (November 2013): outside the model.
  const byDate =
    frameworkAt(item.date.frameworkDay ?? date) ??
    (item.date.month === undefined && item.date.year > 2013
      ? frameworkAt(endOfPartialDate(date))
      : undefined);
  if (
    item.date.year === 2018 &&
    (item.date.month === undefined || item.date.month <= 6)
  ) {
    if (sifGraded2018.has(item.authority.gss) || namesSif(ctx))
      return getFramework("sif");
  }
  return byDate;
}

/** Maps areas onto a framework: the combined ILACS 2018-22 judgement, or its two parts elsewhere. */
/**
 * The areas "of the N areas" counts from: all of the framework's, or, when N is one fewer and the
 * framework has an overall grade ("outstanding overall and in three of the four areas"), all but that.
 */
function countPool(
  framework: Framework,
  of: number,
): readonly Area[] | undefined {
  if (of === framework.allAreas.length) return framework.allAreas;
  if (framework.hasOverall && of === framework.allAreas.length - 1)
    return framework.allAreas.filter((a) => a !== "overall-effectiveness");
  return undefined;
}

function mapAreas(
  areas: readonly Area[],
  framework: Framework,
): { kept: Area[]; dropped: Area[] } {
  const kept = new Set<Area>();
  const dropped: Area[] = [];
  const hasCombined = framework.gradedAreas.includes(
    "children-in-care-and-care-leavers",
  );
  for (const area of areas) {
    if (
      hasCombined &&
      (area === "children-in-care" ||
        area === "care-leavers" ||
        area === "children-in-care-and-care-leavers")
    )
      kept.add("children-in-care-and-care-leavers");
    else if (!hasCombined && area === "children-in-care-and-care-leavers") {
      kept.add("children-in-care");
      kept.add("care-leavers");
    } else if (framework.gradedAreas.includes(area)) kept.add(area);
    else dropped.push(area);
  }
  return { kept: [...kept], dropped };
}

/**
 * Turns each judgement's area spec into the concrete areas of the framework in force: "every area"
 * into the framework's areas (SIF without the LSCB; April 2026 onwards without overall
 * effectiveness), "four of its five" into the five minus the areas graded otherwise in the same
 * sentence, children in care and care leavers into the combined 2018-22 judgement or back into two.
 * Areas a framework never graded (adoption after 2017, overall effectiveness after March 2026) are
 * dropped with a diagnostic.
 */
export function expandAreas(ctx: ParseContext): void {
  const all = ctx.datedJudgements;
  // Looked up per judgement below; indexed once so a long text stays linear.
  const sifGraded2018 = new Set<string>();
  const bySentence = new Map<number, DatedJudgement[]>();
  for (const j of all) {
    if (
      j.date.year === 2018 &&
      j.candidate.area.kind === "areas" &&
      j.candidate.area.areas.some((a) => SIF_ONLY.includes(a))
    )
      sifGraded2018.add(j.authority.gss);
    const list = bySentence.get(j.candidate.sentence);
    if (list) list.push(j);
    else bySentence.set(j.candidate.sentence, [j]);
  }
  const inSentence = (sentence: number): readonly DatedJudgement[] =>
    bySentence.get(sentence) ?? [];
  for (const item of all) {
    const framework = frameworkFor(ctx, item, sifGraded2018);
    const span = item.candidate.evidence[0];
    if (!framework) {
      report(
        ctx,
        RULE,
        "info",
        `${item.authority.name} ${item.date.year}: before the single inspection framework, outside the model`,
        span,
      );
      continue;
    }
    item.framework = framework.id;
    const spec = item.candidate.area;
    let areas: readonly Area[] = [];
    if (spec.kind === "areas") areas = spec.areas;
    else if (spec.kind === "all") {
      const n = framework.allAreas.length;
      // "in the other two": the count is of the areas left, checked below.
      if (spec.count === undefined || spec.count === n || spec.others)
        areas = framework.allAreas;
      else if (spec.count === n + 1 && framework.separateReviews.length)
        areas = framework.allAreas;
      else if (framework.hasOverall && spec.count === n - 1)
        areas = framework.allAreas.filter((a) => a !== "overall-effectiveness");
      else {
        report(
          ctx,
          RULE,
          "warning",
          `"all ${spec.count}" does not match the ${n} areas of ${framework.name}`,
          span,
        );
        continue;
      }
      if (spec.except?.length) {
        const excluded = new Set(mapAreas(spec.except, framework).kept);
        areas = areas.filter((a) => !excluded.has(a));
      }
      if (spec.others) {
        // "Its care leavers' service required improvement; all other areas were good".
        const excluded = new Set<Area>();
        const s = item.candidate.sentence;
        for (const j of [...inSentence(s - 1), ...inSentence(s)])
          if (
            j !== item &&
            j.authority.gss === item.authority.gss &&
            j.candidate.grade !== item.candidate.grade
          ) {
            // "good in three of the five areas – A, B and C – and required improvement in the other
            // two": the areas a counted split names are graded otherwise too.
            const named =
              j.candidate.area.kind === "areas"
                ? j.candidate.area.areas
                : j.candidate.area.kind === "count"
                  ? (j.candidate.area.listed ?? [])
                  : [];
            for (const a of mapAreas(named, framework).kept) excluded.add(a);
          }
        // The contrast is with a graded area, not only the overall grade (which may be all that was read).
        // "good overall and good in each of its three other judgements": with no area graded otherwise,
        // a count one short of the framework's areas leaves out the overall grade.
        // "good overall and good in every other area": the same grade given overall just before.
        const sameOverall = inSentence(s).some(
          (j) =>
            j !== item &&
            j.authority.gss === item.authority.gss &&
            j.candidate.grade === item.candidate.grade &&
            j.candidate.area.kind === "areas" &&
            j.candidate.area.areas.includes("overall-effectiveness"),
        );
        if (
          ![...excluded].some((a) => a !== "overall-effectiveness") &&
          framework.hasOverall &&
          (spec.count === framework.allAreas.length - 1 ||
            (spec.count === undefined && sameOverall))
        )
          excluded.add("overall-effectiveness");
        else if (![...excluded].some((a) => a !== "overall-effectiveness")) {
          report(
            ctx,
            RULE,
            "info",
            `"all other areas": no area graded otherwise nearby`,
            span,
          );
          continue;
        }
        areas = areas.filter((a) => !excluded.has(a));
        if (spec.count !== undefined && areas.length !== spec.count) {
          report(
            ctx,
            RULE,
            "info",
            `"the other ${spec.count}": ${areas.length} areas are left`,
            span,
          );
          continue;
        }
      }
    } else if (
      spec.listed &&
      countPool(framework, spec.of) &&
      mapAreas(spec.listed, framework).kept.length === spec.count
    ) {
      // "good in three of the four areas assessed: A, B and C": the areas are named.
      areas = spec.listed;
    } else {
      const pool = countPool(framework, spec.of);
      // The areas graded otherwise in the same sentence, else also in the next one ("good in three
      // of the four areas it inspected. Support for care leavers was judged to require improvement.").
      const otherAreas = (sentences: readonly number[]): Set<Area> => {
        const others = new Set<Area>();
        for (const n of sentences)
          for (const j of inSentence(n)) {
            if (
              j === item ||
              j.authority.gss !== item.authority.gss ||
              j.candidate.grade === item.candidate.grade
            )
              continue;
            if (j.candidate.area.kind === "areas")
              for (const a of mapAreas(j.candidate.area.areas, framework).kept)
                others.add(a);
          }
        return others;
      };
      let others = otherAreas([spec.sentence]);
      let rest = (pool ?? []).filter((a) => !others.has(a));
      if (pool && rest.length !== spec.count) {
        others = otherAreas([spec.sentence, spec.sentence + 1]);
        rest = pool.filter((a) => !others.has(a));
      }
      if (!pool || rest.length !== spec.count) {
        report(
          ctx,
          RULE,
          "info",
          `"${spec.count} of ${spec.of}" judgements: which ones is not stated`,
          span,
        );
        continue;
      }
      areas = rest;
    }
    // "outstanding overall and in three of the four areas": the overall grade too, when the count
    // was of the areas beside it.
    if (
      spec.kind === "count" &&
      spec.withOverall &&
      framework.hasOverall &&
      spec.of === framework.allAreas.length - 1 &&
      !areas.includes("overall-effectiveness")
    )
      areas = ["overall-effectiveness", ...areas];
    const { kept, dropped } = mapAreas(areas, framework);
    for (const area of dropped)
      report(
        ctx,
        RULE,
        "info",
        `${area} is not graded under ${framework.name}`,
        span,
      );
    item.areas = kept;
  }
}

const sifMemo = new WeakMap<ParseContext, boolean>();

/** The text names the single inspection framework somewhere (looked up once per parse). */
function namesSif(ctx: ParseContext): boolean {
  let known = sifMemo.get(ctx);
  if (known === undefined) {
    known = cueIn(ctx, 0, ctx.tokens.length, "framework-sif");
    sifMemo.set(ctx, known);
  }
  return known;
}
