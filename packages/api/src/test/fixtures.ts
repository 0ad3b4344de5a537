import { createHash } from "node:crypto";
import {
  findAuthority,
  frameworkAt,
  toAuthorityRef,
  type Area,
  type Grade,
  type Inspection,
  type InspectionType,
  type PartialDate,
} from "@csi/domain";
import type { Store, WriteOptions, WriteOutcome } from "../store/store";

/** One inspection an article asserts, with the words (found in its text) that say each grade. */
export interface ArticleClaim {
  readonly authority: string;
  readonly date: PartialDate;
  readonly type?: InspectionType;
  /** The words that say the inspection happened. */
  readonly quote: string;
  readonly grades: readonly (readonly [Area, Grade, string])[];
}

/**
 * Stores an article with the facts given here (not parsed), for tests of what the store and router do
 * with facts. Every quote must occur in `text`; its first occurrence is cited.
 */
export function writeArticle(
  store: Store,
  source: string,
  text: string,
  claims: readonly ArticleClaim[],
  options: WriteOptions = {},
): WriteOutcome {
  const cite = (quote: string) => {
    const start = text.indexOf(quote);
    if (start === -1)
      throw new Error(
        `test fixture: ${JSON.stringify(quote)} is not in the text`,
      );
    return [{ source, start, end: start + quote.length, quote }];
  };
  const inspections: Inspection[] = claims.map((claim) => {
    const authority = findAuthority(claim.authority);
    if (!authority)
      throw new Error(`test fixture: no authority ${claim.authority}`);
    return {
      authority: toAuthorityRef(authority),
      type: claim.type ?? "standard-inspection",
      framework: frameworkAt(claim.date)?.id ?? null,
      date: claim.date,
      judgements: claim.grades.map(([area, grade, quote]) => ({
        area,
        grade,
        evidence: cite(quote),
      })),
      evidence: cite(claim.quote),
    };
  });
  return store.writeDocument(
    {
      sha256: createHash("sha256").update(text).digest("hex"),
      kind: "article",
      source,
      title: null,
      published: null,
      format: "text",
      text,
      raw: null,
      byteSize: Buffer.byteLength(text),
      parserVersion: "test",
      diagnostics: [],
      inspections,
    },
    options,
  );
}

/** A register snapshot in the bundled format, one row per entry (authority looked up by name). */
export function registerCsv(
  rows: readonly {
    readonly authority: string;
    readonly start: string;
    readonly end?: string;
    readonly published?: string;
    /** overall, help_and_protection, children_in_care, care_leavers, leadership */
    readonly grades: readonly [string, string, string, string, string];
  }[],
): string {
  const header =
    "la_code,gss,name,inspection_start,inspection_end,publication_date,overall,help_and_protection,children_in_care,care_leavers,leadership";
  const lines = rows.map((row) => {
    const authority = findAuthority(row.authority);
    if (!authority)
      throw new Error(`test fixture: no authority ${row.authority}`);
    return [
      authority.laCode,
      authority.gss,
      authority.name,
      row.start,
      row.end ?? "",
      row.published ?? "",
      ...row.grades,
    ].join(",");
  });
  return `${[header, ...lines].join("\n")}\n`;
}
