// Builds the map and comparison data the dashboard renders, from the untouched copies in data/sources/.
// Run from apps/web: `node scripts/build-map-data.mjs`. Output is checked in; see data/SOURCES.md.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format } from "prettier";

const dataDir = fileURLToPath(new URL("../data/", import.meta.url));
const read = (name) => readFileSync(dataDir + name, "utf8");
// Outputs are written as Prettier formats them, so the repository's formatter leaves them alone.
const writeJson = async (name, value) =>
  writeFileSync(
    dataDir + name,
    await format(JSON.stringify(value), { parser: "json" }),
  );
const recode = JSON.parse(read("map-recode.json"));

// 1. Hex cartogram: the 2019 layout re-coded to the current authorities.
const hexjson = JSON.parse(read("sources/upper-tier-authorities.hexjson"));
const hexes = new Map();
for (const [code, hex] of Object.entries(hexjson.hexes)) {
  const gss = recode.hexmap.rekey[code] ?? code;
  hexes.set(gss, { gss, name: hex.n, q: hex.q, r: hex.r });
}
for (const [gss, hex] of Object.entries(recode.hexmap.add))
  hexes.set(gss, { gss, name: hex.n, q: hex.q, r: hex.r });
for (const [gss, cell] of Object.entries(recode.hexmap.move))
  Object.assign(hexes.get(gss), cell);
for (const [gss, name] of Object.entries(recode.hexmap.rename))
  hexes.get(gss).name = name;
const cells = new Set();
for (const hex of hexes.values()) {
  const cell = `${hex.q},${hex.r}`;
  if (cells.has(cell)) throw new Error(`two hexes share cell ${cell}`);
  cells.add(cell);
}
const hexList = [...hexes.values()].sort((a, b) => a.gss.localeCompare(b.gss));
await writeJson("hexmap.json", { layout: hexjson.layout, hexes: hexList });

// 2. Boundaries: projected to SVG units and simplified, so the server can inline them as paths.
const WIDTH = 600;
const LAT0 = 52.7;
const KX = Math.cos((LAT0 * Math.PI) / 180);
const geo = JSON.parse(read("sources/upper-tier-authorities-2023-bsc.geojson"));
let minX = Infinity,
  minY = Infinity,
  maxX = -Infinity,
  maxY = -Infinity;
const raw = (lon, lat) => [lon * KX, -lat];
for (const f of geo.features) {
  const polys =
    f.geometry.type === "Polygon"
      ? [f.geometry.coordinates]
      : f.geometry.coordinates;
  for (const poly of polys)
    for (const ring of poly)
      for (const [lon, lat] of ring) {
        const [x, y] = raw(lon, lat);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
}
const scale = WIDTH / (maxX - minX);
const HEIGHT = Math.ceil((maxY - minY) * scale);
const project = ([lon, lat]) => {
  const [x, y] = raw(lon, lat);
  return [(x - minX) * scale, (y - minY) * scale];
};
const TOLERANCE = 0.5; // SVG units; the map is drawn about 600 px wide
function simplify(points) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a],
      [bx, by] = points[b];
    const dx = bx - ax,
      dy = by - ay,
      len = Math.hypot(dx, dy);
    let worst = -1,
      index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d =
        len === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > TOLERANCE) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}
const area = (ring) => {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++)
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(s / 2);
};
const fmt = (n) => (Math.round(n * 10) / 10).toString();
const features = geo.features.map((f) => {
  const polys =
    f.geometry.type === "Polygon"
      ? [f.geometry.coordinates]
      : f.geometry.coordinates;
  const rings = polys.flatMap((poly) => poly.map((ring) => ring.map(project)));
  const largest = Math.max(...rings.map(area));
  // Drop specks (small islands and slivers) but never a feature's main ring.
  const kept = rings
    .filter((ring) => area(ring) >= 0.5 || area(ring) === largest)
    .map(simplify)
    .filter((r) => r.length >= 4);
  const d = kept
    .map((ring) => {
      let last = null;
      let out = "";
      for (const [x, y] of ring.slice(0, -1)) {
        const p = `${fmt(x)} ${fmt(y)}`;
        if (p === last) continue;
        out += (out === "" ? "M" : "L") + p;
        last = p;
      }
      return out + "Z";
    })
    .join("");
  const code = f.properties.CTYUA23CD;
  const [lx, ly] = project([f.properties.LONG, f.properties.LAT]);
  return {
    gss: recode.boundaries.rekey[code] ?? code,
    name: f.properties.CTYUA23NM,
    label: [Number(fmt(lx)), Number(fmt(ly))],
    d,
  };
});
features.sort((a, b) => a.gss.localeCompare(b.gss));
// London's 33 boroughs are too small to point at on a 600-unit map; the page draws them again, enlarged.
let lx0 = Infinity,
  ly0 = Infinity,
  lx1 = -Infinity,
  ly1 = -Infinity;
for (const f of features.filter((f) => f.gss.startsWith("E09"))) {
  for (const [, x, y] of f.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)) {
    lx0 = Math.min(lx0, Number(x));
    lx1 = Math.max(lx1, Number(x));
    ly0 = Math.min(ly0, Number(y));
    ly1 = Math.max(ly1, Number(y));
  }
}
const london = [lx0, ly0, lx1 - lx0, ly1 - ly0].map((n) => Number(fmt(n)));
await writeJson("boundaries.json", {
  width: WIDTH,
  height: HEIGHT,
  london,
  features,
});

// 3. Statistical neighbours, keyed by DfE LA code (stable across the 2025 Barnsley and Sheffield re-coding).
function parseCsv(text) {
  const rows = [];
  let row = [],
    field = "",
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
const [header, ...rows] = parseCsv(
  read("sources/d2i-provider-data-lookup.csv").replace(/^\uFEFF/, ""),
);
const col = (name) => header.indexOf(name);
const neighbours = {};
for (const row of rows) {
  const laCode = row[col("la_code")];
  const list = row[col("stat_neighbours")]
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (row[col("la_code_new")] === "" || list.length === 0) continue; // abolished authorities
  if (list.length !== 10 || list.some((c) => !/^\d{3}$/.test(c)))
    throw new Error(`bad neighbour list for ${laCode}`);
  neighbours[laCode] = list;
}
const sorted = Object.fromEntries(
  Object.entries(neighbours).sort(([a], [b]) => a.localeCompare(b)),
);
await writeJson("statistical-neighbours.json", sorted);

console.log(
  `hexes ${hexList.length}, boundaries ${features.length} (${HEIGHT} high, ${JSON.stringify(features).length} bytes), neighbour lists ${Object.keys(sorted).length}`,
);
