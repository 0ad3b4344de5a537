// Development stand-in for `csi parse --json FILE...`: prints one JSON array, one entry per file.
// usage: npx tsx packages/parser/scripts/parse-json.ts FILE...
import { readFile } from "node:fs/promises";
import { parseDocument } from "../src/index";

const files = process.argv.slice(2);
const out = [];
for (const file of files) {
  const bytes = await readFile(file);
  const { text: _text, ...result } = await parseDocument(
    new Uint8Array(bytes),
    { source: file },
  );
  out.push({ ...result, source: file });
}
process.stdout.write(JSON.stringify(out, null, 2) + "\n");
