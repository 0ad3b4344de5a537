import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    cli: "src/cli.ts",
    // Bulk ingest parses on worker threads; each runs this file, found beside the bundle's chunks.
    "parse-worker": "../../packages/api/src/ingest/parse-worker.ts",
  },
  format: "esm",
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  // Commands load lazily, so `csi --version` and `csi parse` never load Ink, React or the store.
  splitting: true,
  sourcemap: true,
  // The workspace packages are not published, so they go into the bundle; native and worker-based
  // packages stay installed dependencies (see package.json "dependencies").
  noExternal: [/^@csi\//],
  external: ["better-sqlite3", "pdfjs-dist", "react-devtools-core"],
  // React's production build: the development one checks every render and is several times slower.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  // Bundled CommonJS modules call require() for Node built-ins; give them one in ESM.
  banner: {
    js: 'import { createRequire as __csiCreateRequire } from "node:module"; const require = __csiCreateRequire(import.meta.url);',
  },
});
