/**
 * Unwraps longitudes of lines that cross the antimeridian, for measuring and drawing.
 *
 * Contract: pure, never mutates its input. `unwrapLongitudes(positions)` returns a copy in
 * which every longitude after the first is shifted by a whole multiple of 360° so that it
 * differs from the previous one by at most 180°; latitudes (and any extra ordinates) are
 * kept. The result may leave [-180, 180] (e.g. 175 → -175 becomes 175 → 185), which map
 * libraries draw as the short way across the antimeridian. `unwrapLineGeometry` does the
 * same for a LineString, and for a MultiLineString line by line, each line continuing from
 * where the previous one ended; other geometries are returned unchanged.
 */
import type { Geometry, Position } from "geojson";

/** See the module contract. `reference` is the longitude the first point should stay near. */
export function unwrapLongitudes(positions: readonly Position[], reference?: number): Position[] {
  const out: Position[] = [];
  let previous = reference;
  for (const p of positions) {
    const [lon = 0, ...rest] = p;
    const shifted = previous === undefined ? lon : lon - 360 * Math.round((lon - previous) / 360);
    out.push([shifted, ...rest]);
    previous = shifted;
  }
  return out;
}

/** Unwraps line geometries (see the module contract); returns other geometries as they are. */
export function unwrapLineGeometry<G extends Geometry>(geometry: G): G {
  if (geometry.type === "LineString") {
    return { ...geometry, coordinates: unwrapLongitudes(geometry.coordinates) };
  }
  if (geometry.type === "MultiLineString") {
    let last: number | undefined;
    const coordinates = geometry.coordinates.map((line) => {
      const unwrapped = unwrapLongitudes(line, last);
      last = unwrapped[unwrapped.length - 1]?.[0] ?? last;
      return unwrapped;
    });
    return { ...geometry, coordinates };
  }
  return geometry;
}
