#!/usr/bin/env node
// Builds the scoring corpus from the parser's golden fixtures.
// usage: node packages/parser/eval/build-gold.mjs
// Walks packages/parser/fixtures/<case>/ and packages/parser/fixtures/_negative_/<case>/, copies each
// case's input (input.txt or input.html) to eval/docs/<case>.txt and writes eval/gold.json in the format
// read by shared/tools/score.mjs: [{id, published, judgements, visits, kind?}], kind "negative" for negatives.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const evalDir = dirname(fileURLToPath(import.meta.url));
const fixturesDir = join(evalDir, "..", "fixtures");
const docsDir = join(evalDir, "docs");
const NEGATIVE = "_negative_";

const caseDirs = (dir) =>
  readdirSync(dir)
    .filter(
      (name) => name !== NEGATIVE && statSync(join(dir, name)).isDirectory(),
    )
    .sort();

const cases = [
  ...caseDirs(fixturesDir).map((name) => ({
    name,
    dir: join(fixturesDir, name),
    negative: false,
  })),
  ...caseDirs(join(fixturesDir, NEGATIVE)).map((name) => ({
    name,
    dir: join(fixturesDir, NEGATIVE, name),
    negative: true,
  })),
];

const seen = new Set();
const problems = [];
for (const c of cases) {
  if (seen.has(c.name))
    problems.push(`${c.name}: the same case name is used twice`);
  seen.add(c.name);
  const inputs = readdirSync(c.dir).filter((f) =>
    /^input\.(txt|html)$/.test(f),
  );
  if (inputs.length !== 1)
    problems.push(
      `${c.name}: expected one input.txt or input.html, found ${inputs.length}`,
    );
  if (!existsSync(join(c.dir, "expected.json")))
    problems.push(`${c.name}: no expected.json`);
  c.input = inputs[0];
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}

rmSync(docsDir, { recursive: true, force: true });
mkdirSync(docsDir, { recursive: true });

const gold = [];
for (const c of cases) {
  const expected = JSON.parse(
    readFileSync(join(c.dir, "expected.json"), "utf8"),
  );
  const { published = null, judgements = [], visits = [] } = expected;
  if (c.negative && judgements.length) {
    console.error(`${c.name}: a negative case must have no judgements`);
    process.exit(1);
  }
  writeFileSync(
    join(docsDir, `${c.name}.txt`),
    readFileSync(join(c.dir, c.input)),
  );
  gold.push({
    id: `${c.name}.txt`,
    published,
    judgements,
    visits,
    ...(c.negative ? { kind: "negative" } : {}),
  });
}

// Plain two-space JSON, which is also what prettier would write.
writeFileSync(join(evalDir, "gold.json"), `${JSON.stringify(gold, null, 2)}\n`);

const negatives = gold.filter((d) => d.kind === "negative").length;
console.log(
  `wrote ${gold.length} documents (${gold.length - negatives} positive, ${negatives} negative) to ${evalDir}`,
);
