/**
 * The route arrow as pixels (an SDF-friendly white chevron on transparent), made in code so
 * no sprite sheet has to be fetched. MapLibre tints it with `icon-color`.
 */
export function arrowImage(size = 24): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // A chevron pointing right (+x): two strokes meeting at the tip.
      const dx = x - c * 0.6;
      const dy = Math.abs(y - c);
      const onStroke = Math.abs(dx - (c * 0.8 - dy)) < size * 0.09 && dx >= -size * 0.15 && dy < c * 0.75;
      const o = (y * size + x) * 4;
      if (onStroke) {
        data[o] = 255;
        data[o + 1] = 255;
        data[o + 2] = 255;
        data[o + 3] = 255;
      }
    }
  }
  return { width: size, height: size, data };
}
