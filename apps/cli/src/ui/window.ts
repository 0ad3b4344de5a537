/**
 * The first visible index of a list of `count` rows shown `visible` at a time, so that `selected`
 * stays in view, roughly centred once the list scrolls.
 */
export function windowStart(
  count: number,
  visible: number,
  selected: number,
): number {
  if (count <= visible) return 0;
  return Math.max(
    0,
    Math.min(selected - Math.floor(visible / 2), count - visible),
  );
}
