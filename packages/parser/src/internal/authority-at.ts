import {
  authoritiesAt,
  authorityNameKey,
  findAuthorityByGss,
  type Authority,
  type IsoDate,
} from "@csi/domain";

// Rows already picked, by code then date (nested, so no key string is built per call).
const memo = new Map<string, Map<IsoDate, Authority>>();
let memoSize = 0;

/**
 * The register row for an authority at a date. A name whose code changed without the council changing
 * (North Yorkshire in 2023, Barnsley in 2025: one successor with the same name) resolves to the
 * current code; an authority that was split or merged (Northamptonshire) keeps its own code.
 */
export function authorityAtDate(
  authority: Authority,
  date: IsoDate,
): Authority {
  let byDate = memo.get(authority.gss);
  const known = byDate?.get(date);
  if (known) return known;
  const picked = pickAt(authority, date);
  if (memoSize < 50_000) {
    if (!byDate) {
      byDate = new Map();
      memo.set(authority.gss, byDate);
    }
    byDate.set(date, picked);
    memoSize++;
  }
  return picked;
}

function pickAt(authority: Authority, date: IsoDate): Authority {
  const found = authoritiesAt(authority.gss, date);
  let pick =
    found.length === 1
      ? found[0]!
      : (found.find((a) => a.gss === authority.gss) ?? authority);
  for (let i = 0; i < 6; i++) {
    if (pick.successors.length !== 1) break;
    const next = findAuthorityByGss(pick.successors[0]!);
    if (!next || authorityNameKey(next.name) !== authorityNameKey(pick.name))
      break;
    pick = next;
  }
  return pick;
}

/**
 * True when the authority no longer existed on `date` (`YYYY-MM-DD`, the earliest day a fact can
 * have): it was abolished, split or merged into a council with another name (Cumbria in 2023,
 * Poole in 2019). A code change that kept the council's name does not count.
 */
export function abolishedBefore(authority: Authority, date: IsoDate): boolean {
  if (authority.validTo === null || date <= authority.validTo) return false;
  const picked = authorityAtDate(authority, date);
  return (
    (picked.validTo !== null && date > picked.validTo) ||
    authorityNameKey(picked.name) !== authorityNameKey(authority.name)
  );
}
