import { useContext } from "react";
import { ThemeContext, type Theme } from "../theme";

/** The theme in use. */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}
