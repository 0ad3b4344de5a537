import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvCell, parseCsv } from "../internal/csv";
import { registerCsv, writeArticle } from "../test/fixtures";
import { openTempStore, type TempStore } from "../test/temp-store";

const HOSTILE =
  '=HYPERLINK("http://example.invalid","x") Barnet was rated good, inspectors said.';

describe("export router", () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore({ loadCorpus: false });
    await t.caller.register.import({
      name: "snapshot.csv",
      csv: registerCsv([
        {
          authority: "Barnet",
          start: "2024-06-10",
          end: "2024-06-14",
          published: "2024-07-23",
          grades: ["good", "good", "outstanding", "good", "good"],
        },
        {
          authority: "Leeds",
          start: "2022-11-14",
          grades: ["good", "good", "good", "", ""],
        },
      ]),
    });
    writeArticle(t.store, "hostile.txt", HOSTILE, [
      {
        authority: "Barnet",
        date: "2024-06",
        quote: HOSTILE,
        grades: [["overall-effectiveness", "good", HOSTILE]],
      },
    ]);
  });
  afterAll(() => t.cleanup());

  it("exports one CSV row per judgement under a header", async () => {
    const exported = await t.caller.export.judgements();
    expect(exported).toMatchObject({
      format: "csv",
      filename: "csi-judgements-all.csv",
      contentType: "text/csv; charset=utf-8",
      rowCount: 8,
    });
    const [header, ...rows] = parseCsv(exported.body);
    expect(header?.cells.map((c) => c.value)).toEqual([
      "gss",
      "la_code",
      "authority",
      "region",
      "inspection_id",
      "type",
      "framework",
      "date",
      "end_date",
      "published",
      "area",
      "grade",
      "source_count",
      "conflict_count",
      "citations",
      "evidence",
    ]);
    expect(rows).toHaveLength(8);
    const leeds = rows
      .filter((r) => r.cells[2]?.value === "Leeds")
      .map((r) => [r.cells[10]?.value, r.cells[11]?.value]);
    expect(leeds).toEqual([
      ["overall-effectiveness", "good"],
      ["help-and-protection", "good"],
      ["children-in-care-and-care-leavers", "good"],
    ]);
    const barnetOverall = rows.find(
      (r) =>
        r.cells[2]?.value === "Barnet" &&
        r.cells[10]?.value === "overall-effectiveness",
    );
    expect(barnetOverall?.cells.map((c) => c.value).slice(0, 10)).toEqual([
      "E09000003",
      "302",
      "Barnet",
      "London",
      "E09000003/standard-inspection/2024-06-10",
      "standard-inspection",
      "ilacs-2023",
      "2024-06-10",
      "2024-06-14",
      "2024-07-23",
    ]);
    expect(barnetOverall?.cells[12]?.value).toBe("2");
    expect(barnetOverall?.cells[14]?.value).toBe(
      "register:snapshot.csv#L2 | hostile.txt",
    );
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const { body } = await t.caller.export.judgements({
      authority: "Barnet",
      area: "overall-effectiveness",
    });
    expect(body).not.toMatch(/(^|,)=HYPERLINK/m);
    const rows = parseCsv(body).slice(1);
    const evidence = rows.map((r) => r.cells[15]?.value);
    expect(evidence).toContain(`'${HOSTILE}`);
  });

  it("exports JSON with the evidence of each judgement", async () => {
    const exported = await t.caller.export.judgements({
      format: "json",
      authority: "Leeds",
    });
    expect(exported).toMatchObject({
      format: "json",
      contentType: "application/json",
      rowCount: 3,
    });
    const rows = JSON.parse(exported.body) as {
      area: string;
      evidence: { quote: string }[];
    }[];
    expect(rows.map((r) => r.area)).toEqual([
      "overall-effectiveness",
      "help-and-protection",
      "children-in-care-and-care-leavers",
    ]);
    expect(rows[0]?.evidence[0]?.quote).toMatch(
      /^383,E08000035,Leeds,2022-11-14/,
    );
  });

  it("keeps only each authority's latest graded inspection with scope latest", async () => {
    const latest = await t.caller.export.judgements({
      scope: "latest",
      format: "json",
    });
    const ids = new Set(
      (JSON.parse(latest.body) as { inspectionId: string }[]).map(
        (r) => r.inspectionId,
      ),
    );
    expect([...ids].sort()).toEqual([
      "E08000035/standard-inspection/2022-11-14",
      "E09000003/standard-inspection/2024-06-10",
    ]);
  });
});

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["=1+2", "'=1+2"],
    ["+44 20", "'+44 20"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\r=1", '"\'\r=1"'],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    [null, ""],
    [3, "3"],
    [-3, "-3"],
  ] as const)("writes %j as %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
