import { render } from "ink";
import type { Session } from "../api-types";
import { App } from "../ui/components/app";
import { ThemeContext, themeFor } from "../ui/theme";
import { formatAuthorityList } from "./list";

const ENTER_ALTERNATE_SCREEN = "\u001B[?1049h\u001B[H";
const LEAVE_ALTERNATE_SCREEN = "\u001B[?1049l";

/**
 * `csi` with no command: the full-screen terminal UI when both ends are a terminal; otherwise (piped)
 * the authority list as plain text.
 */
export async function runBrowse(session: Session): Promise<number> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    process.stdout.write(
      `${formatAuthorityList(await session.caller.authority.list())}\n`,
    );
    return 0;
  }
  process.stdout.write(ENTER_ALTERNATE_SCREEN);
  try {
    const app = render(
      <ThemeContext.Provider value={themeFor(process.env)}>
        <App session={session} />
      </ThemeContext.Provider>,
      { exitOnCtrlC: true, patchConsole: true },
    );
    await app.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  return 0;
}
