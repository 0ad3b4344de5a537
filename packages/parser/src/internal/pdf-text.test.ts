import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";
import { extractPdfText } from "./pdf-text";

/** A two-page ILACS report front page like Ofsted's, with a two-column judgement table. */
async function reportPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const line = (text: string, x: number, y: number, size = 11): void =>
    page.drawText(text, { x, y, size, font });
  line("Inspection of Wirral local authority children's services", 50, 780, 14);
  line("Inspection dates: 10 to 21 June 2024", 50, 750);
  line("Lead inspector: A. Inspector, His Majesty's Inspector", 50, 734);
  line("Judgement", 50, 700);
  line("Grade", 420, 700);
  line("The impact of leaders on social work practice with", 50, 680);
  line("Good", 420, 680);
  line("children and families", 50, 666);
  line("The experiences and progress of children who need help", 50, 646);
  line("Requires improvement", 420, 646);
  line("and protection", 50, 632);
  line("to be good", 420, 632);
  line("The experiences and progress of children in care", 50, 612);
  line("Good", 420, 612);
  line("The experiences and progress of care leavers", 50, 592);
  line("Good", 420, 592);
  line("Overall effectiveness", 50, 572);
  line("Good", 420, 572);
  const second = pdf.addPage([595, 842]);
  second.drawText("Leaders know their services well.", {
    x: 50,
    y: 780,
    size: 11,
    font,
  });
  return pdf.save();
}

describe("extractPdfText", () => {
  it("rebuilds lines and keeps the table's columns apart", async () => {
    const text = await extractPdfText(await reportPdf());
    const lines = text.split("\n");
    expect(lines[0]).toBe(
      "Inspection of Wirral local authority children's services",
    );
    expect(lines).toContain("Overall effectiveness   Good");
    expect(text).toContain("Leaders know their services well.");
  });

  it("returns an empty string for bytes that are not a readable PDF", async () => {
    expect(
      await extractPdfText(new TextEncoder().encode("%PDF-1.7 not really")),
    ).toBe("");
  });
});

describe("parseDocument on a PDF", () => {
  it("reads the judgement table of a generated report", async () => {
    const result = await parseDocument(await reportPdf(), {
      source: "wirral.pdf",
    });
    expect(result.format).toBe("pdf");
    const [inspection] = result.inspections;
    expect(inspection?.authority.gss).toBe("E08000015");
    expect(inspection?.date).toBe("2024-06-10");
    expect(inspection?.judgements.map((j) => `${j.area}=${j.grade}`)).toEqual([
      "overall-effectiveness=good",
      "leadership=good",
      "help-and-protection=requires-improvement",
      "children-in-care=good",
      "care-leavers=good",
    ]);
    for (const e of inspection!.judgements.flatMap((j) => j.evidence))
      expect(result.text.slice(e.start, e.end)).toBe(e.quote);
  });
});
