import { describe, expect, it } from "vitest";
import { decodeBytes, isPdf } from "./decode-bytes";

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe("decodeBytes", () => {
  it("detects a PDF by its header", () => {
    expect(decodeBytes(new TextEncoder().encode("%PDF-1.7\n..."))).toEqual({
      kind: "pdf",
    });
    expect(isPdf(new TextEncoder().encode("hello"))).toBe(false);
  });

  it.each([
    [
      "UTF-8 with a BOM",
      bytes(0xef, 0xbb, 0xbf, 0x47, 0x6f, 0x6f, 0x64),
      "Good",
    ],
    ["UTF-16 little-endian", bytes(0xff, 0xfe, 0x47, 0x00, 0x6f, 0x00), "Go"],
    ["UTF-16 big-endian", bytes(0xfe, 0xff, 0x00, 0x47, 0x00, 0x6f), "Go"],
    ["plain UTF-8", new TextEncoder().encode("Ofsted’s"), "Ofsted’s"],
    [
      "Windows-1252 when not UTF-8",
      bytes(0x4f, 0x66, 0x73, 0x74, 0x65, 0x64, 0x92, 0x73),
      "Ofsted’s",
    ],
  ])("decodes %s", (_name, input, text) => {
    expect(decodeBytes(input)).toEqual({ kind: "string", text });
  });
});
