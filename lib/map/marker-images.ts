/**
 * Point markers as signed-distance-field images made in code (no sprite sheet to fetch),
 * so MapLibre can tint them per side with `icon-color` and outline them with `icon-halo-*`.
 *
 * Shape carries the side as well as colour does (which layer has which shape is in
 * layer-presentation.ts), and fill carries precision: `filled` for a named site, `hollow`
 * (a ring) when the location is approximate.
 *
 * Encoding: MapLibre's SDF shader puts the edge at alpha 0.75 and reads one unit of alpha
 * as 8 texture pixels of distance (`alpha = (6 - d) / 8`, d = signed distance, positive
 * outside), so halos up to ~6 texture pixels wide work.
 */
export const MARKER_SHAPES = ["circle", "square", "diamond"] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];
export type MarkerFill = "filled" | "hollow";

export const MARKER_SIZE = 32;
/** Texture pixels per CSS pixel: a 32-px texture draws as a 16-px marker. */
export const MARKER_PIXEL_RATIO = 2;

export function markerImageId(shape: MarkerShape, fill: MarkerFill): string {
  return `marker-${shape}-${fill}`;
}

/** Signed distance (texture px, positive outside) from (x, y) to the outline of `shape`, centred. */
function shapeDistance(shape: MarkerShape, x: number, y: number, radius: number): number {
  switch (shape) {
    case "circle":
      return Math.hypot(x, y) - radius;
    case "square": {
      const r = radius * 0.86; // a square looks larger than a circle of the same radius
      const qx = Math.abs(x) - r;
      const qy = Math.abs(y) - r;
      return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0);
    }
    case "diamond":
      return (Math.abs(x) + Math.abs(y) - radius * 1.2) / Math.SQRT2;
  }
}

export interface SdfImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export function markerImage(shape: MarkerShape, fill: MarkerFill, size = MARKER_SIZE): SdfImage {
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  const radius = size * 0.34; // leaves room for the halo inside the texture
  const stroke = size * 0.08; // half the ring's width
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const outline = shapeDistance(shape, px + 0.5 - c, py + 0.5 - c, radius - (fill === "hollow" ? stroke : 0));
      const d = fill === "filled" ? outline : Math.abs(outline) - stroke;
      const alpha = Math.min(1, Math.max(0, (6 - d) / 8));
      const o = (py * size + px) * 4;
      data[o] = 255;
      data[o + 1] = 255;
      data[o + 2] = 255;
      data[o + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}

/** Every marker image the event layers may ask for. */
export function markerImages(): { id: string; image: SdfImage }[] {
  const out: { id: string; image: SdfImage }[] = [];
  for (const shape of MARKER_SHAPES) {
    for (const fill of ["filled", "hollow"] as const)
      out.push({ id: markerImageId(shape, fill), image: markerImage(shape, fill) });
  }
  return out;
}
