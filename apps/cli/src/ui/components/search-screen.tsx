import { Box, Text } from "ink";
import { useEffect, useRef } from "react";
import type { Caller, SearchResult } from "../../api-types";
import { editText } from "../edit-text";
import { useListCursor } from "../hooks/use-list-cursor";
import { useQuery } from "../hooks/use-query";
import { useScreenKeys } from "../hooks/use-screen-keys";
import { useSyncedState } from "../hooks/use-synced-state";
import { useTheme } from "../hooks/use-theme";
import type { Navigation } from "../navigation";
import { windowStart } from "../window";
import { ErrorMessage } from "./error-message";
import { KeyHints } from "./key-hints";
import { TextField } from "./text-field";

const EDIT_HINTS = [
  { key: "Enter", label: "search" },
  { key: "Esc", label: "back" },
  { key: '"…"', label: "phrase" },
  { key: "OR NOT word*", label: "operators" },
];
const RESULT_HINTS = [
  { key: "↑↓/jk", label: "move" },
  { key: "Enter", label: "open at the match" },
  { key: "/", label: "new search" },
  { key: "Esc", label: "back" },
  { key: "?", label: "keys" },
  { key: "q", label: "quit" },
];

type Hit = SearchResult["hits"][number];

function Snippet({
  hit,
  width,
}: {
  readonly hit: Hit;
  readonly width: number;
}) {
  const theme = useTheme();
  return (
    <Box height={1} width={width}>
      <Box width={4} flexShrink={0} />
      <Text wrap="truncate-end">
        {hit.snippet.map((segment, i) =>
          segment.match ? (
            <Text key={i} bold underline color={theme.text.accent}>
              {segment.text.replace(/\s+/g, " ")}
            </Text>
          ) : (
            <Text key={i}>{segment.text.replace(/\s+/g, " ")}</Text>
          ),
        )}
      </Text>
    </Box>
  );
}

/** Full-text search over the stored documents; Enter opens a document at its first match. */
export function SearchScreen({
  caller,
  nav,
  active,
  width,
  height,
  initialQuery = "",
}: {
  readonly caller: Caller;
  readonly nav: Navigation;
  readonly active: boolean;
  readonly width: number;
  readonly height: number;
  readonly initialQuery?: string;
}) {
  const theme = useTheme();
  const [draft, draftRef, setDraft] = useSyncedState(initialQuery);
  const [submitted, submittedRef, setSubmitted] = useSyncedState(
    initialQuery.trim(),
  );
  const [editing, editingRef, setEditing] = useSyncedState(
    initialQuery.trim() === "",
  );
  const query = useQuery(
    async () =>
      submitted === ""
        ? undefined
        : caller.search.query({ q: submitted, limit: 50 }),
    [caller, submitted],
  );
  const hits = query.data?.hits ?? [];
  const listHeight = Math.max(2, height - 4);
  const visible = Math.max(1, Math.floor(listHeight / 2));
  const cursor = useListCursor(hits.length, visible - 1);
  const { setIndex } = cursor;

  useEffect(() => {
    setIndex(0);
  }, [submitted, setIndex]);

  // Enter pressed before the results of the new query arrived opens the first hit once they do.
  const pendingOpen = useRef(false);
  const open = (hit: Hit | undefined) => {
    const match = hit?.snippet.find((segment) => segment.match)?.text.trim();
    if (hit)
      nav.push({
        screen: "document",
        id: hit.document.id,
        ...(match ? { find: match } : {}),
      });
  };
  useEffect(() => {
    if (
      pendingOpen.current &&
      query.status === "success" &&
      query.data?.query === submittedRef.current
    ) {
      pendingOpen.current = false;
      open(query.data.hits[cursor.current()]);
    }
  });

  useScreenKeys((input, key) => {
    if (editingRef.current) {
      if (key.return) {
        const q = draftRef.current.trim();
        if (q !== "") {
          setSubmitted(q);
          setEditing(false);
        }
      } else if (key.escape) nav.pop();
      else {
        const next = editText(draftRef.current, input, key);
        if (next !== undefined) setDraft(next);
      }
      return true;
    }
    if (input === "/" || input === "s") setEditing(true);
    else if (key.return) {
      if (
        query.status === "success" &&
        query.data?.query === submittedRef.current
      )
        open(hits[cursor.current()]);
      else pendingOpen.current = true;
    } else return cursor.handleKey(input, key);
    return true;
  }, active);

  const start = windowStart(hits.length, visible, cursor.index);
  let status = "Type words to find in the stored documents.";
  if (query.status === "loading" && submitted !== "") status = "searching…";
  else if (query.data)
    status = `${query.data.total} ${query.data.total === 1 ? "document matches" : "documents match"} “${query.data.query}”`;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <TextField
        label="Search: "
        value={draft}
        focused={editing}
        width={width}
      />
      <Box height={1} width={width}>
        <Text color={theme.text.muted} wrap="truncate-end">
          {status}
        </Text>
      </Box>
      <Box flexDirection="column" height={listHeight} width={width}>
        {query.status === "error" ? (
          <ErrorMessage
            error={query.error}
            hint="Edit the query with / and search again, or press Esc to go back."
            width={width}
          />
        ) : (
          hits.slice(start, start + visible).map((hit, i) => {
            const selected = start + i === cursor.index;
            return (
              <Box
                key={hit.document.id}
                flexDirection="column"
                height={2}
                width={width}
              >
                <Box height={1} width={width}>
                  <Box width={2} flexShrink={0}>
                    <Text color={theme.text.accent} bold>
                      {selected ? "›" : " "}
                    </Text>
                  </Box>
                  <Text wrap="truncate-end" inverse={selected} bold>
                    {hit.document.title ?? hit.document.source}
                  </Text>
                  <Text wrap="truncate-end" color={theme.text.muted}>
                    {" "}
                    {hit.document.published ?? ""} {hit.document.source}
                  </Text>
                </Box>
                <Snippet hit={hit} width={width} />
              </Box>
            );
          })
        )}
      </Box>
      <Box height={1} />
      <KeyHints hints={editing ? EDIT_HINTS : RESULT_HINTS} width={width} />
    </Box>
  );
}
