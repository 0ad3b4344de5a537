import { describe, expect, it } from "vitest";
import { contextAfter } from "../internal/testing";

function masked(text: string): boolean[] {
  const ctx = contextAfter(text, "extract-noise");
  return [...ctx.masked].map((m) => m === 1);
}

describe("extractNoise", () => {
  it("masks everything after a comments heading", () => {
    expect(
      masked(
        "Wigan was rated good.\n\nComments (2)\n\nBolton was rated inadequate.",
      ),
    ).toEqual([false, true, true]);
  });

  it("masks a related-stories list until the article resumes", () => {
    const text =
      "RELATED STORIES\n- Devon rated inadequate\n- Torbay still inadequate\n\nThe report, which was published on Friday after a long inspection of the council's services, said that social workers knew their children well and that leaders were ambitious.";
    expect(masked(text)).toEqual([true, true, true, false]);
  });

  it("masks attachment links with a file size", () => {
    expect(
      masked(
        "Wigan was rated good.\n\nItem 4 - Ofsted letter, Cabinet 3 May 2019 PDF 312 KB\n\nAppendix A (PDF, 1.2 MB)",
      ),
    ).toEqual([false, true, true]);
  });

  it("masks cookie banners and navigation bars", () => {
    expect(
      masked(
        "We use cookies to improve your experience; by continuing you agree.\n\nHome | News | Sport | Jobs\n\nWigan was rated good.",
      ),
    ).toEqual([true, true, false]);
  });
});
