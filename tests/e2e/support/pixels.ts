/** Reading a screenshot's pixels: how much of it is close to a given colour. */
import { PNG } from "pngjs";

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function decodePng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

/** Share (0–1) of pixels within `tolerance` (per channel) of `hex`. */
export function colourShare(png: PNG, hex: string, tolerance = 12): number {
  const [r, g, b] = hexToRgb(hex);
  let hits = 0;
  const total = png.width * png.height;
  for (let i = 0; i < total; i++) {
    const o = i * 4;
    if (
      Math.abs((png.data[o] ?? 0) - r) <= tolerance &&
      Math.abs((png.data[o + 1] ?? 0) - g) <= tolerance &&
      Math.abs((png.data[o + 2] ?? 0) - b) <= tolerance
    )
      hits++;
  }
  return hits / total;
}

/** The colour of one pixel as [r, g, b]. */
export function pixelAt(png: PNG, x: number, y: number): [number, number, number] {
  const o = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[o] ?? 0, png.data[o + 1] ?? 0, png.data[o + 2] ?? 0];
}

export function isNear(rgb: [number, number, number], hex: string, tolerance = 12): boolean {
  const [r, g, b] = hexToRgb(hex);
  return Math.abs(rgb[0] - r) <= tolerance && Math.abs(rgb[1] - g) <= tolerance && Math.abs(rgb[2] - b) <= tolerance;
}

/** Share of pixels near `hex` in the (2r+1)² square around (x, y): robust to a label or line crossing the spot. */
export function shareAround(png: PNG, x: number, y: number, r: number, hex: string, tolerance = 12): number {
  let hits = 0;
  let total = 0;
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      const px = Math.round(x) + dx;
      const py = Math.round(y) + dy;
      if (px < 0 || py < 0 || px >= png.width || py >= png.height) continue;
      total++;
      if (isNear(pixelAt(png, px, py), hex, tolerance)) hits++;
    }
  }
  return total === 0 ? 0 : hits / total;
}
