import { Box, Text } from "ink";
import { useEffect, useRef } from "react";
import type { Caller } from "../../api-types";
import { editText } from "../edit-text";
import { useListCursor } from "../hooks/use-list-cursor";
import { useQuery } from "../hooks/use-query";
import { useScreenKeys } from "../hooks/use-screen-keys";
import { useSyncedState } from "../hooks/use-synced-state";
import { useTheme } from "../hooks/use-theme";
import type { Navigation } from "../navigation";
import { AuthorityTable } from "./authority-table";
import { ErrorMessage } from "./error-message";
import { KeyHints } from "./key-hints";
import { TextField } from "./text-field";

const HINTS = [
  { key: "↑↓/jk", label: "move" },
  { key: "Enter", label: "open" },
  { key: "/", label: "filter" },
  { key: "s", label: "search" },
  { key: "i", label: "ingest" },
  { key: "?", label: "keys" },
  { key: "q", label: "quit" },
];

const FILTER_HINTS = [
  { key: "type", label: "name, alias or code" },
  { key: "Enter", label: "keep filter" },
  { key: "Esc", label: "clear" },
  { key: "↑↓", label: "move" },
];

/** The home screen: every authority with its latest grade; `/` filters as you type. */
export function ListScreen({
  caller,
  nav,
  active,
  width,
  height,
  revision,
}: {
  readonly caller: Caller;
  readonly nav: Navigation;
  readonly active: boolean;
  readonly width: number;
  readonly height: number;
  /** Changes when the database changes, to reload. */
  readonly revision: number;
}) {
  const theme = useTheme();
  const [filter, filterRef, setFilter] = useSyncedState("");
  const [editing, editingRef, setEditing] = useSyncedState(false);
  const text = filter.trim();
  const query = useQuery(
    async () => ({
      text,
      rows: await caller.authority.list(text === "" ? undefined : { text }),
    }),
    [caller, text, revision],
  );
  const rows = query.data?.rows ?? [];
  const showFilter = editing || filter !== "";
  const tableHeight = Math.max(2, height - 2 - (showFilter ? 1 : 0));
  const cursor = useListCursor(rows.length, tableHeight - 2);
  const { setIndex } = cursor;

  useEffect(() => {
    setIndex(0);
  }, [text, setIndex]);

  // Enter pressed before the list for the typed filter arrived opens the first match once it does.
  const pendingOpen = useRef(false);
  const open = (index: number) => {
    const row = rows[index];
    if (row) nav.push({ screen: "authority", code: row.gss, name: row.name });
  };
  useEffect(() => {
    if (
      pendingOpen.current &&
      query.status === "success" &&
      query.data.text === filterRef.current.trim()
    ) {
      pendingOpen.current = false;
      open(cursor.current());
    }
  });

  useScreenKeys((input, key) => {
    if (editingRef.current) {
      if (key.return) setEditing(false);
      else if (key.escape) {
        setFilter("");
        setEditing(false);
      } else if (key.upArrow || key.downArrow || key.pageUp || key.pageDown)
        cursor.handleKey("", key);
      else {
        const next = editText(filterRef.current, input, key);
        if (next !== undefined) setFilter(next);
      }
      return true;
    }
    if (input === "/") setEditing(true);
    else if (key.escape && filterRef.current !== "") setFilter("");
    else if (key.return) {
      if (
        query.status === "success" &&
        query.data.text === filterRef.current.trim()
      )
        open(cursor.current());
      else pendingOpen.current = true;
    } else if (input === "s") nav.push({ screen: "search" });
    else if (input === "i") nav.push({ screen: "ingest" });
    else return cursor.handleKey(input, key);
    return true;
  }, active);

  const title =
    text === ""
      ? `${rows.length} authorities`
      : `${rows.length} ${rows.length === 1 ? "authority matches" : "authorities match"} “${text}”`;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box height={1} width={width}>
        <Text wrap="truncate-end">
          <Text bold color={theme.text.accent}>
            csi
          </Text>
          <Text color={theme.text.muted}>
            {width >= 80 ? " · children's services inspections · " : " · "}
          </Text>
          <Text>
            {query.status === "loading" && query.data === undefined
              ? "loading…"
              : title}
          </Text>
        </Text>
      </Box>
      {showFilter ? (
        <TextField label="/ " value={filter} focused={editing} width={width} />
      ) : null}
      {query.status === "error" ? (
        <Box height={tableHeight}>
          <ErrorMessage
            error={query.error}
            hint="Press q to quit, or check the database with `csi db check`."
            width={width}
          />
        </Box>
      ) : rows.length === 0 && query.status === "success" ? (
        <Box height={tableHeight} flexDirection="column">
          <Text>No authority matches “{text}”.</Text>
          <Text color={theme.text.muted}>
            Try part of a name (kensington), an abbreviation (RBKC) or a code
            (E09000020); Esc clears the filter.
          </Text>
        </Box>
      ) : (
        <AuthorityTable
          rows={rows}
          selected={cursor.index}
          width={width}
          height={tableHeight}
        />
      )}
      <KeyHints hints={editing ? FILTER_HINTS : HINTS} width={width} />
    </Box>
  );
}
