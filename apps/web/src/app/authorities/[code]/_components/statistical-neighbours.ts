import neighbours from "../../../../../data/statistical-neighbours.json";

/**
 * DfE's ten statistical neighbours of an authority, by DfE LA code (data/SOURCES.md); empty when the
 * authority has no list (abolished authorities).
 */
export function statisticalNeighbours(laCode: string): readonly string[] {
  return (neighbours as Record<string, readonly string[]>)[laCode] ?? [];
}
