import { describe, expect, it } from "vitest";
import { PARSER_VERSION, parseDocument, parseText } from "./parse-document";
import { inspectionsOf } from "./internal/testing";

const article =
  "Wigan children's services rated good\n\nMonday, May 6, 2019\n\nWigan Council's children's services have been rated good by Ofsted.";

describe("parseText", () => {
  it("returns the text, title, date, inspections and version", () => {
    const result = parseText(article, { source: "wigan.txt" });
    expect(result).toMatchObject({
      source: "wigan.txt",
      format: "text",
      text: article,
      title: "Wigan children's services rated good",
      published: "2019-05-06",
      parserVersion: PARSER_VERSION,
    });
    expect(inspectionsOf(result)).toEqual([
      "Wigan|standard-inspection|2019|overall-effectiveness=good",
    ]);
    expect(result.inspections[0]?.judgements[0]?.evidence).toContainEqual({
      source: "wigan.txt",
      start: 59,
      end: 126,
      quote:
        "Wigan Council's children's services have been rated good by Ofsted.",
    });
  });

  it("labels evidence 'input' when no source is given", () => {
    expect(parseText(article).inspections[0]?.evidence[0]?.source).toBe(
      "input",
    );
  });

  it("reads HTML and points evidence into the extracted text", () => {
    const result = parseText(
      `<html><body><article><h1>Wigan rated good</h1><p>Wigan Council&rsquo;s services have been rated good by Ofsted.</p><p>Posted <time datetime="2019-05-06">6 May</time></p></article></body></html>`,
    );
    expect(result.format).toBe("html");
    expect(result.title).toBe("Wigan rated good");
    expect(result.published).toBe("2019-05-06");
    const evidence = result.inspections[0]!.judgements[0]!.evidence[0]!;
    expect(result.text.slice(evidence.start, evidence.end)).toBe(
      evidence.quote,
    );
  });

  it("uses the published option when the text has no date", () => {
    expect(
      parseText("Ofsted rated Wigan good.", { published: "2021-03-01" })
        .inspections[0]?.date,
    ).toBe("2021");
  });

  it("throws only for invalid options", () => {
    expect(() => parseText("x", { format: "docx" as "text" })).toThrow(
      TypeError,
    );
    expect(() => parseText("x", { format: "pdf" })).toThrow(TypeError);
  });

  it.each([
    "",
    " ",
    "\u0000\uffff\ud800",
    "<".repeat(1000),
    "good ".repeat(500),
    "Ofsted rated good good good 2019 2019.",
  ])("does not throw on %j", (input) => {
    expect(() => parseText(input)).not.toThrow();
  });
});

describe("parseDocument", () => {
  it("decodes bytes and detects HTML", async () => {
    const bytes = new TextEncoder().encode(
      `<!doctype html><p>Wigan Council's services have been rated good by Ofsted.</p><p>Published 6 May 2019</p>`,
    );
    const result = await parseDocument(bytes, { source: "page.html" });
    expect(result.format).toBe("html");
    expect(inspectionsOf(result)).toEqual([
      "Wigan|standard-inspection|2019|overall-effectiveness=good",
    ]);
  });

  it("parses a string like parseText", async () => {
    expect(await parseDocument(article)).toEqual(parseText(article));
  });

  it("warns about a PDF with no text", async () => {
    const result = await parseDocument(
      new TextEncoder().encode("%PDF-1.4 broken"),
    );
    expect(result.format).toBe("pdf");
    expect(result.inspections).toEqual([]);
    expect(result.diagnostics.at(-1)?.severity).toBe("warning");
  });
});
