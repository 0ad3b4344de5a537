/** Shared SVG definitions: the hatching that marks "no grade" so it never reads as a light colour. */
export function MapPatterns() {
  return (
    <defs>
      <pattern
        id="hatch-none"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#eceeef" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#b9c0c5" strokeWidth="2" />
      </pattern>
    </defs>
  );
}
