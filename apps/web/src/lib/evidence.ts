/** The address of an evidence span in its document: the document page scrolled to the highlighted words. */
export function evidenceHref(evidence: {
  documentId: string;
  start: number;
  end: number;
}): string {
  return `/documents/${evidence.documentId}#${evidenceAnchor(evidence)}`;
}

/** The id of the highlighted span on the document page. */
export function evidenceAnchor(span: { start: number; end: number }): string {
  return `e-${span.start}-${span.end}`;
}
