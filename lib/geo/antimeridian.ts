/**
 * Cutting polygons and lines at the antimeridian for a web (Mercator) map.
 *
 * Natural Earth rings for Russia, Fiji and Antarctica jump from +180° to −180° inside
 * one ring. Drawn on a flat map such a ring paints a band across the whole world. We
 * unwrap each ring (consecutive longitudes differ by less than 180°), then clip the
 * unwrapped ring into the world it lies in and its neighbour, shifting the part that
 * fell outside [−180°, 180°] back by ±360°. A ring that encircles a pole (Antarctica)
 * does not close after unwrapping; it is closed along the pole's latitude first.
 *
 * Input positions are never mutated.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";

type Ring = Position[];

/** Longitudes rewritten so that consecutive positions differ by less than 180°. */
export function unwrapRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  let offset = 0;
  let prev: number | undefined;
  for (const p of ring) {
    const lon = p[0] ?? 0;
    const lat = p[1] ?? 0;
    if (prev !== undefined) {
      const d = lon + offset - prev;
      if (d > 180) offset -= 360;
      else if (d < -180) offset += 360;
    }
    const x = lon + offset;
    out.push([x, lat]);
    prev = x;
  }
  return out;
}

/** Whether any step in the ring is longer than 180° of longitude (i.e. it wraps). */
export function crossesAntimeridian(ring: readonly Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1]?.[0] ?? 0;
    const b = ring[i]?.[0] ?? 0;
    if (Math.abs(b - a) > 180) return true;
  }
  return false;
}

/** Sutherland–Hodgman against one vertical line: keep x >= edge (keepRight) or x <= edge. */
function clipVertical(ring: Ring, edge: number, keepRight: boolean): Ring {
  const inside = (p: Position) => (keepRight ? (p[0] ?? 0) >= edge : (p[0] ?? 0) <= edge);
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i] as Position;
    const prev = ring[(i + ring.length - 1) % ring.length] as Position;
    const curIn = inside(cur);
    const prevIn = inside(prev);
    if (curIn !== prevIn) {
      const [x1 = 0, y1 = 0] = prev;
      const [x2 = 0, y2 = 0] = cur;
      const t = (edge - x1) / (x2 - x1);
      out.push([edge, y1 + t * (y2 - y1)]);
    }
    if (curIn) out.push(cur);
  }
  return out;
}

function closeRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) return ring;
  if (first[0] === last[0] && first[1] === last[1]) return ring;
  return [...ring, [first[0] ?? 0, first[1] ?? 0]];
}

/** The open ring (without its closing position), clipped to [west, west + 360] and shifted by `shift`. */
function clipToWorld(open: Ring, west: number, shift: number): Ring | null {
  let r = clipVertical(open, west, true);
  r = clipVertical(r, west + 360, false);
  if (r.length < 3) return null;
  return closeRing(r.map(([x = 0, y = 0]) => [x + shift, y]));
}

/**
 * Splits one polygon (exterior ring only is cut; holes follow the same rule) into
 * polygons that each lie within [−180°, 180°].
 */
export function cutPolygon(rings: readonly (readonly Position[])[]): Position[][][] {
  const exterior = rings[0];
  if (!exterior || !rings.some((r) => crossesAntimeridian(r))) {
    return [rings.map((r) => r.map((p) => [p[0] ?? 0, p[1] ?? 0]))];
  }
  const pieces: Position[][][] = [];
  for (const [ringIndex, ring] of rings.entries()) {
    let open = unwrapRing(ring);
    const first = open[0];
    const last = open[open.length - 1];
    if (first && last && Math.abs((last[0] ?? 0) - (first[0] ?? 0)) > 180) {
      // Encircles a pole: close it along the pole's latitude.
      const poleLat = (first[1] ?? 0) < 0 ? -90 : 90;
      open = [...open, [last[0] ?? 0, poleLat], [first[0] ?? 0, poleLat]];
    } else {
      open = open.slice(0, -1);
    }
    for (const west of [-540, -180, 180]) {
      const clipped = clipToWorld(open, west, -(west + 180));
      if (!clipped) continue;
      if (ringIndex === 0) pieces.push([clipped]);
      // Holes that cross the antimeridian are rare enough (none in Natural Earth) to attach
      // to the first exterior piece; a misplaced hole shows as land, never as a band.
      else pieces[0]?.push(clipped);
    }
  }
  return pieces;
}

/** Polygon or MultiPolygon → MultiPolygon whose parts never cross the antimeridian. */
export function cutAtAntimeridian(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return { type: "MultiPolygon", coordinates: polys.flatMap((p) => cutPolygon(p)) };
}

/** Splits a line wherever a step is longer than 180° of longitude (a wrapped step). */
export function splitLineAtJumps(line: readonly Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (const p of line) {
    const prev = current[current.length - 1];
    if (prev && Math.abs((p[0] ?? 0) - (prev[0] ?? 0)) > 180) {
      if (current.length > 1) parts.push(current);
      current = [];
    }
    current.push([p[0] ?? 0, p[1] ?? 0]);
  }
  if (current.length > 1) parts.push(current);
  return parts;
}
