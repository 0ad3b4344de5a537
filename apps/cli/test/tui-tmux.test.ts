import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN } from "./run-csi";
import { copyTemplateDb, type TempDb } from "./temp-db";

// A private tmux server per run, its socket in the test's temporary folder, so nothing touches the
// user's sessions and nothing is left behind.
let socket = "";
const SESSION = "csi";

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-S", socket, ...args], {
    encoding: "utf8",
    env: {
      PATH: process.env["PATH"] ?? "/usr/bin:/bin",
      TERM: "xterm-256color",
    },
  });
}

function screen(): string {
  return tmux("capture-pane", "-p", "-t", SESSION);
}

function sessionAlive(): boolean {
  try {
    tmux("has-session", "-t", SESSION);
    return true;
  } catch {
    return false;
  }
}

/** Polls the pane until `predicate` holds; fails with the last screen after `timeoutMs`. */
async function waitForScreen(
  predicate: (text: string) => boolean,
  timeoutMs = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = "";
  while (Date.now() < deadline) {
    text = sessionAlive() ? screen() : "(the session has ended)";
    if (predicate(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for the terminal; last screen:\n${text}`);
}

async function waitForExit(timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (sessionAlive()) {
    if (Date.now() > deadline)
      throw new Error(`csi did not quit; last screen:\n${screen()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function start(db: TempDb, columns: number, rows: number): void {
  const command = `env CSI_DB='${db.path}' HOME='${db.dir}' NO_COLOR=1 '${process.execPath}' '${BIN}'`;
  tmux(
    "new-session",
    "-d",
    "-s",
    SESSION,
    "-x",
    String(columns),
    "-y",
    String(rows),
    command,
  );
}

function keys(...args: string[]): void {
  tmux("send-keys", "-t", SESSION, ...args);
}

function typeText(text: string): void {
  tmux("send-keys", "-t", SESSION, "-l", text);
}

const listed = (text: string) =>
  /\d+ authorities/.test(text) && text.includes("Barking and Dagenham");

describe("csi in a real terminal (tmux)", () => {
  let db: TempDb;

  beforeAll(() => {
    assertBuilt();
    db = copyTemplateDb();
    socket = join(db.dir, "tmux.sock");
  });
  afterAll(() => {
    try {
      tmux("kill-server");
    } catch {
      // The server exits on its own once its last session ends; nothing left to kill.
    }
    db.cleanup();
  });

  it("at 100x30: filters to Kensington, opens it, and shows its outstanding judgements with an evidence quote", async () => {
    start(db, 100, 30);
    await waitForScreen(listed);
    keys("/");
    typeText("kensington");
    await waitForScreen((text) =>
      text.includes("1 authority matches “kensington”"),
    );
    keys("Enter");
    await waitForScreen((text) => text.includes("Enter open"));
    keys("Enter");
    const timeline = await waitForScreen(
      (text) => text.includes("E09000020") && text.includes("Evidence 1 of"),
    );
    expect(timeline).toContain("Kensington and Chelsea");
    expect(timeline).toMatch(/Overall effectiveness +★ Outstanding/);
    expect(timeline).toMatch(/“[^”\n]{10,}/);
    for (const line of timeline.split("\n"))
      expect(line.length).toBeLessThanOrEqual(100);

    // Walk down to a judgement quoted from an article (the 2019 seed article) and read its quote.
    let quoted = timeline;
    for (let i = 0; i < 30 && !quoted.includes("· article ·"); i++) {
      keys("j");
      quoted = await waitForScreen((text) => text !== quoted);
    }
    expect(quoted).toMatch(
      /Evidence 1 of \d+ · article · 000_30c3f522f41d54ac\.txt/,
    );
    expect(quoted).toMatch(
      /“[^”]*Kensington and Chelsea[^”]*rated "outstanding"/,
    );

    keys("q");
    await waitForExit();
  });

  it("at 60x20: still lays out the list and the timeline, and redraws on resize", async () => {
    start(db, 60, 20);
    const list = await waitForScreen(listed);
    const lines = list.split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(list).not.toContain("Region");
    expect(list).toMatch(/Barking and Dagenham +[★●▲✖] \S+/);
    expect(list).toMatch(/q quit|…/);

    keys("/");
    typeText("kensington");
    keys("Enter", "Enter");
    const timeline = await waitForScreen(
      (text) => text.includes("E09000020") && text.includes("Evidence 1 of"),
    );
    expect(timeline).toMatch(/★ Outstanding/);

    tmux("resize-window", "-t", SESSION, "-x", "100", "-y", "30");
    await waitForScreen((text) =>
      text.includes("Kensington and Chelsea · London · E09000020 · LA"),
    );
    keys("Escape");
    await waitForScreen(
      (text) =>
        text.includes("Region") && text.includes("Kensington and Chelsea"),
    );

    keys("q");
    await waitForExit();
  });
});
