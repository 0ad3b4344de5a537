import { Box, Text } from "ink";
import { useMemo } from "react";
import type { Caller, DocumentDetail } from "../../api-types";
import { useQuery } from "../hooks/use-query";
import { useScreenKeys } from "../hooks/use-screen-keys";
import { useSyncedState } from "../hooks/use-synced-state";
import { useTheme } from "../hooks/use-theme";
import { AREA_LABELS, GRADE_WORDS } from "../labels";
import type { Highlight } from "../navigation";
import { lineIndexAt, wrapLines, type LineRange } from "../wrap-lines";
import { ErrorMessage } from "./error-message";
import { KeyHints } from "./key-hints";

const HINTS = [
  { key: "↑↓/jk", label: "scroll" },
  { key: "Space/b", label: "page" },
  { key: "n/N", label: "next/previous evidence" },
  { key: "Esc", label: "back" },
  { key: "?", label: "keys" },
  { key: "q", label: "quit" },
];

/** Where to highlight: the given span, else the first case-insensitive occurrence of `find`. */
function initialHighlight(
  document: DocumentDetail,
  highlight: Highlight | undefined,
  find: string | undefined,
): Highlight | undefined {
  if (highlight) return highlight;
  if (!find) return undefined;
  const at = document.text.toLowerCase().indexOf(find.toLowerCase());
  return at === -1 ? undefined : { start: at, end: at + find.length };
}

function describeSpan(
  document: DocumentDetail,
  highlight: Highlight | undefined,
  find: string | undefined,
): string {
  if (!highlight) return "";
  // One quote can back the inspection and several of its judgements (a register row backs them all).
  const spans = document.spans.filter(
    (s) => s.start === highlight.start && s.end === highlight.end,
  );
  const [span] = spans;
  if (!span) return find ? `first match for “${find}”` : "";
  const judgements = spans.filter(
    (s) => s.area !== undefined && s.grade !== undefined,
  );
  let what: string;
  if (judgements.length === 1 && judgements[0]?.area && judgements[0].grade)
    what = `${AREA_LABELS[judgements[0].area]}: ${GRADE_WORDS[judgements[0].grade].full}`;
  else if (judgements.length > 1)
    what = `${judgements.length} judgements${spans.length > judgements.length ? " and the inspection" : ""}`;
  else what = "the inspection";
  const authorities = [...new Set(spans.map((s) => s.authority.name))];
  const who =
    authorities.length > 1
      ? `${authorities.slice(0, -1).join(", ")} and ${authorities.at(-1) ?? ""}`
      : span.authority.name;
  return `evidence for ${who} ${span.date} · ${what}`;
}

function DocumentLine({
  text,
  line,
  highlight,
  width,
}: {
  readonly text: string;
  readonly line: LineRange;
  readonly highlight: Highlight | undefined;
  readonly width: number;
}) {
  const theme = useTheme();
  const from = highlight
    ? Math.max(line.start, Math.min(line.end, highlight.start))
    : line.end;
  const to = highlight
    ? Math.max(from, Math.min(line.end, highlight.end))
    : line.end;
  const marked = highlight !== undefined && to > from;
  return (
    <Box height={1} width={width}>
      <Box width={2} flexShrink={0}>
        <Text color={theme.status.warning}>{marked ? "┃" : " "}</Text>
      </Box>
      <Text wrap="truncate-end">
        {text.slice(line.start, from)}
        {marked ? (
          <Text
            backgroundColor={theme.evidence.background}
            color={theme.evidence.foreground}
            inverse={!theme.colour}
            bold
          >
            {text.slice(from, to)}
          </Text>
        ) : null}
        {text.slice(to, line.end)}
      </Text>
    </Box>
  );
}

/** A stored document's text with one piece of evidence highlighted and scrolled into view. */
export function DocumentScreen({
  caller,
  id,
  highlight: givenHighlight,
  find,
  active,
  width,
  height,
}: {
  readonly caller: Caller;
  readonly id: string;
  readonly highlight?: Highlight;
  readonly find?: string;
  readonly active: boolean;
  readonly width: number;
  readonly height: number;
}) {
  const theme = useTheme();
  const query = useQuery(() => caller.document.byId({ id }), [caller, id]);
  const document = query.data;
  // `chosen` is the evidence picked with n/N; until then the given span (or search match) is highlighted.
  const [chosen, chosenRef, setChosen] = useSyncedState<Highlight | undefined>(
    undefined,
  );
  // `scroll` is the first line once the reader scrolls; until then the view is centred on the highlight.
  const [scroll, , setScroll] = useSyncedState<number | undefined>(undefined);
  const highlight =
    chosen ??
    (document ? initialHighlight(document, givenHighlight, find) : undefined);
  const textWidth = Math.max(10, width - 2);
  const lines = useMemo(
    () => (document ? wrapLines(document.text, textWidth) : []),
    [document, textWidth],
  );
  const view = Math.max(1, height - 4);
  const spans = useMemo(
    () =>
      [...(document?.spans ?? [])]
        .sort((a, b) => a.start - b.start || a.end - b.end)
        .filter(
          (s, i, all) =>
            i === 0 ||
            s.start !== all[i - 1]?.start ||
            s.end !== all[i - 1]?.end,
        ),
    [document],
  );
  const maxTop = Math.max(0, lines.length - view);
  const clampTop = (value: number) => Math.max(0, Math.min(maxTop, value));
  const centredOn = (target: Highlight | undefined) =>
    target
      ? clampTop(lineIndexAt(lines, target.start) - Math.floor(view / 3))
      : 0;
  const top = clampTop(scroll ?? centredOn(highlight));

  useScreenKeys((input, key) => {
    const by = (delta: number) =>
      setScroll((value) => clampTop((value ?? top) + delta));
    if (key.downArrow || input === "j") by(1);
    else if (key.upArrow || input === "k") by(-1);
    else if (key.pageDown || input === " ") by(view - 1);
    else if (key.pageUp || input === "b") by(-(view - 1));
    else if (key.home || input === "g") setScroll(0);
    else if (key.end || input === "G") setScroll(maxTop);
    else if (input === "n" || input === "N") {
      if (spans.length === 0) return true;
      const current = chosenRef.current ?? highlight;
      const at = current
        ? spans.findIndex(
            (s) => s.start === current.start && s.end === current.end,
          )
        : -1;
      let next: number;
      if (at !== -1)
        next = (at + (input === "n" ? 1 : spans.length - 1)) % spans.length;
      else if (input === "n")
        next = Math.max(
          0,
          spans.findIndex((s) => s.start >= (current?.start ?? 0)),
        );
      else next = spans.length - 1;
      const span = spans[next];
      if (span) {
        setChosen({ start: span.start, end: span.end });
        setScroll(undefined);
      }
    } else return false;
    return true;
  }, active);

  if (query.status === "error") {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Box flexGrow={1}>
          <ErrorMessage
            error={query.error}
            hint="Press Esc to go back."
            width={width}
          />
        </Box>
        <KeyHints hints={HINTS} width={width} />
      </Box>
    );
  }
  if (!document) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Box flexGrow={1}>
          <Text>Loading the document…</Text>
        </Box>
        <KeyHints hints={HINTS} width={width} />
      </Box>
    );
  }
  const meta = [
    document.source,
    document.published ? `published ${document.published}` : undefined,
    document.format,
    `${lines.length} lines`,
  ].filter((part) => part !== undefined);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box height={1} width={width}>
        <Text bold color={theme.text.accent} wrap="truncate-end">
          {document.title ?? document.source}
        </Text>
      </Box>
      <Box height={1} width={width}>
        <Text color={theme.text.muted} wrap="truncate-end">
          {meta.join(" · ")}
        </Text>
      </Box>
      <Box flexDirection="column" height={view} width={width}>
        {lines.slice(top, top + view).map((line, i) => (
          <DocumentLine
            key={top + i}
            text={document.text}
            line={line}
            highlight={highlight}
            width={width}
          />
        ))}
      </Box>
      <Box height={1} width={width}>
        <Text color={theme.status.warning} wrap="truncate-end">
          {highlight ? `┃ ${describeSpan(document, highlight, find)}` : ""}
        </Text>
      </Box>
      <KeyHints hints={HINTS} width={width} />
    </Box>
  );
}
