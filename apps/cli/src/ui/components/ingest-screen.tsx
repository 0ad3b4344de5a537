import { ingestPaths, type IngestProgress, type IngestSummary } from "@csi/api";
import { homedir } from "node:os";
import { resolve } from "node:path";
import { Box, Text } from "ink";
import { useEffect, useRef } from "react";
import type { Session } from "../../api-types";
import { ingestProblemLines, ingestSummaryLine } from "../../ingest-summary";
import { editText } from "../edit-text";
import { useScreenKeys } from "../hooks/use-screen-keys";
import { useSyncedState } from "../hooks/use-synced-state";
import { useTheme } from "../hooks/use-theme";
import type { Navigation } from "../navigation";
import { ErrorMessage } from "./error-message";
import { KeyHints } from "./key-hints";
import { ProgressBar } from "./progress-bar";
import { TextField } from "./text-field";

type Phase =
  | { readonly kind: "edit" }
  | { readonly kind: "running"; readonly progress?: IngestProgress }
  | {
      readonly kind: "done";
      readonly summary: IngestSummary;
      readonly aborted: boolean;
    }
  | { readonly kind: "error"; readonly error: Error };

function expandPath(path: string, cwd: string): string {
  const trimmed = path.trim();
  return resolve(
    cwd,
    trimmed === "~" || trimmed.startsWith("~/")
      ? homedir() + trimmed.slice(1)
      : trimmed,
  );
}

/** Reads a file or folder into the database with a progress bar, then says what happened. */
export function IngestScreen({
  session,
  nav,
  active,
  width,
  height,
  cwd = process.cwd(),
}: {
  readonly session: Pick<Session, "store">;
  readonly nav: Navigation;
  readonly active: boolean;
  readonly width: number;
  readonly height: number;
  readonly cwd?: string;
}) {
  const theme = useTheme();
  const [path, pathRef, setPath] = useSyncedState("");
  const [phase, phaseRef, setPhase] = useSyncedState<Phase>({ kind: "edit" });
  const abort = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => abort.current?.abort(), []);

  const start = () => {
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: "running" });
    ingestPaths(session.store, [expandPath(pathRef.current, cwd)], {
      signal: controller.signal,
      onProgress: (progress) => setPhase({ kind: "running", progress }),
    }).then(
      (summary) => {
        setPhase({ kind: "done", summary, aborted: controller.signal.aborted });
        if (summary.stored > 0) nav.dataChanged();
      },
      (error: unknown) =>
        setPhase({
          kind: "error",
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
  };

  useScreenKeys((input, key) => {
    const current = phaseRef.current;
    if (current.kind === "edit") {
      if (key.return && pathRef.current.trim() !== "") start();
      else if (key.escape) nav.pop();
      else {
        const next = editText(pathRef.current, input, key);
        if (next !== undefined) setPath(next);
      }
      return true;
    }
    if (current.kind === "running") {
      if (key.escape) abort.current?.abort();
      // Leaving or quitting mid-run would hide how far it got; Esc stops it first.
      return input !== "q";
    }
    if (input === "i" || key.return) {
      setPath("");
      setPhase({ kind: "edit" });
      return true;
    }
    return false;
  }, active);

  const body = (() => {
    switch (phase.kind) {
      case "edit":
        return (
          <Text color={theme.text.muted}>
            A file (text, HTML or PDF) or a folder to read recursively; the same
            content is stored once.
          </Text>
        );
      case "running":
        return (
          <Box flexDirection="column">
            <ProgressBar
              done={phase.progress?.done ?? 0}
              total={phase.progress?.total ?? 0}
              width={width}
            />
            <Text wrap="truncate-start" color={theme.text.muted}>
              {phase.progress?.file ?? "finding files…"}
            </Text>
          </Box>
        );
      case "done": {
        const problems = ingestProblemLines(phase.summary);
        return (
          <Box flexDirection="column">
            <Text
              color={
                phase.summary.failed > 0
                  ? theme.status.error
                  : theme.status.success
              }
              wrap="truncate-end"
            >
              {phase.aborted ? "Stopped. " : "Done. "}
              {ingestSummaryLine(phase.summary)}
            </Text>
            {problems.slice(0, Math.max(0, height - 5)).map((line) => (
              <Text key={line} wrap="truncate-end" color={theme.status.warning}>
                {line}
              </Text>
            ))}
          </Box>
        );
      }
      case "error":
        return (
          <ErrorMessage
            error={phase.error}
            hint="Check the path and the database (`csi db check`), then try again."
            width={width}
          />
        );
    }
  })();

  const hints =
    phase.kind === "edit"
      ? [
          { key: "Enter", label: "read it" },
          { key: "Esc", label: "back" },
        ]
      : phase.kind === "running"
        ? [{ key: "Esc", label: "stop after this file" }]
        : [
            { key: "i", label: "another path" },
            { key: "Esc", label: "back" },
            { key: "q", label: "quit" },
          ];
  return (
    <Box flexDirection="column" width={width} height={height}>
      <TextField
        label="Ingest path: "
        value={path}
        focused={phase.kind === "edit"}
        width={width}
      />
      <Box flexDirection="column" flexGrow={1} width={width}>
        {body}
      </Box>
      <KeyHints hints={hints} width={width} />
    </Box>
  );
}
