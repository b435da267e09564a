/**
 * A small SVG picture of a map marker: the shape of a layer (lib/map/layer-presentation.ts),
 * filled for a named site or hollow for an approximate place, in the layer's colour. Used
 * by the legends and the details panel. Decorative (aria-hidden): the text beside it names
 * the layer.
 */
import type { MarkerFill, MarkerShape } from "@/lib/map/marker-images";

const SIZE = 22;

export function MarkerSwatch({
  shape,
  fill,
  colour,
  halo = false,
}: {
  shape: MarkerShape;
  fill: MarkerFill;
  colour: string;
  halo?: boolean;
}) {
  const common = { stroke: colour, strokeWidth: 2.5, fill: fill === "filled" ? colour : "none" };
  return (
    <svg
      width={SIZE}
      height={SIZE}
      viewBox="0 0 22 22"
      aria-hidden="true"
      focusable="false"
      className="legend-swatch"
      data-shape={shape}
    >
      {halo ? <circle cx="11" cy="11" r="10" fill={colour} opacity="0.18" /> : null}
      {shape === "circle" ? <circle cx="11" cy="11" r="5.5" {...common} /> : null}
      {shape === "square" ? <rect x="6" y="6" width="10" height="10" {...common} /> : null}
      {shape === "diamond" ? <path d="M11 4.5 L17.5 11 L11 17.5 L4.5 11 Z" {...common} /> : null}
    </svg>
  );
}
