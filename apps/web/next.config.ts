import type { NextConfig } from "next";

const config: NextConfig = {
  // tsx: bulk ingest may load the parser's TypeScript sources on worker threads through it; never bundled.
  serverExternalPackages: ["better-sqlite3", "pdfjs-dist", "tsx"],
  transpilePackages: ["@csi/api", "@csi/parser"],
  poweredByHeader: false,
  // Type checking is its own task (`npm run typecheck`, run by turbo and CI), as in create-t3-turbo;
  // the build would otherwise also check every just-in-time package's source.
  typescript: { ignoreBuildErrors: true },
};

export default config;
