import { z } from "zod";
import { AUTHORITY_RECORDS } from "./authorities-data";
import { IsoDateSchema, type IsoDate } from "./date";

/** Kinds of English children's services authority, from the GSS entity prefix. */
export const AUTHORITY_KINDS = [
  "london-borough",
  "city-of-london",
  "metropolitan-district",
  "unitary",
  "isles-of-scilly",
  "county",
] as const;

/** Schema for an authority kind. */
export const AuthorityKindSchema = z.enum(AUTHORITY_KINDS);
/** An authority kind, e.g. `"metropolitan-district"`. */
export type AuthorityKind = z.infer<typeof AuthorityKindSchema>;

/** Human labels for authority kinds. */
export const AUTHORITY_KIND_LABELS: Readonly<Record<AuthorityKind, string>> = {
  "london-borough": "London borough",
  "city-of-london": "City of London",
  "metropolitan-district": "Metropolitan district",
  unitary: "Unitary authority",
  "isles-of-scilly": "Isles of Scilly",
  county: "County council",
};

/** The nine English regions, spelled as DfE statistics spell them. */
export const REGIONS = [
  "North East",
  "North West",
  "Yorkshire and The Humber",
  "East Midlands",
  "West Midlands",
  "East of England",
  "London",
  "South East",
  "South West",
] as const;

/** Schema for a region. */
export const RegionSchema = z.enum(REGIONS);
/** One English region, e.g. `"North West"`. */
export type Region = z.infer<typeof RegionSchema>;

/** Schema for an English upper-tier GSS code (E06 unitary, E08 metropolitan, E09 London, E10 county). */
export const GssCodeSchema = z
  .string()
  .regex(/^E(06|08|09|10)\d{6}$/, "expected a GSS code such as E09000013");
/** Schema for a DfE three-digit local authority code. */
export const LaCodeSchema = z
  .string()
  .regex(/^\d{3}$/, "expected a three-digit DfE LA code such as 205");

/** Schema for one row of the authority register, as stored. */
export const AuthorityRecordSchema = z.object({
  gss: GssCodeSchema,
  laCode: LaCodeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: AuthorityKindSchema,
  region: RegionSchema,
  /** First day this GSS code was in force; `null` when it predates 2009. */
  validFrom: IsoDateSchema.nullable(),
  /** Last day this GSS code was in force; `null` while current. */
  validTo: IsoDateSchema.nullable(),
  /** GSS codes that took over from this one when it ended. */
  successors: z.array(GssCodeSchema),
});
/** One row of the authority register, as stored. */
export type AuthorityRecord = z.infer<typeof AuthorityRecordSchema>;

/** Schema for an authority with its derived links. */
export const AuthoritySchema = AuthorityRecordSchema.extend({
  /** GSS codes this authority took over from. */
  predecessors: z.array(GssCodeSchema),
  /** URL-safe name, e.g. `"hammersmith-and-fulham"`. */
  slug: z.string(),
});
/** An English children's services authority (one GSS code) with its predecessor links and slug. */
export type Authority = z.infer<typeof AuthoritySchema>;

/** Schema for the short authority reference that inspections carry. */
export const AuthorityRefSchema = z.object({
  name: z.string(),
  gss: GssCodeSchema,
  laCode: LaCodeSchema,
});
/** The short authority reference that inspections carry. */
export type AuthorityRef = z.infer<typeof AuthorityRefSchema>;

/**
 * Turns a name into a URL-safe slug.
 * @example slugify("Hammersmith & Fulham") // "hammersmith-and-fulham"
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Every authority in the register, current and ended, sorted by GSS code. */
export const AUTHORITIES: readonly Authority[] = AUTHORITY_RECORDS.map(
  (record) => ({
    ...record,
    predecessors: AUTHORITY_RECORDS.filter((r) =>
      r.successors.includes(record.gss),
    ).map((r) => r.gss),
    // An ended row shares its name with its successor, so its slug carries the code.
    slug:
      record.validTo === null
        ? slugify(record.name)
        : `${slugify(record.name)}-${record.gss.toLowerCase()}`,
  }),
);

const byGss = new Map(AUTHORITIES.map((a) => [a.gss, a]));

/** The authorities in force today per the register (no end date), sorted by name. */
export const CURRENT_AUTHORITIES: readonly Authority[] = AUTHORITIES.filter(
  (a) => a.validTo === null,
).sort((a, b) => a.name.localeCompare(b.name));

/** True when the authority was in force on `date` (`YYYY-MM-DD`). */
export function isAuthorityValidAt(
  authority: Authority,
  date: IsoDate,
): boolean {
  return (
    (authority.validFrom === null || authority.validFrom <= date) &&
    (authority.validTo === null || date <= authority.validTo)
  );
}

/**
 * Every authority in force on `date` (`YYYY-MM-DD`), sorted by name: the register as it stood that day.
 * @example authoritiesInForceAt("2020-06-01").some((a) => a.name === "Northamptonshire") // true
 */
export function authoritiesInForceAt(date: IsoDate): readonly Authority[] {
  return AUTHORITIES.filter((a) => isAuthorityValidAt(a, date)).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

// Words that say what kind of council it is, not which one. Stripped for matching only.
// "LB Lewisham" and "LB of Lewisham" are how council papers abbreviate "London Borough of".
const COUNCIL_PREFIXES =
  /^(the )?(london borough of|royal borough of|borough of|metropolitan borough of|county of|lb of|lb)\s+/;
// Articles often name the department rather than the council ("Hammersmith & Fulham's children's services").
const COUNCIL_SUFFIXES =
  /\s+(metropolitan borough council|metropolitan district council|metropolitan council|metropolitan borough|borough council|county borough council|city council|county council|district council|unitary authority|council|borough|mbc|cc|childrens? services( department)?|childrens? social care)$/;

/**
 * Normalises a name for matching: lower case, `&` as "and", punctuation and extra spaces removed,
 * curly apostrophes straightened, possessive "'s" dropped.
 * @example normalizeName("Hammersmith & Fulham’s") // "hammersmith and fulham"
 */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/&/g, " and ")
    .replace(/\bst\.?\s/g, "st ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The matching key of a name: normalised, without council-type words ("London Borough of", "City Council", …). */
export function authorityNameKey(name: string): string {
  let key = normalizeName(name);
  for (;;) {
    const next = key
      .replace(COUNCIL_PREFIXES, "")
      .replace(COUNCIL_SUFFIXES, "")
      .trim();
    if (next === key || next === "") return key;
    key = next;
  }
}

const byKey = new Map<string, Authority[]>();
for (const authority of AUTHORITIES) {
  const keys = new Set(
    [authority.name, ...authority.aliases].flatMap((n) => [
      normalizeName(n),
      authorityNameKey(n),
    ]),
  );
  for (const key of keys) {
    const list = byKey.get(key) ?? [];
    list.push(authority);
    byKey.set(key, list);
  }
}

/** Every name and alias key in the register, for callers that scan text for authority names. */
export const AUTHORITY_NAME_KEYS: ReadonlyMap<string, readonly Authority[]> =
  byKey;

/** Looks up an authority by GSS code (any case); `undefined` when the code is not in the register. */
export function findAuthorityByGss(gss: string): Authority | undefined {
  return byGss.get(gss.trim().toUpperCase());
}

/**
 * Looks up an authority by DfE three-digit LA code. Without `date` a code reused after a re-coding
 * (Barnsley 370) resolves to the current row, and a retired code to its last row; with `date`
 * (`YYYY-MM-DD`) it resolves to the row in force that day, or `undefined` when none was.
 * @example findAuthorityByLaCode("370", "2020-01-01")?.gss // "E08000016"
 */
export function findAuthorityByLaCode(
  laCode: string,
  date?: IsoDate,
): Authority | undefined {
  const rows = AUTHORITIES.filter((a) => a.laCode === laCode.trim());
  if (date !== undefined)
    return pickOne(rows.filter((a) => isAuthorityValidAt(a, date)));
  return pickOne(rows);
}

/** All authorities whose name or alias matches, ignoring case, punctuation and council-type words. */
export function findAuthoritiesByName(name: string): readonly Authority[] {
  return (
    byKey.get(normalizeName(name)) ?? byKey.get(authorityNameKey(name)) ?? []
  );
}

// One row, or the one current row among several (a name or code the register reused); else ambiguous.
function pickOne(rows: readonly Authority[]): Authority | undefined {
  if (rows.length <= 1) return rows[0];
  const current = rows.filter((a) => a.validTo === null);
  return current.length === 1 ? current[0] : undefined;
}

/**
 * Finds an authority by GSS code, DfE LA code, slug or name as people write it ("RBKC",
 * "Westminster City Council", "H&F", "London Borough of Lewisham"). Where a name has belonged to
 * several authorities (Dorset County Council, then Dorset Council), the current one wins.
 * Returns `undefined` for an unknown or ambiguous input.
 * @example findAuthority("RBKC")?.gss // "E09000020"
 */
export function findAuthority(codeOrName: string): Authority | undefined {
  return pickOne(findAuthorityCandidates(codeOrName));
}

function findAuthorityCandidates(codeOrName: string): readonly Authority[] {
  const input = codeOrName.trim();
  if (input === "") return [];
  const gss = findAuthorityByGss(input);
  if (gss) return [gss];
  if (/^\d{3}$/.test(input))
    return AUTHORITIES.filter((a) => a.laCode === input);
  const slug = AUTHORITIES.find((a) => a.slug === input.toLowerCase());
  if (slug) return [slug];
  return findAuthoritiesByName(input);
}

/**
 * The authorities responsible on `date` (`YYYY-MM-DD`) for the area a code or name denotes. Follows
 * successors forward (Northamptonshire after April 2021 gives North and West Northamptonshire) and
 * predecessors back (North Northamptonshire in 2019 gives Northamptonshire). Empty when unknown.
 */
export function authoritiesAt(
  codeOrName: string,
  date: IsoDate,
): readonly Authority[] {
  const found = new Map<string, Authority>();
  const seen = new Set<string>();
  const visit = (authority: Authority): void => {
    if (seen.has(authority.gss)) return;
    seen.add(authority.gss);
    if (isAuthorityValidAt(authority, date)) {
      found.set(authority.gss, authority);
      return;
    }
    const next =
      authority.validTo !== null && authority.validTo < date
        ? authority.successors
        : authority.predecessors;
    for (const gss of next) {
      const linked = byGss.get(gss);
      if (linked) visit(linked);
    }
  };
  const candidates = findAuthorityCandidates(codeOrName);
  const inForce = candidates.filter((a) => isAuthorityValidAt(a, date));
  for (const authority of inForce.length ? inForce : candidates)
    visit(authority);
  return [...found.values()];
}

/**
 * The one authority responsible on `date` (`YYYY-MM-DD`) for what a code or name denotes, or `undefined`
 * when there was none or more than one (use {@link authoritiesAt} to get all of them).
 * @example authorityAt("Northamptonshire", "2019-06-01")?.gss // "E10000021"
 */
export function authorityAt(
  codeOrName: string,
  date: IsoDate,
): Authority | undefined {
  const found = authoritiesAt(codeOrName, date);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The row a council carries today when it has only changed GSS code since (North Yorkshire and Somerset
 * in 2023, Barnsley and Sheffield in 2025, Buckinghamshire in 2020: one successor with the same DfE code).
 * An authority that was split or merged away keeps its own row, since its successors are other councils.
 * @example continuingAuthority(findAuthorityByGss("E10000023")!).gss // "E06000065"
 */
export function continuingAuthority(authority: Authority): Authority {
  let current = authority;
  for (;;) {
    const [only, ...rest] = current.successors;
    const next =
      only === undefined || rest.length > 0 ? undefined : byGss.get(only);
    if (!next || next.laCode !== current.laCode) return current;
    current = next;
  }
}

/** The short reference `{ name, gss, laCode }` for an authority. */
export function toAuthorityRef(authority: Authority): AuthorityRef {
  return { name: authority.name, gss: authority.gss, laCode: authority.laCode };
}
