import { useStdout } from "ink";
import { useEffect, useState } from "react";

/** The terminal's size in cells. */
export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

// A pseudo-terminal that was never sized reports 0; then COLUMNS and LINES, then 80×24, stand in.
const fallback = (name: "COLUMNS" | "LINES", otherwise: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : otherwise;
};

const read = (stdout: NodeJS.WriteStream): TerminalSize => ({
  columns: stdout.columns > 0 ? stdout.columns : fallback("COLUMNS", 80),
  rows: stdout.rows > 0 ? stdout.rows : fallback("LINES", 24),
});

/** The terminal's size, updated when the window is resized. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => read(stdout));
  useEffect(() => {
    const onResize = () => setSize(read(stdout));
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout]);
  return size;
}
