import { Box, useApp, useInput } from "ink";
import { useCallback, useMemo, useRef, useState } from "react";
import type { Session } from "../../api-types";
import { KeyRouterContext, type KeyHandler } from "../hooks/use-screen-keys";
import { useSyncedState } from "../hooks/use-synced-state";
import { useTerminalSize } from "../hooks/use-terminal-size";
import { splitKeys } from "../keys";
import type { Navigation, Route } from "../navigation";
import { AuthorityScreen } from "./authority-screen";
import { DocumentScreen } from "./document-screen";
import { HelpScreen } from "./help-screen";
import { IngestScreen } from "./ingest-screen";
import { ListScreen } from "./list-screen";
import { SearchScreen } from "./search-screen";

/**
 * The full-screen terminal UI: a stack of screens (authorities → inspections → document; search; ingest).
 * Screens below the top stay mounted, hidden, so going back keeps their cursor and filter. Each key goes
 * to the screen on top first; what it leaves, the app handles: `q` quits, `?` shows the keys, Esc goes back.
 */
export function App({
  session,
  initialRoute,
}: {
  readonly session: Pick<Session, "caller" | "store">;
  readonly initialRoute?: Route;
}) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [stack, stackRef, setStack] = useSyncedState<readonly Route[]>(() => [
    { screen: "list" },
    ...(initialRoute ? [initialRoute] : []),
  ]);
  const [help, helpRef, setHelp] = useSyncedState(false);
  const [revision, setRevision] = useState(0);
  const screenKeys = useRef<KeyHandler | undefined>(undefined);

  const push = useCallback(
    (route: Route) => setStack((current) => [...current, route]),
    [setStack],
  );
  const pop = useCallback(
    () =>
      setStack((current) =>
        current.length > 1 ? current.slice(0, -1) : current,
      ),
    [setStack],
  );
  const nav = useMemo<Navigation>(
    () => ({ push, pop, dataChanged: () => setRevision((value) => value + 1) }),
    [push, pop],
  );
  const register = useCallback((handler: KeyHandler) => {
    screenKeys.current = handler;
    // Only the screen that registered last may clear it, whatever order effects run in.
    return () => {
      if (screenKeys.current === handler) screenKeys.current = undefined;
    };
  }, []);

  useInput((input, key) => {
    for (const [one, oneKey] of splitKeys(input, key)) {
      if (helpRef.current) {
        setHelp(false);
        continue;
      }
      if (screenKeys.current?.(one, oneKey)) continue;
      if (one === "q") exit();
      else if (one === "?") setHelp(true);
      else if (oneKey.escape && stackRef.current.length > 1) pop();
    }
  });

  const top = stack.length - 1;
  const width = Math.max(20, columns);
  const height = Math.max(8, rows);
  return (
    <KeyRouterContext.Provider value={register}>
      <Box flexDirection="column" width={width} height={height}>
        {help ? (
          <HelpScreen
            screen={stack[top]?.screen ?? "list"}
            width={width}
            height={height}
          />
        ) : null}
        {stack.map((route, i) => {
          const active = i === top && !help;
          const common = { active, width, height } as const;
          let screen;
          switch (route.screen) {
            case "list":
              screen = (
                <ListScreen
                  caller={session.caller}
                  nav={nav}
                  revision={revision}
                  {...common}
                />
              );
              break;
            case "authority":
              screen = (
                <AuthorityScreen
                  caller={session.caller}
                  code={route.code}
                  nav={nav}
                  revision={revision}
                  {...common}
                />
              );
              break;
            case "document":
              screen = (
                <DocumentScreen
                  caller={session.caller}
                  id={route.id}
                  {...(route.highlight ? { highlight: route.highlight } : {})}
                  {...(route.find ? { find: route.find } : {})}
                  {...common}
                />
              );
              break;
            case "search":
              screen = (
                <SearchScreen caller={session.caller} nav={nav} {...common} />
              );
              break;
            case "ingest":
              screen = <IngestScreen session={session} nav={nav} {...common} />;
              break;
          }
          return (
            <Box
              key={i}
              display={active ? "flex" : "none"}
              flexDirection="column"
            >
              {screen}
            </Box>
          );
        })}
      </Box>
    </KeyRouterContext.Provider>
  );
}
