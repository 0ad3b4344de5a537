import { z } from "zod";
import type { Caller, EvidenceItem } from "../api-types";
import {
  AREA_LABELS,
  FRAMEWORK_LABELS,
  GRADE_WORDS,
  INSPECTION_TYPE_LABELS,
} from "../ui/labels";

/** Options of `csi show`. */
export const showOptionsSchema = z.object({
  json: z.boolean().default(false),
});
/** Options of `csi show`, validated. */
export type ShowOptions = z.infer<typeof showOptionsSchema>;

function articleQuote(
  evidence: readonly EvidenceItem[],
): EvidenceItem | undefined {
  return evidence.find((e) => e.kind === "article");
}

function quoteLine(item: EvidenceItem | undefined, indent: string): string[] {
  if (!item) return [];
  const quote = item.quote.replace(/\s+/g, " ").trim();
  return [
    `${indent}“${quote.length > 160 ? `${quote.slice(0, 159)}…` : quote}” (${item.cites})`,
  ];
}

/** `csi show CODE_OR_NAME`: one authority's inspections, newest first, with a quote for each judgement. */
export async function runShow(
  caller: Caller,
  code: string,
  options: ShowOptions,
): Promise<number> {
  const timeline = await caller.authority.timeline({ code });
  const inspections = await Promise.all(
    timeline.inspections.map((inspection) =>
      caller.inspection.byId({ id: inspection.id }),
    ),
  );
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ ...timeline, inspections }, null, 2)}\n`,
    );
    return 0;
  }
  const { authority } = timeline;
  const lines = [
    `${authority.name} (${authority.gss} · LA ${authority.laCode} · ${authority.region})`,
  ];
  if (inspections.length === 0) lines.push("", "No inspections known yet.");
  for (const inspection of [...inspections].reverse()) {
    const facts = [
      INSPECTION_TYPE_LABELS[inspection.type],
      inspection.framework ? FRAMEWORK_LABELS[inspection.framework] : undefined,
      `${inspection.sourceCount} source${inspection.sourceCount === 1 ? "" : "s"}`,
      inspection.conflictCount > 0
        ? `${inspection.conflictCount} conflict${inspection.conflictCount === 1 ? "" : "s"}`
        : undefined,
    ].filter((fact) => fact !== undefined);
    lines.push("", `${inspection.date}  ${facts.join(" · ")}`);
    if (inspection.judgements.length === 0)
      lines.push(...quoteLine(articleQuote(inspection.evidence), "  "));
    const width = Math.max(
      ...inspection.judgements.map((j) => AREA_LABELS[j.area].length),
      0,
    );
    for (const judgement of inspection.judgements) {
      lines.push(
        `  ${AREA_LABELS[judgement.area].padEnd(width)}  ${GRADE_WORDS[judgement.grade].full}`,
      );
      lines.push(...quoteLine(articleQuote(judgement.evidence), "      "));
    }
    // A register row backs every judgement of its inspection; cite it once rather than per line.
    const registerRows = new Set(
      [
        ...inspection.evidence,
        ...inspection.judgements.flatMap((j) => j.evidence),
      ]
        .filter((e) => e.kind === "register")
        .map((e) => e.cites),
    );
    for (const cites of registerRows) lines.push(`  register row: ${cites}`);
    for (const conflict of inspection.conflicts)
      lines.push(`  ⚠ ${conflict.message}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
