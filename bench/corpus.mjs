// Seeded generator of varied synthetic articles about Ofsted inspections of children's services,
// covering each phrasing family and trap in the project's phrasing catalogue. Deterministic for a seed.
// usage: node bench/corpus.mjs --out DIR [--count N] [--seed S]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CURRENT_AUTHORITIES } from "@csi/domain";

/** mulberry32: small, fast, seedable PRNG. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const GRADE_WORDS = {
  outstanding: ["outstanding", "Outstanding", "'outstanding'"],
  good: ["good", "Good", "'good'"],
  "requires-improvement": [
    "requires improvement",
    "requires improvement to be good",
    "Requires Improvement",
  ],
  inadequate: ["inadequate", "Inadequate", "'inadequate'"],
};
const GRADES = Object.keys(GRADE_WORDS);
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const WELSH = [
  "Ceredigion",
  "Powys",
  "Gwynedd",
  "Conwy",
  "Denbighshire",
  "Pembrokeshire",
];
const FILLER = [
  "Councillors said the findings reflected several years of steady work by social workers and managers.",
  "The report noted that caseloads had fallen and that staff turnover was lower than in previous years.",
  "Inspectors spoke to children, carers and partner agencies during their time in the borough.",
  "A spokesperson said the council would publish an action plan within the next few weeks.",
  "Local MPs welcomed the report and thanked frontline teams for their commitment.",
  "Families described practitioners who listened carefully and followed through on promises.",
  "The director of children's services said there was still more to do on recruitment.",
  "Budget pressures remain, with demand for placements continuing to rise across the region.",
];

/** One article's worth of paragraphs for each phrasing family and trap, in the project's own words. */
const TEMPLATES = [
  (r, c) => [
    `Ofsted has rated ${c.name}'s children's services ${w(r, c.grade)} following an inspection in ${r.pick(MONTHS)} ${c.year}.`,
  ],
  (r, c) => [
    `Inspectors judged ${c.name} Council ${w(r, c.grade)} for overall effectiveness after a three-week visit in ${c.year}.`,
    `Help and protection for children was rated ${w(r, r.pick(GRADES))}, while the impact of leaders was judged ${w(r, r.pick(GRADES))}.`,
  ],
  (r, c) => [
    `${c.name} was judged ${w(r, c.grade)} in every area when inspectors visited in ${c.year}, according to the report published this week.`,
  ],
  (r, c) => [
    `The watchdog rated ${c.name} ${w(r, c.grade)} for its work with looked-after children, adoption and care leavers.`,
    `Child protection was rated ${w(r, r.pick(GRADES))}, which held the overall grade at the same level.`,
  ],
  (r, c) => [
    `${c.name} children's services have moved up to ${w(r, c.grade)}, up from ${w(r, r.pick(GRADES))} in ${c.year - 3}.`,
  ],
  (r, c) => [
    `A focused visit to ${c.name} in ${r.pick(MONTHS)} ${c.year} looked at the council's front door arrangements. Focused visits do not result in a grade.`,
  ],
  (r, c) => [
    `Ofsted's fourth monitoring visit to ${c.name} since it was judged inadequate in ${c.year - 2} found the council was making progress.`,
  ],
  (r, c) => [
    `${c.name} and ${c.other} hosted a joint targeted area inspection of the response to domestic abuse in ${c.year}.`,
  ],
  (r, c) => [
    `Overall effectiveness: ${w(r, c.grade)}`,
    `1. The experiences and progress of children who need help and protection: ${w(r, r.pick(GRADES))}`,
    `2. The experiences and progress of children in care: ${w(r, r.pick(GRADES))}`,
    `3. The experiences and progress of care leavers: ${w(r, r.pick(GRADES))}`,
    `4. The impact of leaders on social work practice with children and families: ${w(r, r.pick(GRADES))}`,
  ],
  // traps
  (r, c) => [
    `${c.name} Academy kept its ${w(r, "good")} rating after a two-day visit, with pupils achieving well in mathematics.`,
  ],
  (r, c) => [
    `A children's home run by ${c.name} Council has been rated ${w(r, r.pick(GRADES))} by Ofsted inspectors.`,
  ],
  (r, c) => [
    `The regional adoption agency serving ${c.name} was upgraded to ${w(r, "good")} by inspectors last month.`,
  ],
  (r) => [
    `Care Inspectorate Wales found ${r.pick(WELSH)} council's children's services had made progress, though it does not award grades.`,
  ],
  (r, c) => [
    `A local area SEND inspection by Ofsted and the CQC in ${c.name} found widespread weaknesses and a written statement of action was required.`,
  ],
  (r) => [
    `Only a fifth of councils inspected this year were rated ${w(r, "good")} or better, according to national figures.`,
  ],
  (r, c) => [
    `Staff in ${c.name} showed ${w(r, "outstanding")} commitment, and families received ${w(r, "good")} support, councillors said.`,
  ],
];

function w(r, grade) {
  return r.pick(GRADE_WORDS[grade]);
}

function byline(r, year) {
  const month = r.int(0, 11);
  const day = r.int(1, 28);
  const date = new Date(Date.UTC(year, month, day));
  return `${WEEKDAYS[date.getUTCDay() % 5]}, ${MONTHS[month]} ${day}, ${year}`;
}

function toHtml(title, paragraphs, r) {
  const nav = `<nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a></nav>`;
  const cookie = `<div class="cookie-banner">We use cookies to improve this site. <button>Accept</button></div>`;
  const body = paragraphs
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n");
  const related = `<aside class="related"><h2>Related stories</h2><ul><li><a href="/x">Another council rated ${r.pick(GRADES)}</a></li></ul></aside>`;
  return `<!doctype html><html><head><title>${title}</title><script>window.x=1</script><style>p{margin:0}</style></head><body>${cookie}${nav}<article><h1>${title}</h1>\n${body}</article>${related}<footer>© News</footer></body></html>`;
}

/**
 * Generates `count` documents deterministically from `seed`, each between `minBytes` and `maxBytes`
 * (approximately), a mix of plain text and HTML.
 */
export function generateCorpus({
  count,
  seed = 1,
  minBytes = 1024,
  maxBytes = 20 * 1024,
}) {
  const r = createRandom(seed);
  const docs = [];
  for (let i = 0; i < count; i++) {
    const a = r.pick(CURRENT_AUTHORITIES);
    const b = r.pick(CURRENT_AUTHORITIES);
    const year = r.int(2014, 2026);
    const c = { name: a.name, other: b.name, year, grade: r.pick(GRADES) };
    const title = `${c.name}: children's services inspection report ${i}`;
    const target = r.int(minBytes, maxBytes);
    const paragraphs = [
      title,
      "",
      `By Staff Reporter`,
      byline(r, year + r.int(0, 1)),
      "",
    ];
    let size = paragraphs.join("\n").length;
    while (size < target) {
      const lines = r.next() < 0.4 ? r.pick(TEMPLATES)(r, c) : [r.pick(FILLER)];
      for (const line of lines) {
        paragraphs.push(line);
        size += line.length + 1;
      }
    }
    const html = r.next() < 0.35;
    const content = html
      ? toHtml(title, paragraphs.slice(5), r)
      : paragraphs.join("\n");
    docs.push({
      name: `doc-${String(i).padStart(5, "0")}.${html ? "html" : "txt"}`,
      format: html ? "html" : "text",
      content,
    });
  }
  return docs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      count: { type: "string", default: "100" },
      seed: { type: "string", default: "1" },
    },
  });
  if (!values.out) {
    console.error(
      "usage: node bench/corpus.mjs --out DIR [--count N] [--seed S]",
    );
    process.exit(1);
  }
  mkdirSync(values.out, { recursive: true });
  const docs = generateCorpus({
    count: Number(values.count),
    seed: Number(values.seed),
  });
  for (const d of docs) writeFileSync(join(values.out, d.name), d.content);
  console.log(`wrote ${docs.length} documents to ${values.out}`);
}
