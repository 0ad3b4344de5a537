"use client";

import Link from "next/link";
import { GradeBadge } from "~/components/grade-badge";
import { formatDateShort } from "~/lib/format";
import { KIND_LABELS, MAP_AREAS } from "~/lib/vocabulary";
import { entryGrade, entryHref, type OverviewEntry } from "./overview-entries";

/**
 * The overview table's rows: each authority with its grade in every area and the date of that
 * inspection. Rendered from the overview's compact entries (see {@link OverviewEntry}), so the page
 * carries each authority's data once rather than once more as a description of every cell.
 */
export function AuthorityRows({
  entries,
  order,
}: {
  entries: readonly OverviewEntry[];
  /** Indexes of the entries to show, in the order shown. */
  order: readonly number[];
}) {
  return (
    <tbody>
      {order.map((index) => {
        const entry = entries[index];
        if (!entry) return null;
        const [gss, , name, region, kind, , , date] = entry;
        return (
          <tr key={gss} data-gss={gss}>
            <th scope="row">
              <Link href={entryHref(entry)} prefetch={false}>
                {name}
              </Link>
            </th>
            <td>{region}</td>
            <td>{KIND_LABELS[kind] ?? kind}</td>
            {MAP_AREAS.map((area) => (
              <td key={area}>
                <GradeBadge grade={entryGrade(entry, area)} short />
              </td>
            ))}
            <td className="num date">{date ? formatDateShort(date) : "–"}</td>
          </tr>
        );
      })}
    </tbody>
  );
}
