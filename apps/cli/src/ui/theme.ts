import { createContext } from "react";
import type { Grade } from "../api-types";

/** A colour name Ink understands; `""` leaves the terminal's own colour. */
type Colour = string;

/** Semantic colours for the terminal UI. Components use these names, never raw colours. */
export interface Theme {
  /** False when NO_COLOR is set: every colour below is `""`; words and symbols carry the meaning. */
  readonly colour: boolean;
  readonly text: {
    readonly accent: Colour;
    readonly muted: Colour;
    readonly heading: Colour;
  };
  readonly status: {
    readonly error: Colour;
    readonly warning: Colour;
    readonly success: Colour;
    readonly info: Colour;
  };
  readonly grade: Readonly<Record<Grade, Colour>>;
  /** Evidence highlighted in a document. */
  readonly evidence: {
    readonly foreground: Colour;
    readonly background: Colour;
  };
  readonly progress: { readonly done: Colour; readonly remaining: Colour };
}

/** A symbol per grade, so the grade reads without colour. */
export const GRADE_SYMBOLS: Readonly<Record<Grade, string>> = {
  outstanding: "★",
  good: "●",
  "requires-improvement": "▲",
  inadequate: "✖",
};

const COLOURED: Theme = {
  colour: true,
  text: { accent: "cyan", muted: "gray", heading: "blueBright" },
  status: { error: "red", warning: "yellow", success: "green", info: "cyan" },
  grade: {
    outstanding: "greenBright",
    good: "green",
    "requires-improvement": "yellow",
    inadequate: "red",
  },
  evidence: { foreground: "black", background: "yellow" },
  progress: { done: "green", remaining: "gray" },
};

const PLAIN: Theme = {
  colour: false,
  text: { accent: "", muted: "", heading: "" },
  status: { error: "", warning: "", success: "", info: "" },
  grade: {
    outstanding: "",
    good: "",
    "requires-improvement": "",
    inadequate: "",
  },
  evidence: { foreground: "", background: "" },
  progress: { done: "", remaining: "" },
};

/** The theme for an environment: no colours when `NO_COLOR` is set to anything but the empty string (no-color.org). */
export function themeFor(
  env: Readonly<Record<string, string | undefined>>,
): Theme {
  return env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== ""
    ? PLAIN
    : COLOURED;
}

/** The theme in use; the command provides it from the environment. */
export const ThemeContext = createContext<Theme>(COLOURED);
