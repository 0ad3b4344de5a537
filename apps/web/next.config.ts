import type { NextConfig } from "next";

const config: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "pdfjs-dist"],
  transpilePackages: ["@csi/api", "@csi/parser"],
  poweredByHeader: false,
};

export default config;
