// HTTP throughput: tRPC's standalone adapter against a bare node:http server sending the same bytes,
// then the route handler and overview page under `next start`.
import { spawn } from "node:child_process";
import { createServer, get } from "node:http";
import { join } from "node:path";
import autocannon from "autocannon";
import { createTrpcHttpServer, openStore } from "@csi/api";

const ROOT = join(import.meta.dirname, "..");
const DURATION = Number(process.env.CSI_BENCH_SECONDS ?? 8);

function cannon(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: 20, duration: DURATION, headers },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

/** The bytes a GET sends, as they travel (no decompression), and its Content-Encoding. */
function transferred(url, headers = {}) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk) => (bytes += chunk.length));
      res.on("end", () =>
        resolve({ bytes, encoding: res.headers["content-encoding"] ?? null }),
      );
      res.on("error", reject);
    }).on("error", reject);
  });
}

/** A port nothing listens on now (the OS picks it). */
async function freePort() {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function listen(server) {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(server.address().port)),
  );
}

async function waitFor(url, deadlineMs = 90_000) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${deadlineMs} ms`);
}

const row = (name, r, baseline, target, pass) => ({
  section: "api",
  name,
  value: r.requests.average,
  unit: "req/s",
  baseline: baseline?.requests.average ?? null,
  ratio: baseline ? r.requests.average / baseline.requests.average : null,
  target,
  pass,
  extra: {
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  },
});

export async function benchApi({ dbPath }) {
  const store = await openStore({ path: dbPath });
  const trpc = createTrpcHttpServer({ store });
  const trpcPort = await listen(trpc);
  // The same adapter computing every answer, to show what the response cache saves.
  const uncached = createTrpcHttpServer({ store, cache: false });
  const uncachedPort = await listen(uncached);
  const path = "/trpc/authority.list";
  const body = await (
    await fetch(`http://127.0.0.1:${trpcPort}${path}`)
  ).text();
  const bare = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  });
  const barePort = await listen(bare);
  const bareResult = await cannon(`http://127.0.0.1:${barePort}${path}`);
  const trpcResult = await cannon(`http://127.0.0.1:${trpcPort}${path}`);
  const uncachedResult = await cannon(
    `http://127.0.0.1:${uncachedPort}${path}`,
  );
  trpc.close();
  uncached.close();
  bare.close();
  store.close();
  const rows = [
    row("bare node:http, same JSON", bareResult, null, "baseline", true),
    row(
      "authority.list, tRPC standalone adapter",
      trpcResult,
      bareResult,
      ">= 60% of bare",
      trpcResult.requests.average / bareResult.requests.average >= 0.6,
    ),
    row(
      "authority.list, standalone, response cache off",
      uncachedResult,
      bareResult,
      "reported",
      true,
    ),
  ];

  const port = await freePort();
  const next = spawn(
    process.execPath,
    [
      join(ROOT, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: join(ROOT, "apps/web"),
      env: {
        ...process.env,
        CSI_DB: dbPath,
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: "ignore",
    },
  );
  try {
    await waitFor(`http://127.0.0.1:${port}/api/trpc/authority.list`);
    await waitFor(`http://127.0.0.1:${port}/`);
    const routeResult = await cannon(
      `http://127.0.0.1:${port}/api/trpc/authority.list`,
    );
    const page = `http://127.0.0.1:${port}/`;
    const pageResult = await cannon(page);
    // Browsers ask for gzip: each response is then compressed by the server.
    const gzip = { "accept-encoding": "gzip" };
    const pageGzipResult = await cannon(page, gzip);
    const plain = await transferred(page);
    const compressed = await transferred(page, gzip);
    rows.push(
      row(
        "authority.list through next start",
        routeResult,
        bareResult,
        "p99 < 50 ms",
        routeResult.latency.p99 < 50,
      ),
    );
    rows.push(
      row(
        "overview page / through next start",
        pageResult,
        bareResult,
        "p99 < 100 ms",
        pageResult.latency.p99 < 100,
      ),
    );
    rows.push(
      row(
        "overview page /, gzip (as browsers ask)",
        pageGzipResult,
        bareResult,
        "reported",
        pageGzipResult.non2xx === 0 && pageGzipResult.errors === 0,
      ),
    );
    rows.push({
      section: "api",
      name: "overview page / size",
      value: plain.bytes / 1024,
      unit: "kB",
      baseline: null,
      ratio: null,
      target: "< 350 kB",
      pass: plain.bytes < 350 * 1024 && compressed.encoding === "gzip",
      extra: { gzipKb: Math.round(compressed.bytes / 102.4) / 10 },
    });
  } finally {
    next.kill("SIGTERM");
  }
  return rows;
}
