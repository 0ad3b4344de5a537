/** A byte count for people: `"5.2 MB"`, `"5 MB"`, `"830 kB"`, `"12 bytes"`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
