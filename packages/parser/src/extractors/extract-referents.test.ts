import { describe, expect, it } from "vitest";
import { contextAfter } from "../internal/testing";

function topics(text: string): string[] {
  const ctx = contextAfter(text, "extract-referents");
  return ctx.topic.map((t) =>
    t === undefined
      ? "-"
      : t.kind === "authorities"
        ? t.authorities.map((a) => a.name).join("+")
        : "other",
  );
}

describe("extractReferents", () => {
  it("tracks the council a sentence is about", () => {
    expect(
      topics("Wigan was inspected. It did well. Bolton was next. It did not."),
    ).toEqual(["-", "Wigan", "Wigan", "Bolton"]);
  });

  it("prefers the subject when a sentence names several councils", () => {
    expect(
      topics(
        "Hammersmith and Fulham split from Kensington and Chelsea. It was inspected.",
      ),
    ).toEqual(["-", "Hammersmith and Fulham"]);
  });

  it("moves the topic away from councils for a trap subject or a Welsh council", () => {
    expect(
      topics(
        "A children's home run by Shropshire Council was inspected. Inspectors judged it outstanding.",
      ),
    ).toEqual(["-", "other"]);
    expect(
      topics("Powys County Council was reviewed. It must improve."),
    ).toEqual(["-", "other"]);
  });

  it("makes a group the topic when 'Both councils' opens a sentence", () => {
    expect(
      topics(
        "Rutland was rated good. Leicestershire was not. Both councils share a board. It was judged good.",
      ),
    ).toEqual(["-", "Rutland", "Leicestershire", "Rutland+Leicestershire"]);
  });
});
