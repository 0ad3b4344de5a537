// Documents built to break a reader: each must be answered with a result or a clear error. A hang
// fails the test through its timeout (wall-clock assertions would be flaky on a busy machine).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Inspection } from "@csi/domain";
import { parseDocument, type ParseResult } from "@csi/parser";
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDocument, type IngestOutcome } from "../ingest/ingest-document";
import { ingestPaths } from "../ingest/ingest-paths";
import { MAX_DOCUMENT_BYTES } from "../ingest/limits";
import { contentHash } from "../internal/bytes";
import { openTempStore, type TempStore } from "../test/temp-store";

const MB = 1024 * 1024;

const ARTICLE = [
  "Westminster children's services rated good",
  "",
  "Ofsted inspected Westminster City Council's children's services in March 2019.",
  "Inspectors judged the council's children's services to be good overall.",
  "",
].join("\n");

/** What ARTICLE states, and all it states. */
const WESTMINSTER_GOOD = [
  {
    gss: "E09000033",
    type: "standard-inspection",
    date: "2019-03",
    judgements: [{ area: "overall-effectiveness", grade: "good" }],
  },
];

/** The facts without their evidence, for comparing what two readings found. */
function factsOf(inspections: readonly Inspection[]) {
  return inspections.map((i) => ({
    gss: i.authority.gss,
    type: i.type,
    date: i.date,
    judgements: i.judgements.map((j) => ({ area: j.area, grade: j.grade })),
  }));
}

function expectEvidenceQuotesText(result: ParseResult): void {
  const evidence = result.inspections.flatMap((i) => [
    ...i.evidence,
    ...i.judgements.flatMap((j) => j.evidence),
  ]);
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence)
    expect(result.text.slice(e.start, e.end)).toBe(e.quote);
}

/** xorshift32: the same bytes on every run. */
function seededBytes(length: number, seed: number): Uint8Array {
  let x = seed;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

async function rectanglePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({
    x: 50,
    y: 500,
    width: 300,
    height: 200,
    color: rgb(0.1, 0.3, 0.6),
  });
  return pdf.save({ useObjectStreams: false });
}

async function textPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  ARTICLE.split("\n").forEach((line, index) => {
    page.drawText(line, { x: 40, y: 780 - index * 16, size: 10, font });
  });
  return pdf.save({ useObjectStreams: false });
}

// Generous: a document that makes a reader hang fails here instead of stalling the run.
describe("hostile documents", { timeout: 60_000 }, () => {
  let t: TempStore;
  let dir: string;
  beforeAll(async () => {
    t = await openTempStore({ loadCorpus: false });
    dir = mkdtempSync(join(tmpdir(), "csi-hostile-test-"));
  });
  afterAll(() => {
    t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Asserts a stored document states WESTMINSTER_GOOD, with every span quoting its stored text. */
  async function expectStoredWestminsterGood(
    outcome: IngestOutcome,
  ): Promise<string> {
    expect(outcome.status, JSON.stringify(outcome)).toBe("stored");
    if (outcome.status !== "stored") return "";
    expect(outcome.authorities).toEqual(["E09000033"]);
    const document = await t.caller.document.byId({ id: outcome.document.id });
    expect(document.spans.length).toBeGreaterThan(0);
    for (const span of document.spans)
      expect(document.text.slice(span.start, span.end)).toBe(span.quote);
    const graded = document.spans
      .filter((s) => s.grade !== undefined)
      .map((s) => `${s.authority.gss} ${s.area} ${s.grade}`);
    expect(graded.length).toBeGreaterThan(0);
    expect(new Set(graded)).toEqual(
      new Set(["E09000033 overall-effectiveness good"]),
    );
    return document.text;
  }

  describe("a 10 MB single line", () => {
    const filler =
      "The council's annual report describes services for families across the borough in some detail. ";
    const line = (
      ARTICLE.replace(/\n+/g, " ") +
      filler.repeat(Math.ceil((10 * MB) / filler.length))
    ).slice(0, 10 * MB);

    it("is refused by the api with an error naming the 5 MB limit", async () => {
      expect(line).toHaveLength(10 * MB);
      expect(line).not.toContain("\n");
      await expect(
        t.caller.document.parse({ content: line, source: "line.txt" }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(/the content is over the 5 MB limit/),
      });
      expect(
        await ingestDocument(t.store, { content: line, source: "line.txt" }),
      ).toEqual({
        status: "skipped",
        source: "line.txt",
        reason: "10,485,760 bytes is over the 5 MB limit",
      });
      const file = join(dir, "line.txt");
      writeFileSync(file, line);
      expect((await ingestPaths(t.store, [file])).outcomes).toEqual([
        {
          status: "skipped",
          source: file,
          reason: "10,485,760 bytes is over the 5 MB limit",
        },
      ]);
    });

    it("is read by the parser itself, which finds the article at its start", async () => {
      const result = await parseDocument(line, { source: "line.txt" });
      expect(result.text).toBe(line);
      expect(factsOf(result.inspections)).toEqual(WESTMINSTER_GOOD);
      expectEvidenceQuotesText(result);
    });

    it("is read by the parser when it is one 10 MB word", async () => {
      const word = "x".repeat(10 * MB);
      const result = await parseDocument(word, { source: "word.txt" });
      expect(result.text).toHaveLength(10 * MB);
      expect(result.inspections).toEqual([]);
    });
  });

  describe("a document over the size limit", () => {
    // 2,000,000 characters, 6,000,000 bytes in UTF-8: the limit is on bytes.
    const euros = "€".repeat(2_000_000);

    it("is refused by a dry run with PAYLOAD_TOO_LARGE naming its size and the limit", async () => {
      await expect(
        t.caller.document.parse({ content: euros, source: "euros.txt" }),
      ).rejects.toMatchObject({
        code: "PAYLOAD_TOO_LARGE",
        message:
          "euros.txt is 6,000,000 bytes, over the 5 MB limit; send a smaller document",
      });
      await expect(
        t.caller.document.parse({
          content: base64(new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(97)),
          encoding: "base64",
          source: "big.txt",
        }),
      ).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    });

    it("is skipped by ingest with a reason naming its size and the limit", async () => {
      expect(
        await t.caller.document.ingest({ content: euros, source: "euros.txt" }),
      ).toEqual({
        status: "skipped",
        source: "euros.txt",
        reason: "6,000,000 bytes is over the 5 MB limit",
      });
      expect(
        await t.caller.document.ingest({
          content: base64(new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(97)),
          encoding: "base64",
          source: "big.txt",
        }),
      ).toMatchObject({
        status: "skipped",
        reason: "5,242,881 bytes is over the 5 MB limit",
      });
    });
  });

  describe("100,000 repeated grade words after an article", () => {
    it.each([
      ["one word", "outstanding "],
      ["every grade", "good inadequate requires improvement outstanding "],
      ["sentences", "Inadequate. "],
    ])(
      "%s: stores the article's one judgement and nothing from the words",
      async (_name, unit) => {
        const words = unit.trim().split(/\s+/).length;
        const content = ARTICLE + unit.repeat(100_000 / words);
        const outcome = await t.caller.document.ingest({
          content,
          source: `grade-words-${words}.txt`,
        });
        const text = await expectStoredWestminsterGood(outcome);
        expect(text).toBe(content);
        const detail = await t.caller.document.byId({
          id: outcome.status === "stored" ? outcome.document.id : "",
        });
        // Bounded output: not a diagnostic per word.
        expect(detail.diagnostics.length).toBeLessThanOrEqual(1000);
      },
    );

    it("leaves the document searchable", async () => {
      const found = await t.caller.search.query({ q: "outstanding" });
      expect(found.hits.map((h) => h.document.source)).toContain(
        "grade-words-1.txt",
      );
    });
  });

  describe("deeply nested HTML", () => {
    const paragraphs = ARTICLE.split("\n")
      .map((line) => `<p>${line}</p>`)
      .join("");
    it.each([
      [
        "100,000 nested <div>s around the article",
        `<!doctype html><html><body>${"<div>".repeat(100_000)}${paragraphs}${"</div>".repeat(100_000)}</body></html>`,
      ],
      [
        "100,000 <div>s never closed",
        `<!doctype html><html><body>${"<div>".repeat(100_000)}${paragraphs}`,
      ],
      [
        "100,000 nested <span>s after the article",
        `<!doctype html><html><body>${paragraphs}${"<span><b>".repeat(50_000)}end`,
      ],
    ])("%s: reads the article", async (name, html) => {
      const outcome = await t.caller.document.ingest({
        content: html,
        source: `${name}.html`,
      });
      expect(outcome).toMatchObject({ document: { format: "html" } });
      await expectStoredWestminsterGood(outcome);
    });
  });

  describe("binary data", () => {
    const noise = seededBytes(64 * 1024, 0x5eed);

    it("is skipped as binary by every way in", async () => {
      expect(noise.includes(0)).toBe(true);
      const binary = "it is a binary file, not text, HTML or PDF";
      expect(
        await ingestDocument(t.store, { content: noise, source: "noise" }),
      ).toEqual({ status: "skipped", source: "noise", reason: binary });
      expect(
        await t.caller.document.ingest({
          content: base64(noise),
          encoding: "base64",
          source: "noise",
        }),
      ).toEqual({ status: "skipped", source: "noise", reason: binary });
      const folder = join(dir, "binary");
      mkdirSync(folder);
      for (const name of ["noise.txt", "noise.html", "noise.pdf"]) {
        writeFileSync(join(folder, name), noise);
      }
      const summary = await ingestPaths(t.store, [folder]);
      expect(summary.outcomes).toEqual(
        ["noise.html", "noise.pdf", "noise.txt"].map((name) => ({
          status: "skipped",
          source: join(folder, name),
          reason: binary,
        })),
      );
      expect(t.store.documentSummary(contentHash(noise))).toBeUndefined();
    });

    it("gives a dry run with no facts", async () => {
      const result = await t.caller.document.parse({
        content: base64(noise),
        encoding: "base64",
        source: "noise",
      });
      expect(result.inspections).toEqual([]);
    });

    it("without NUL bytes is read as Windows-1252 text and stored with no facts", async () => {
      const bytes = noise.map((b) => (b === 0 ? 1 : b));
      const outcome = await ingestDocument(t.store, {
        content: bytes,
        source: "noise-no-nul",
      });
      expect(outcome).toMatchObject({
        status: "stored",
        document: { inspectionCount: 0 },
      });
      const document = await t.caller.document.byId({
        id: contentHash(bytes),
      });
      expect(document.text).toHaveLength(bytes.length);
    });
  });

  describe("a PDF that is not text", () => {
    const noText =
      "the PDF has no text to read (a scan without a text layer, or a damaged file)";

    it("skips a valid PDF with no text layer, and a dry run warns", async () => {
      const pdf = await rectanglePdf();
      expect(
        await ingestDocument(t.store, { content: pdf, source: "scan.pdf" }),
      ).toEqual({ status: "skipped", source: "scan.pdf", reason: noText });
      const result = await t.caller.document.parse({
        content: base64(pdf),
        encoding: "base64",
        source: "scan.pdf",
      });
      expect(result).toMatchObject({ format: "pdf", inspections: [] });
      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({
          severity: "warning",
          message: expect.stringMatching(/no text layer/),
        }),
      );
      expect(t.store.documentSummary(contentHash(pdf))).toBeUndefined();
    });

    it.each([
      [
        "a %PDF header then noise",
        () =>
          Promise.resolve(
            new Uint8Array([
              ...new TextEncoder().encode("%PDF-1.7\n"),
              ...seededBytes(4096, 7),
            ]),
          ),
      ],
      [
        "only a %PDF header",
        () => Promise.resolve(new TextEncoder().encode("%PDF-")),
      ],
      [
        "a text PDF cut in half",
        async () => {
          const pdf = await textPdf();
          return pdf.subarray(0, Math.floor(pdf.length / 2));
        },
      ],
    ])("skips %s with the same reason", async (name, make) => {
      const bytes = await make();
      expect(
        await ingestDocument(t.store, { content: bytes, source: name }),
      ).toEqual({ status: "skipped", source: name, reason: noText });
    });

    it("skips it in a folder too, and still reads a PDF with text", async () => {
      const folder = join(dir, "pdfs");
      mkdirSync(folder);
      writeFileSync(join(folder, "a-scan.pdf"), await rectanglePdf());
      writeFileSync(join(folder, "b-report.pdf"), await textPdf());
      const summary = await ingestPaths(t.store, [folder]);
      expect(summary.outcomes.map((o) => o.status)).toEqual([
        "skipped",
        "stored",
      ]);
      expect(summary.outcomes[0]).toMatchObject({ reason: noText });
      const stored = summary.outcomes[1];
      if (stored) await expectStoredWestminsterGood(stored);
    });
  });

  describe("invalid UTF-8", () => {
    it("is read as Windows-1252, and its facts quote the decoded text", async () => {
      const [headline = "", ...rest] = ARTICLE.split("\n");
      const bytes = Buffer.concat([
        Buffer.from(`${headline}\n`),
        // A lone continuation byte, an overlong "/", a UTF-16 surrogate encoded in UTF-8, 0xFF.
        Buffer.from("Caf"),
        Buffer.from([0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xff, 0x0a]),
        Buffer.from(rest.join("\n")),
        // A sequence cut short at the end.
        Buffer.from([0xe2, 0x82]),
      ]);
      const text = await expectStoredWestminsterGood(
        await ingestDocument(t.store, {
          content: new Uint8Array(bytes),
          source: "latin.txt",
        }),
      );
      expect(text).toBe(
        `${headline}\nCaf\u20acÀ¯í\u00a0\u20acÿ\n${rest.join("\n")}â\u201a`,
      );
    });

    it("as lone surrogates in a string is stored, and the spans still quote the stored text", async () => {
      const outcome = await t.caller.document.ingest({
        content: `\ud800${ARTICLE}\udc00 end`,
        source: "surrogates.txt",
      });
      await expectStoredWestminsterGood(outcome);
    });
  });

  describe("UTF-16 with a byte order mark", () => {
    const utf16le = new Uint8Array([
      0xff,
      0xfe,
      ...Buffer.from(ARTICLE, "utf16le"),
    ]);
    const utf16be = new Uint8Array([
      0xfe,
      0xff,
      ...Buffer.from(ARTICLE, "utf16le").swap16(),
    ]);

    it.each([
      ["UTF-16LE", utf16le],
      ["UTF-16BE", utf16be],
    ])(
      "%s is decoded and parsed, from bytes and from a file",
      async (name, bytes) => {
        const result = await t.caller.document.parse({
          content: base64(bytes),
          encoding: "base64",
          source: `${name}.txt`,
        });
        expect(result.text).toBe(ARTICLE);
        expect(factsOf(result.inspections)).toEqual(WESTMINSTER_GOOD);
        const file = join(dir, `${name}.txt`);
        writeFileSync(file, bytes);
        const [outcome] = (await ingestPaths(t.store, [file])).outcomes;
        if (!outcome) throw new Error("no outcome");
        expect(await expectStoredWestminsterGood(outcome)).toBe(ARTICLE);
      },
    );
  });

  describe("line ends", () => {
    it.each([
      ["CRLF", "\r\n"],
      ["CR", "\r"],
    ])(
      "%s gives the same facts as LF, with evidence that quotes the text as given",
      async (name, end) => {
        const lf = await parseDocument(ARTICLE, { source: "lf.txt" });
        const content = ARTICLE.replace(/\n/g, end);
        const other = await parseDocument(content, { source: `${name}.txt` });
        expect(other.text).toBe(content);
        expect(factsOf(other.inspections)).toEqual(factsOf(lf.inspections));
        expect(factsOf(other.inspections)).toEqual(WESTMINSTER_GOOD);
        expectEvidenceQuotesText(other);
        const text = await expectStoredWestminsterGood(
          await t.caller.document.ingest({ content, source: `${name}.txt` }),
        );
        expect(text).toBe(content);
      },
    );
  });
});
