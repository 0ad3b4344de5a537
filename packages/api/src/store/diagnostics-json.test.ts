import { describe, expect, it } from "vitest";
import { packDiagnostics, unpackDiagnostics } from "./diagnostics-json";
import type { StoredDiagnostic } from "./store";

const SKIPPED: StoredDiagnostic = {
  message:
    "grade skipped: about a school, home, agency, SEND or another service",
  severity: "info",
  ruleId: "extract-grade-statements",
  span: { start: 10, end: 14 },
};

describe("packDiagnostics", () => {
  it("keeps every diagnostic in order, each repeated message once", () => {
    const list: StoredDiagnostic[] = [
      SKIPPED,
      { ...SKIPPED, span: { start: 40, end: 44 } },
      { message: "no date", severity: "warning", ruleId: "extract-dates" },
      { ...SKIPPED, span: { start: 90, end: 94 } },
    ];
    const packed = packDiagnostics(list);
    expect(unpackDiagnostics(packed)).toEqual(list);
    expect(packed.split(SKIPPED.message)).toHaveLength(2);
    expect(packed.length).toBeLessThan(JSON.stringify(list).length / 2);
  });

  it("stores no diagnostics as an empty list", () => {
    expect(packDiagnostics([])).toBe("[]");
    expect(unpackDiagnostics("[]")).toEqual([]);
  });

  it("reads the plain list that rows stored before packing hold", () => {
    expect(unpackDiagnostics(JSON.stringify([SKIPPED]))).toEqual([SKIPPED]);
  });
});
