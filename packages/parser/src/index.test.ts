import { describe, expect, it } from "vitest";
import * as api from "./index";

describe("@csi/parser", () => {
  it("exports exactly its public API", () => {
    expect(Object.keys(api).sort()).toEqual([
      "PARSER_VERSION",
      "extractPdfText",
      "parseDocument",
      "parseText",
    ]);
  });
});
