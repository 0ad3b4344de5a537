import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { render } from "ink-testing-library";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, plain, press, waitForFrame } from "../../../test/ink";
import { openTestSession } from "../../../test/temp-db";
import type { Navigation, Route } from "../navigation";
import { IngestScreen } from "./ingest-screen";
import { ListScreen } from "./list-screen";

let session: Awaited<ReturnType<typeof openTestSession>>;

beforeAll(async () => {
  session = await openTestSession();
});
afterAll(() => session.cleanup());

/** Records what a screen asks of the app. */
function recordingNav() {
  const pushed: Route[] = [];
  const events: string[] = [];
  const nav: Navigation = {
    push: (route) => pushed.push(route),
    pop: () => events.push("pop"),
    dataChanged: () => events.push("dataChanged"),
  };
  return { nav, pushed, events };
}

describe("ListScreen", () => {
  it("fits 60 columns: no region column, every line within the width, grades still as symbol and word", async () => {
    const { nav } = recordingNav();
    const { lastFrame, unmount } = render(
      <ListScreen
        caller={session.caller}
        nav={nav}
        active
        width={60}
        height={20}
        revision={0}
      />,
    );
    const frame = await waitForFrame(lastFrame, (f) =>
      f.includes("Barking and Dagenham"),
    );
    expect(frame).not.toContain("Region");
    for (const line of frame.split("\n"))
      expect(line.length).toBeLessThanOrEqual(60);
    expect(frame.split("\n")).toHaveLength(20);
    expect(frame).toMatch(
      /Barking and Dagenham +[★●▲✖] (Outstanding|Good|RI|Inadequate)/,
    );
    unmount();
  });

  it("opens the selected authority on Enter", async () => {
    const { nav, pushed } = recordingNav();
    const { lastFrame, stdin, unmount } = render(
      <ListScreen
        caller={session.caller}
        nav={nav}
        active
        width={100}
        height={24}
        revision={0}
      />,
    );
    await waitForFrame(lastFrame, (f) => f.includes("Barking and Dagenham"));
    await press(stdin, "/", "westminster", KEYS.enter, KEYS.enter);
    await waitForFrame(lastFrame, () => pushed.length > 0);
    expect(pushed).toEqual([
      { screen: "authority", code: "E09000033", name: "Westminster" },
    ]);
    unmount();
  });
});

describe("IngestScreen", () => {
  it("reads a path with a progress bar and says what it stored", async () => {
    const file = join(session.dir, "barnet-2021.txt");
    writeFileSync(
      file,
      "Barnet children's services rated outstanding\n\nOfsted has rated children's services at Barnet Council outstanding after an inspection in June 2021.\n",
    );
    const { nav, events } = recordingNav();
    const { lastFrame, frames, stdin, unmount } = render(
      <IngestScreen
        session={session}
        nav={nav}
        active
        width={80}
        height={12}
        cwd={session.dir}
      />,
    );
    await waitForFrame(lastFrame, (f) => f.includes("Ingest path:"));
    await press(stdin, "barnet-2021.txt", KEYS.enter);
    const frame = await waitForFrame(lastFrame, (f) => f.includes("Done."));
    expect(frame).toContain("Done. 1 file: 1 new, 0 already stored, 0 skipped");
    // While it ran, the bar and the file being read were on screen.
    expect(
      frames
        .map(plain)
        .some((f) => /[█░]{10,} [01]\/1\n.*barnet-2021\.txt/.test(f)),
    ).toBe(true);
    expect(events).toContain("dataChanged");
    await press(stdin, "i", "nowhere.txt", KEYS.enter);
    const missing = await waitForFrame(
      lastFrame,
      (f) => f.includes("Done.") && f.includes("nowhere.txt"),
    );
    expect(missing).toMatch(
      /skipped: .*nowhere\.txt: cannot read it: no such file/,
    );
    unmount();
  });
});
