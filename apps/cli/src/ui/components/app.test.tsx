import { render } from "ink-testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  KEYS,
  plain,
  press,
  selectedLine,
  waitForFrame,
} from "../../../test/ink";
import { openTestSession } from "../../../test/temp-db";
import type { Route } from "../navigation";
import { ThemeContext, themeFor } from "../theme";
import { App } from "./app";

let session: Awaited<ReturnType<typeof openTestSession>>;
let mounted: ReturnType<typeof render> | undefined;

beforeAll(async () => {
  session = await openTestSession();
});
afterAll(() => session.cleanup());
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function renderApp(
  options: { initialRoute?: Route; env?: Record<string, string> } = {},
) {
  mounted = render(
    <ThemeContext.Provider value={themeFor(options.env ?? {})}>
      <App
        session={session}
        {...(options.initialRoute
          ? { initialRoute: options.initialRoute }
          : {})}
      />
    </ThemeContext.Provider>,
  );
  return mounted;
}

const listed = (frame: string) =>
  /\d+ authorities/.test(frame) && frame.includes("Barking and Dagenham");

describe("App: authority list", () => {
  it("lists the authorities with each latest grade as a symbol and a word", async () => {
    const { lastFrame } = renderApp();
    const frame = await waitForFrame(lastFrame, listed);
    expect(frame).toMatch(/153 authorities|\d{3} authorities/);
    expect(frame).toMatch(
      /[★●▲✖] (Outstanding|Good|Req\. improvement|Inadequate)/,
    );
    expect(frame).toContain("Overall (latest)");
  });

  it("moves the cursor with j, k and the arrow keys", async () => {
    const { lastFrame, stdin } = renderApp();
    const first = selectedLine(await waitForFrame(lastFrame, listed));
    await press(stdin, "j");
    const second = selectedLine(
      await waitForFrame(lastFrame, (f) => selectedLine(f) !== first),
    );
    await press(stdin, KEYS.down);
    const third = selectedLine(
      await waitForFrame(lastFrame, (f) => selectedLine(f) !== second),
    );
    expect(new Set([first, second, third]).size).toBe(3);
    await press(stdin, "k");
    await waitForFrame(lastFrame, (f) => selectedLine(f) === second);
    await press(stdin, KEYS.up);
    await waitForFrame(lastFrame, (f) => selectedLine(f) === first);
    expect(first).toMatch(/^› Barking and Dagenham/);
  });

  it("filters by name as you type, keeps the filter on Enter and clears it on Esc", async () => {
    const { lastFrame, stdin } = renderApp();
    await waitForFrame(lastFrame, listed);
    await press(stdin, "/", "kensington");
    let frame = await waitForFrame(lastFrame, (f) =>
      f.includes("1 authority matches “kensington”"),
    );
    expect(frame).toContain("Kensington and Chelsea");
    expect(frame).not.toContain("Barking and Dagenham");
    expect(frame).toContain("Enter keep filter");
    await press(stdin, KEYS.enter);
    frame = await waitForFrame(lastFrame, (f) => f.includes("Enter open"));
    expect(frame).toContain("1 authority matches “kensington”");
    await press(stdin, "/", KEYS.escape);
    frame = await waitForFrame(lastFrame, listed);
    expect(frame).not.toContain("matches");
  });

  it("filters by abbreviation and by GSS code, and treats q as text while filtering", async () => {
    const { lastFrame, stdin } = renderApp();
    await waitForFrame(lastFrame, listed);
    await press(stdin, "/", "RBKC");
    expect(
      await waitForFrame(lastFrame, (f) => f.includes("matches “RBKC”")),
    ).toContain("Kensington and Chelsea");
    await press(
      stdin,
      KEYS.backspace,
      KEYS.backspace,
      KEYS.backspace,
      KEYS.backspace,
      "E09000033",
    );
    expect(
      await waitForFrame(lastFrame, (f) => f.includes("matches “E09000033”")),
    ).toContain("Westminster");
    await press(stdin, "\u0015", "qqq");
    const frame = await waitForFrame(lastFrame, (f) =>
      f.includes("No authority matches “qqq”"),
    );
    expect(frame.replace(/\s+/g, " ")).toContain("Esc clears the filter");
  });
});

describe("App: authority timeline", () => {
  async function openKensington() {
    const app = renderApp();
    await waitForFrame(app.lastFrame, listed);
    await press(app.stdin, "/", "kensington", KEYS.enter, KEYS.enter);
    await waitForFrame(
      app.lastFrame,
      (f) => f.includes("E09000020") && f.includes("newest first"),
    );
    return app;
  }

  it("shows the inspections newest first with graded judgements and the evidence of the selected line", async () => {
    const { lastFrame, stdin } = await openKensington();
    let frame = plain(lastFrame());
    expect(frame).toContain("Kensington and Chelsea · London · E09000020");
    expect(frame).toMatch(/Standard inspection/);
    expect(frame).toContain("★ Outstanding");
    expect(frame).toMatch(/Evidence 1 of \d+/);
    await press(stdin, "j");
    frame = await waitForFrame(
      lastFrame,
      (f) => /› +Overall effectiveness/.test(f) || /› +\w/.test(f),
    );
    expect(frame).toMatch(/“[^”]+/);
  });

  it("opens the source document with the evidence highlighted and goes back with Esc", async () => {
    const { lastFrame, stdin } = await openKensington();
    // Walk down until a judgement quoted from an article is selected.
    let frame = plain(lastFrame());
    for (let i = 0; i < 40 && !/· article ·/.test(frame); i++) {
      await press(stdin, "j");
      frame = plain(lastFrame());
    }
    expect(frame).toMatch(/· article ·/);
    const quote =
      /“([^”\n]{8,40})/
        .exec(frame.split("· article ·")[1] ?? "")?.[1]
        ?.trim() ?? "";
    await press(stdin, "d");
    frame = await waitForFrame(lastFrame, (f) =>
      f.includes("evidence for Kensington and Chelsea"),
    );
    expect(frame).toMatch(/^┃ /m);
    // The text lines holding the highlight carry a ┃ in the gutter; the footer line under them names the evidence.
    const marked = frame
      .split("\n")
      .filter(
        (line) => line.startsWith("┃ ") && !line.startsWith("┃ evidence for"),
      )
      .map((line) => line.slice(2))
      .join(" ");
    expect(marked.replace(/\s+/g, " ")).toContain(
      quote.split(" ").slice(0, 3).join(" "),
    );
    // n moves the highlight to the next piece of evidence in the document.
    const footer = (f: string) =>
      f.split("\n").find((line) => line.startsWith("┃ evidence for")) ?? "";
    const gutter = (f: string) =>
      f
        .split("\n")
        .map((line) => line.slice(0, 1))
        .join("");
    await press(stdin, "n");
    await waitForFrame(
      lastFrame,
      (f) =>
        footer(f) !== "" &&
        (footer(f) !== footer(frame) || gutter(f) !== gutter(frame)),
    );
    await press(stdin, KEYS.escape);
    await waitForFrame(lastFrame, (f) => f.includes("newest first"));
  });
});

describe("App: search", () => {
  it("searches the documents and opens a hit at its match", async () => {
    const { lastFrame, stdin } = renderApp();
    await waitForFrame(lastFrame, listed);
    await press(stdin, "s");
    await waitForFrame(lastFrame, (f) => f.includes("Search:"));
    await press(stdin, "Kensington", KEYS.enter);
    let frame = await waitForFrame(lastFrame, (f) =>
      /\d+ documents? match(es)? “Kensington”/.test(f),
    );
    expect(frame).toMatch(/^› /m);
    await press(stdin, KEYS.enter);
    frame = await waitForFrame(lastFrame, (f) => /^┃ /m.test(f));
    expect(frame).toMatch(/┃ .*Kensington/);
    await press(stdin, KEYS.escape);
    await waitForFrame(lastFrame, (f) => f.includes("Search:"));
    await press(stdin, KEYS.escape);
    await waitForFrame(lastFrame, listed);
  });

  it("says what is wrong with a query SQLite cannot run", async () => {
    const { lastFrame, stdin } = renderApp({
      initialRoute: { screen: "search" },
    });
    await waitForFrame(lastFrame, (f) => f.includes("Search:"));
    await press(stdin, '"unclosed', KEYS.enter);
    const frame = await waitForFrame(lastFrame, (f) => f.includes("✖"));
    expect(frame).toMatch(/is not valid/);
    expect(frame).toContain("Edit the query with /");
  });
});

describe("App: help and errors", () => {
  it("shows the keys for the current screen on ? and closes on any key", async () => {
    const { lastFrame, stdin } = renderApp();
    await waitForFrame(lastFrame, listed);
    await press(stdin, "?");
    const frame = await waitForFrame(lastFrame, (f) =>
      f.includes("Keys · Authorities"),
    );
    expect(frame).toContain("filter by name, alias or code");
    expect(frame).toContain("quit");
    await press(stdin, "x");
    await waitForFrame(lastFrame, listed);
  });

  it("names an authority it cannot find", async () => {
    const { lastFrame } = renderApp({
      initialRoute: { screen: "authority", code: "Narnia", name: "Narnia" },
    });
    const frame = await waitForFrame(lastFrame, (f) => f.includes("✖"));
    expect(frame).toContain('no authority with code or name "Narnia"');
    expect(frame).toContain("Press Esc to go back.");
  });

  it("names a document it cannot find", async () => {
    const { lastFrame, stdin } = renderApp({
      initialRoute: { screen: "document", id: "ffffffffffff" },
    });
    const frame = await waitForFrame(lastFrame, (f) => f.includes("✖"));
    expect(frame).toContain('no document with id "ffffffffffff"');
    await press(stdin, KEYS.escape);
    await waitForFrame(lastFrame, listed);
  });

  // An SGR sequence that sets a foreground or background colour.
  const COLOUR = new RegExp(
    `${String.fromCharCode(27)}\\[(3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;|48;)`,
  );

  it("draws grades in colour by default", async () => {
    const { lastFrame } = renderApp();
    await waitForFrame(lastFrame, listed);
    expect(lastFrame()).toMatch(COLOUR);
  });

  it("draws no colour under NO_COLOR but keeps grade symbols and words", async () => {
    const { lastFrame } = renderApp({ env: { NO_COLOR: "1" } });
    await waitForFrame(lastFrame, listed);
    const raw = lastFrame() ?? "";
    expect(raw).not.toMatch(COLOUR);
    expect(plain(raw)).toMatch(
      /[★●▲✖] (Outstanding|Good|Req\. improvement|Inadequate)/,
    );
  });
});
