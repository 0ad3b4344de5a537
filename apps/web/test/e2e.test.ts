import { AxeBuilder } from "@axe-core/playwright";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from "playwright-core";
import { createCaller, createContext, openStore } from "@csi/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_DIR, startServer, type TestServer } from "./server";

const ARTIFACTS = process.env.CSI_ARTIFACTS ?? join(APP_DIR, "artifacts");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// An invented article about a new inspection: the grades must reach Barnet's page once it is saved.
const NEW_ARTICLE = `Barnet children's services rated outstanding again

Friday, 6 March 2026

Ofsted has rated Barnet Council's children's services outstanding following an inspection in January 2026.

Inspectors judged the council outstanding for overall effectiveness. Help and protection was rated outstanding, the experiences and progress of children in care was rated outstanding, care leavers were judged good and the impact of leaders was outstanding.
`;

const HOSTILE_TEXT = `Councillor's notes on the inspection letter

The letter was pasted from an email and still carries markup: <script>window.__csiPwned = "script"</script>
and a link <a href="javascript:window.__csiPwned='link'">open the report</a> and <img src=x onerror="window.__csiPwned='img'">.
Ofsted rated Sutton good in 2025.
`;

interface Trpc<T> {
  result: { data: T };
}

describe("dashboard in a real browser", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  const get = async <T>(path: string, input?: unknown): Promise<T> => {
    const query =
      input === undefined
        ? ""
        : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const response = await fetch(`${server.url}/api/trpc/${path}${query}`);
    if (!response.ok)
      throw new Error(
        `${path}: HTTP ${response.status} ${await response.text()}`,
      );
    return ((await response.json()) as Trpc<T>).result.data;
  };

  const post = async <T>(path: string, input: unknown): Promise<T> => {
    const response = await fetch(`${server.url}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    if (!response.ok)
      throw new Error(
        `${path}: HTTP ${response.status} ${await response.text()}`,
      );
    return ((await response.json()) as Trpc<T>).result.data;
  };

  const open = async (path: string, width = 1280): Promise<Page> => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) =>
      pageErrors.push(`${path}: ${error.message}`),
    );
    const response = await page.goto(server.url + path, { waitUntil: "load" });
    expect(response, path).not.toBeNull();
    return page;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    browser = await chromium.launch({
      executablePath: process.env.CSI_CHROMIUM ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
    context = await browser.newContext({
      acceptDownloads: true,
      reducedMotion: "reduce",
    });
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it("lists every current authority on the overview, each with a cell on the map", async () => {
    const authorities = await get<{ gss: string }[]>("authority.list");
    expect(authorities).toHaveLength(153);
    const expected = authorities.map((a) => a.gss).sort();
    const page = await open("/");
    const rows = await page
      .locator('[data-table="authorities"] tbody tr[data-gss]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-gss")));
    expect([...rows].sort()).toEqual(expected);
    const cells = await page
      .locator('svg[data-map="hex"] a[data-gss]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-gss")));
    expect([...cells].sort()).toEqual(expected);
    // Each cell names its authority and grade for screen readers, and opens the authority's page.
    const westminster = page.locator(
      'svg[data-map="hex"] a[data-gss="E09000033"]',
    );
    await expect
      .poll(() => westminster.getAttribute("aria-label"))
      .toMatch(/^Westminster: Overall effectiveness \w/);
    await westminster.hover();
    await expect
      .poll(() => page.locator(".map-tooltip").textContent())
      .toContain("Westminster");
    // The tooltip's lines come from the page's data for that authority; the ring outlines its hexagon.
    expect(
      await page.locator(".map-tooltip li").allTextContents(),
    ).toContainEqual(expect.stringMatching(/^Care leavers: \w/));
    expect(await page.locator(".map-ring polygon").count()).toBe(2);
    // A grade badge's symbol is drawn by the stylesheet, and only one badge per cell.
    const badge = page.locator(
      '[data-table="authorities"] tr[data-gss="E09000033"] td .badge',
    );
    expect(await badge.count()).toBe(5);
    expect(
      await badge
        .first()
        .evaluate((el) => getComputedStyle(el, "::before").content),
    ).toMatch(/^"[★✓▲✕–]"/);
    await westminster.click();
    await page.waitForURL(/\/authorities\/westminster$/);
    expect(await page.locator("h1").textContent()).toBe("Westminster");
    // Back to the overview in the app (an RSC request for `/`, which the kept page must not answer).
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Overview" })
      .click();
    await page.waitForURL(/\/$/);
    await page
      .locator('[data-table="authorities"] tbody tr[data-gss="E09000033"]')
      .waitFor();
    await page.close();
  });

  it("shows the real boundaries with a shape for each authority when switched", async () => {
    const page = await open("/?map=boundaries&area=help-and-protection");
    const cells = await page
      .locator('svg[data-map="boundaries"] a[data-gss]')
      .count();
    expect(cells).toBe(153);
    expect(
      await page.locator('.switch a[aria-current="true"]').allTextContents(),
    ).toEqual(
      expect.arrayContaining([
        "(selected) Help and protection",
        "(selected) Real boundaries",
      ]),
    );
    await page.close();
  });

  it("shows Hammersmith and Fulham's 2019 and 2024 judgements with quotes from the seed articles", async () => {
    const page = await open("/authorities/hammersmith-and-fulham");
    expect(await page.locator("h1").textContent()).toBe(
      "Hammersmith and Fulham",
    );
    for (const [year, seed] of [
      ["2019", "000_30c3f522f41d54ac.txt"],
      ["2024", "004_08d08192bdc808de.txt"],
    ] as const) {
      const card = page.locator("article.inspection").filter({
        has: page.locator("h3", {
          hasText: new RegExp(`Standard inspection, .*${year}`),
        }),
      });
      await expect
        .poll(() => card.count(), { message: `a ${year} standard inspection` })
        .toBe(1);
      const overall = card.locator('li[data-area="overall-effectiveness"]');
      expect(await overall.count(), `${year} overall judgement`).toBe(1);
      const quote = overall
        .locator('blockquote[data-evidence="article"]')
        .first();
      expect(
        await quote.count(),
        `${year} overall judgement quotes an article`,
      ).toBe(1);
      const link = quote.locator("a");
      expect(await link.textContent()).toContain(seed);
      // The quote's link opens the source with those words highlighted.
      const quoted =
        ((await quote.textContent()) ?? "").replace(/^“/, "").split("” ")[0] ??
        "";
      const href = (await link.getAttribute("href")) ?? "";
      const target = await open(href);
      const anchor = decodeURIComponent(href.split("#")[1] ?? "");
      const mark = target.locator(`[id="${anchor}"]`);
      expect(await mark.count()).toBe(1);
      expect(((await mark.textContent()) ?? "").trim().length).toBeGreaterThan(
        0,
      );
      expect(quoted.length).toBeGreaterThan(3);
      expect(
        (await target.locator("[data-doc-text]").textContent()) ?? "",
      ).toContain(quoted);
      await target.close();
    }
    // Partnerships with sourced dates, and when the next inspection is due after the 2024 one.
    expect(await page.locator("[data-partnerships]").textContent()).toContain(
      "Tri-borough",
    );
    expect(await page.locator("[data-next-inspection]").textContent()).toMatch(
      /short inspection, due between 11 March 2026 and 11 March 2027/,
    );
    const grades2024 = page
      .locator("article.inspection")
      .filter({
        has: page.locator("h3", { hasText: /Standard inspection, .*2024/ }),
      })
      .locator('li[data-area="overall-effectiveness"]');
    expect(await grades2024.getAttribute("data-grade")).toBe("outstanding");
    await page.close();
  });

  it("saves a pasted article after a preview, and its grades appear on the authority's page", async () => {
    // The bare overview is kept in memory per database revision; a save changes the revision.
    const barnetRow = async () => {
      const overview = await open("/");
      const text =
        (await overview.locator('tr[data-gss="E09000003"]').textContent()) ??
        "";
      await overview.close();
      return text;
    };
    await fetch(server.url + "/");
    const kept = await fetch(server.url + "/");
    expect(kept.headers.get("x-csi-page")).toBe("kept");
    expect(await barnetRow()).not.toContain("Jan 2026");
    const page = await open("/ingest");
    await page.getByLabel("Article or report text").fill(NEW_ARTICLE);
    await page
      .getByLabel("Where it is from (optional)")
      .fill("barnet-2026-test-article");
    await page
      .getByRole("button", { name: "Preview (nothing is saved)" })
      .click();
    const preview = page.locator("[data-preview]");
    await preview.waitFor();
    expect(await preview.locator("h3").allTextContents()).toContain("Barnet");
    await page.getByRole("button", { name: "Save document" }).click();
    await page.locator('[data-outcome="stored"]').waitFor();
    const barnet = await open("/authorities/barnet");
    const card = barnet
      .locator("article.inspection")
      .filter({ has: barnet.locator("h3", { hasText: /January 2026/ }) });
    expect(await card.count()).toBe(1);
    expect(
      await card
        .locator('li[data-area="overall-effectiveness"]')
        .getAttribute("data-grade"),
    ).toBe("outstanding");
    expect(await card.locator("blockquote").first().textContent()).toContain(
      "barnet-2026-test-article",
    );
    expect(await barnetRow()).toContain("Jan 2026");
    await barnet.close();
    await page.close();
  });

  it("serves the kept overview until another process writes to the database", async () => {
    const documents = async () => {
      const response = await fetch(server.url + "/");
      const html = await response.text();
      return {
        kept: response.headers.get("x-csi-page"),
        count: Number(/(\d+) source documents?/.exec(html)?.[1]),
      };
    };
    const before = await documents();
    expect((await documents()).kept).toBe("kept");
    // Another process (the CLI, say) writes straight to the database file.
    const other = await openStore({ path: server.dbPath, loadCorpus: false });
    try {
      await createCaller(createContext({ store: other })).document.ingest({
        source: "written-elsewhere.txt",
        content:
          "Published 2 February 2026. Ofsted has rated Bury Council's children's services good following an inspection in December 2025.",
      });
    } finally {
      other.close();
    }
    const after = await documents();
    expect(after.count).toBe(before.count + 1);
  });

  it("sends the kept overview under 350 kB, compressed when the client accepts it, and 304 when it is held", async () => {
    const response = await fetch(server.url + "/", {
      headers: { "accept-encoding": "gzip" },
    });
    expect(response.headers.get("x-csi-page")).toBe("kept");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    const html = await response.text();
    expect(html.length).toBeLessThan(350 * 1024);
    // Each authority's data travels once: its name is in the table, the map cell's label and the data.
    expect(html.split("Barking and Dagenham").length - 1).toBeLessThanOrEqual(
      3,
    );
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^"/);
    const again = await fetch(server.url + "/", {
      headers: { "if-none-match": etag ?? "" },
    });
    expect(again.status).toBe(304);
  });

  it("refuses empty, unsupported and oversized input with a message, and previews an HTML file", async () => {
    const page = await open("/ingest");
    await page
      .getByRole("button", { name: "Preview (nothing is saved)" })
      .click();
    expect(await page.locator("[data-error]").textContent()).toMatch(/empty/);
    await page.getByLabel("Upload a file").check();
    await page.getByLabel(/^File/).setInputFiles({
      name: "notes.docx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("x"),
    });
    await page
      .getByRole("button", { name: "Preview (nothing is saved)" })
      .click();
    expect(await page.locator("[data-error]").textContent()).toMatch(
      /not a supported file type/,
    );
    await page.getByLabel(/^File/).setInputFiles({
      name: "big.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.alloc(6 * 1024 * 1024, 0x20),
    });
    await page
      .getByRole("button", { name: "Preview (nothing is saved)" })
      .click();
    expect(await page.locator("[data-error]").textContent()).toMatch(
      /is 6\.0 MB; the limit is 5\.0 MB/,
    );
    // An HTML file is read for its text; its script is never run.
    await page.getByLabel(/^File/).setInputFiles({
      name: "sutton.html",
      mimeType: "text/html",
      buffer: Buffer.from(
        "<html><head><title>Sutton children's services rated good</title></head><body>" +
          "<p>Ofsted has rated Sutton Council's children's services good following an inspection in May 2025.</p>" +
          "<script>alert('html upload')</script></body></html>",
      ),
    });
    await page
      .getByRole("button", { name: "Preview (nothing is saved)" })
      .click();
    await page.locator("[data-preview]").waitFor();
    expect(await page.locator("[data-error]").count()).toBe(0);
    expect(await page.locator("[data-preview] h3").allTextContents()).toContain(
      "Sutton",
    );
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("downloads exactly the rows the filtered table shows, as CSV and as JSON", async () => {
    const page = await open("/?region=London&sort=overall&dir=asc");
    const shown = await page
      .locator('[data-table="authorities"] tbody tr[data-gss]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-gss")));
    expect(shown).toHaveLength(33);
    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('a[data-export="csv"]').click(),
    ]);
    const csv = readFileSync((await csvDownload.path()) ?? "", "utf8")
      .trim()
      .split("\r\n");
    expect(csv[0]?.split(",").slice(0, 3)).toEqual([
      "gss",
      "la_code",
      "authority",
    ]);
    expect(csv.slice(1).map((line) => line.split(",")[0])).toEqual(shown);
    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('a[data-export="json"]').click(),
    ]);
    const json = JSON.parse(
      readFileSync((await jsonDownload.path()) ?? "", "utf8"),
    ) as { rows: { gss: string }[] };
    expect(json.rows.map((r) => r.gss)).toEqual(shown);
    await page.close();
  });

  it("shows a grade that sources disagree on with both sides, instead of picking one", async () => {
    // Croydon's register row says good for its October 2024 inspection; this invented article says inadequate.
    const outcome = await post<{ status: string }>("document.ingest", {
      content:
        "Croydon children's services rated inadequate\n\nTuesday, 3 December 2024\n\n" +
        "Ofsted has rated Croydon Council's children's services inadequate following an inspection in October 2024.\n",
      source: "croydon-conflict-test",
    });
    expect(outcome.status).toBe("stored");
    const page = await open("/authorities/croydon");
    const disputed = page.locator(
      'li[data-area="overall-effectiveness"][data-grade="disputed"]',
    );
    expect(await disputed.count()).toBe(1);
    const text = (await disputed.textContent()) ?? "";
    expect(text).toContain("Sources disagree");
    expect(text).toMatch(
      /Inadequate.*croydon-conflict-test|croydon-conflict-test.*Inadequate/s,
    );
    expect(text).toMatch(/Good\s*says the register/);
    await page.close();
  });

  it("links each fact on a document page to its highlighted words and back", async () => {
    const list = await get<{ items: { id: string; source: string }[] }>(
      "document.list",
      { kind: "article", limit: 50, offset: 0 },
    );
    const seed = list.items.find(
      (d) => d.source === "004_08d08192bdc808de.txt",
    );
    expect(seed).toBeDefined();
    const page = await open(`/documents/${seed?.id ?? ""}`, 1280);
    const factLink = page.locator(".fact a").first();
    const href = (await factLink.getAttribute("href")) ?? "";
    expect(href).toMatch(/^#e-\d+-\d+$/);
    await factLink.click();
    await page.waitForURL(new RegExp(`${href}$`));
    const mark = page.locator(`[id="${href.slice(1)}"]`);
    await expect.poll(() => mark.isVisible()).toBe(true);
    expect(
      await mark.evaluate(
        (el) =>
          el.getBoundingClientRect().top >= 0 &&
          el.getBoundingClientRect().bottom <= window.innerHeight,
      ),
    ).toBe(true);
    // The highlighted words link back to the fact they support.
    const back = page.locator("a.evidence-link").first();
    const factHref = (await back.getAttribute("href")) ?? "";
    expect(factHref).toMatch(/^#f-\d+$/);
    await back.click();
    await page.waitForURL(new RegExp(`${factHref}$`));
    expect(
      await page
        .locator(factHref)
        .evaluate((el) => el.getBoundingClientRect().top < window.innerHeight),
    ).toBe(true);
    await page.close();
  });

  it("finds documents by their words and highlights the match", async () => {
    const page = await open("/search?q=retained");
    expect(await page.locator("[data-results] > li").count()).toBeGreaterThan(
      0,
    );
    expect(
      (
        await page.locator("[data-results] mark").first().textContent()
      )?.toLowerCase(),
    ).toBe("retained");
    const bad = await open("/search?q=%22unclosed");
    expect(await bad.locator('.callout[role="alert"]').textContent()).toMatch(
      /not valid/,
    );
    await bad.close();
    await page.close();
  });

  it("renders markup and javascript: links in a document as inert text", async () => {
    const outcome = await post<{ status: string; document: { id: string } }>(
      "document.ingest",
      {
        content: HOSTILE_TEXT,
        source: "javascript:window.__csiPwned='source'",
        format: "text",
      },
    );
    expect(outcome.status).toBe("stored");
    const page = await open(`/documents/${outcome.document.id}`);
    const text = (await page.locator("[data-doc-text]").textContent()) ?? "";
    expect(text).toContain('<script>window.__csiPwned = "script"</script>');
    expect(text).toContain("javascript:window.__csiPwned='link'");
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator("img[onerror]").count()).toBe(0);
    expect(
      await page.evaluate(
        () => (window as unknown as { __csiPwned?: string }).__csiPwned,
      ),
    ).toBeUndefined();
    await page.locator("[data-doc-text]").click();
    expect(
      await page.evaluate(
        () => (window as unknown as { __csiPwned?: string }).__csiPwned,
      ),
    ).toBeUndefined();
    const search = await open("/search?q=csiPwned");
    expect(await search.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(
      await search.evaluate(
        () => (window as unknown as { __csiPwned?: string }).__csiPwned,
      ),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    await search.close();
    await page.close();
  });

  it("serves the read pages without JavaScript", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(`${server.url}/?area=care-leavers&region=London`);
      // Visible, not just present: streamed content stays hidden without JavaScript.
      expect(await page.locator('[data-table="authorities"]').isVisible()).toBe(
        true,
      );
      expect(
        await page.locator('[data-table="authorities"] tbody tr').count(),
      ).toBe(33);
      expect(
        await page.locator('svg[data-map="hex"] a[data-gss]').count(),
      ).toBe(153);
      await page.locator('select[name="region"]').selectOption("North East");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await page.waitForURL(/region=North\+East/);
      expect(
        await page.locator('[data-table="authorities"] tbody tr').count(),
      ).toBe(12);
      await page.goto(`${server.url}/authorities/E09000013`);
      expect(await page.locator("article.inspection").first().isVisible()).toBe(
        true,
      );
      expect(await page.locator("article.inspection").count()).toBeGreaterThan(
        1,
      );
      await page.goto(`${server.url}/documents`);
      expect(await page.locator('[data-table="documents"]').isVisible()).toBe(
        true,
      );
    } finally {
      await noJs.close();
    }
  });

  it("explains an unknown authority with a 404 page", async () => {
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/authorities/narnia`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("No authority found");
    await page.close();
  });

  it("keeps the overview's first-load JavaScript under 200 kB (compressed, as transferred)", async () => {
    // A fresh context has an empty cache, so every script is transferred and counted.
    const fresh = await browser.newContext();
    try {
      const page = await fresh.newPage();
      await page.goto(server.url + "/", { waitUntil: "networkidle" });
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .filter(
            (e): e is PerformanceResourceTiming =>
              e instanceof PerformanceResourceTiming &&
              e.initiatorType === "script",
          )
          .map((e) => ({ name: e.name, bytes: e.encodedBodySize })),
      );
      const total = scripts.reduce((n, s) => n + s.bytes, 0);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.every((s) => s.bytes > 0)).toBe(true);
      expect(
        total,
        scripts.map((s) => `${s.bytes} ${s.name}`).join("\n"),
      ).toBeLessThan(200 * 1024);
    } finally {
      await fresh.close();
    }
  });

  const PAGES: readonly [
    name: string,
    path: string | (() => Promise<string>),
  ][] = [
    ["overview", "/"],
    ["overview-boundaries", "/?map=boundaries&area=children-in-care"],
    [
      "overview-filtered",
      "/?region=London&grade=outstanding&sort=date&dir=desc",
    ],
    ["authority", "/authorities/hammersmith-and-fulham"],
    ["authority-not-found", "/authorities/narnia"],
    ["documents", "/documents"],
    [
      "document",
      async () => {
        const list = await get<{ items: { id: string; source: string }[] }>(
          "document.list",
          { kind: "article", limit: 50, offset: 0 },
        );
        const seed = list.items.find(
          (d) => d.source === "000_30c3f522f41d54ac.txt",
        );
        return `/documents/${seed?.id ?? "missing"}`;
      },
    ],
    ["ingest", "/ingest"],
    ["search", "/search?q=inspection"],
  ];

  it.each(PAGES)(
    "passes an axe scan of %s and saves screenshots at 1280 and 375 px",
    async (name, path) => {
      const url = typeof path === "string" ? path : await path();
      const problems: string[] = [];
      for (const width of [1280, 375]) {
        const page = await open(url, width);
        await page.waitForLoadState("networkidle");
        if (width === 1280) {
          const results = await new AxeBuilder({ page })
            .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
            .analyze();
          for (const v of results.violations) {
            if (v.impact === "serious" || v.impact === "critical") {
              problems.push(
                `${v.id} (${v.impact}) ${v.help}: ${v.nodes
                  .map((n) => n.target.join(" "))
                  .slice(0, 3)
                  .join(", ")}`,
              );
            }
          }
        } else {
          // Nothing may push the page sideways at phone width; wide tables scroll inside their own box.
          const overflow = await page.evaluate(
            () =>
              document.documentElement.scrollWidth -
              document.documentElement.clientWidth,
          );
          if (overflow > 1)
            problems.push(
              `the page scrolls sideways by ${overflow} px at 375 px wide`,
            );
        }
        await page.screenshot({
          path: join(ARTIFACTS, `${name}-${width}.png`),
          fullPage: true,
        });
        await page.close();
      }
      expect(problems).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    90_000,
  );
});

describe("dashboard reached from another computer", () => {
  const TOKEN = "web-test-token-7d2e";
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    // Bound to loopback for the test, but told it serves a network address: no request counts as
    // local, so every write needs the token.
    server = await startServer({
      env: { CSI_HOST: "192.0.2.10", CSI_WRITE_TOKEN: TOKEN },
    });
    browser = await chromium.launch({
      executablePath: process.env.CSI_CHROMIUM ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it("refuses a save without the write token, says why, and saves once the token is given", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ingest`, { waitUntil: "load" });
    await page.getByLabel("Article or report text").fill(NEW_ARTICLE);
    await page
      .getByRole("button", { name: "Preview (nothing is saved)" })
      .click();
    await page.locator("[data-preview]").waitFor();
    await page.getByRole("button", { name: "Save document" }).click();
    const error = page.locator("[data-error]");
    await error.waitFor();
    expect(await error.textContent()).toContain("CSI_WRITE_TOKEN");
    await page.getByLabel("Write token", { exact: true }).fill(TOKEN);
    await page.getByRole("button", { name: "Save document" }).click();
    await page.locator('[data-outcome="stored"]').waitFor();
    await page.close();
  });
});
