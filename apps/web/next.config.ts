import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";

/** The overview's query parameters (`OVERVIEW_KEYS` in src/app/_components/overview-model.ts). */
export const OVERVIEW_QUERY = [
  "area",
  "era",
  "map",
  "q",
  "region",
  "kind",
  "grade",
  "sort",
  "dir",
] as const;

const base: NextConfig = {
  // tsx: bulk ingest may load the parser's TypeScript sources on worker threads through it; never bundled.
  serverExternalPackages: ["better-sqlite3", "pdfjs-dist", "tsx"],
  transpilePackages: ["@csi/api", "@csi/parser"],
  poweredByHeader: false,
  // Type checking is its own task (`npm run typecheck`, run by turbo and CI), as in create-t3-turbo;
  // the build would otherwise also check every just-in-time package's source.
  typescript: { ignoreBuildErrors: true },
};

/** Production configuration: the plain overview is served from memory. */
export const production: NextConfig = {
  ...base,
  rewrites: () =>
    Promise.resolve({
      // The plain overview is served from memory (src/pages/api/kept-overview.ts); in-app navigations
      // (RSC requests), filtered views and that route's own render of the page go to the page.
      beforeFiles: [
        {
          source: "/",
          destination: "/api/kept-overview",
          missing: [
            { type: "header", key: "rsc" },
            { type: "header", key: "x-csi-render" },
            { type: "query", key: "_rsc" },
            ...OVERVIEW_QUERY.map((key) => ({ type: "query" as const, key })),
          ],
        },
      ],
      afterFiles: [],
      fallback: [],
    }),
};

// `next dev` renders the overview on every request, so an edit shows at once.
export default function config(phase: string): NextConfig {
  return phase === PHASE_DEVELOPMENT_SERVER ? base : production;
}
