import { describe, expect, it } from "vitest";
import { gradeFor } from "./grades";

describe("gradeFor", () => {
  const ilacs2019 = [
    { area: "overall-effectiveness", grade: "good" },
    {
      area: "children-in-care-and-care-leavers",
      grade: "requires-improvement",
    },
  ];

  it("reads an area's own judgement", () => {
    expect(gradeFor(ilacs2019, "overall")).toBe("good");
  });

  it("uses the combined ILACS 2018 judgement for children in care and for care leavers", () => {
    expect(gradeFor(ilacs2019, "children-in-care")).toBe(
      "requires-improvement",
    );
    expect(gradeFor(ilacs2019, "care-leavers")).toBe("requires-improvement");
  });

  it("returns undefined for an area the inspection did not grade", () => {
    expect(gradeFor(ilacs2019, "leadership")).toBeUndefined();
  });

  it("prefers a separate judgement over the combined one", () => {
    expect(
      gradeFor(
        [...ilacs2019, { area: "care-leavers", grade: "outstanding" }],
        "care-leavers",
      ),
    ).toBe("outstanding");
  });
});
