/**
 * Text from a text-based PDF (an Ofsted report), with lines rebuilt from the positions of text items:
 * items on the same baseline form a line, a wide horizontal gap becomes a column gap (three spaces,
 * which the tokenizer reads as a table cell boundary), a tall vertical gap a blank line.
 */

interface PdfItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const MAX_PAGES = 400;

interface RawTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

function isTextItem(item: unknown): item is RawTextItem {
  return (
    typeof item === "object" &&
    item !== null &&
    "str" in item &&
    "transform" in item
  );
}

function linesOf(items: readonly PdfItem[]): string {
  // Whitespace items stand for gaps; the gap itself is measured from positions.
  const sorted = [...items]
    .filter((i) => i.str.trim().length > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; height: number; items: PdfItem[] }[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const tolerance = Math.max(2, (line?.height ?? item.height) * 0.45);
    if (line && Math.abs(line.y - item.y) <= tolerance) line.items.push(item);
    else lines.push({ y: item.y, height: item.height || 10, items: [item] });
  }
  const out: string[] = [];
  let previous: { y: number; height: number } | undefined;
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const item of line.items) {
      const charWidth =
        item.str.trim().length > 0
          ? item.width / Math.max(1, item.str.length)
          : 4;
      const gap = item.x - end;
      if (text.length > 0) {
        if (gap > Math.max(12, charWidth * 3)) text += "   ";
        else if (
          gap > charWidth * 0.25 &&
          !text.endsWith(" ") &&
          !item.str.startsWith(" ")
        )
          text += " ";
      }
      text += item.str;
      end = item.x + item.width;
    }
    if (
      previous &&
      previous.y - line.y > Math.max(previous.height, line.height) * 1.9
    )
      out.push("");
    out.push(text.replace(/\s+$/, ""));
    previous = line;
  }
  return out.join("\n");
}

/**
 * Extracts the text of a PDF, page by page (pages separated by a blank line). Resolves to an empty
 * string when the bytes are not a readable PDF or have no text layer.
 * @example const text = await extractPdfText(bytes); // "Inspection of Sefton local authority children's services\n..."
 */
export async function extractPdfText(data: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]> | undefined;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(data),
      useWorkerFetch: false,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if (
      error instanceof Error &&
      /Invalid PDF|PDF header|InvalidPDF|corrupted|Missing|format/i.test(
        `${error.name} ${error.message}`,
      )
    )
      return "";
    throw error;
  }
  const pages: string[] = [];
  for (let p = 1; p <= Math.min(doc.numPages, MAX_PAGES); p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const raw of content.items as unknown[]) {
      if (!isTextItem(raw)) continue;
      const item: RawTextItem = raw;
      items.push({
        str: item.str,
        x: item.transform[4] ?? 0,
        y: item.transform[5] ?? 0,
        width: item.width,
        height: item.height || Math.abs(item.transform[3] ?? 10),
      });
    }
    pages.push(linesOf(items));
    page.cleanup();
  }
  await doc.destroy();
  return pages.join("\n\n");
}
