/** A piece of a document's text: plain, or covered by one or more evidence spans. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Indexes (into the spans given) of the spans covering this piece; empty for plain text. */
  readonly spans: readonly number[];
}

/**
 * Cuts `text` at every span boundary so overlapping and repeated spans can be highlighted without
 * nesting. Spans outside the text are clipped; the pieces cover the text exactly, in order.
 */
export function segmentText(
  text: string,
  spans: readonly { start: number; end: number }[],
): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = spans.flatMap((span, index) =>
      span.start <= start && end <= span.end ? [index] : [],
    );
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      spans: covering,
    });
  }
  return segments;
}
