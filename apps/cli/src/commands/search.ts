import { z } from "zod";
import type { Caller } from "../api-types";

/** Options of `csi search`. */
export const searchOptionsSchema = z.object({
  json: z.boolean().default(false),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
/** Options of `csi search`, validated. */
export type SearchOptions = z.infer<typeof searchOptionsSchema>;

/** `csi search QUERY`: documents whose text matches, best first, each with a snippet. */
export async function runSearch(
  caller: Caller,
  query: string,
  options: SearchOptions,
): Promise<number> {
  const result = await caller.search.query({ q: query, limit: options.limit });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${result.total} ${result.total === 1 ? "document matches" : "documents match"} “${result.query}”${result.total > result.hits.length ? ` (showing ${result.hits.length})` : ""}`,
  ];
  for (const hit of result.hits) {
    // Matched words are wrapped in [ ] so they show without colour.
    const snippet = hit.snippet
      .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
      .join("")
      .replace(/\s+/g, " ")
      .trim();
    lines.push(
      "",
      `${hit.document.title ?? hit.document.source}`,
      `  ${[hit.document.published, hit.document.source, hit.document.id.slice(0, 12)].filter(Boolean).join(" · ")}`,
      `  ${snippet}`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
