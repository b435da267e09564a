/**
 * Small SVG pictures of what the map draws, for the legend: the markers (shape by side,
 * filled or hollow by precision), area outlines, route lines with an arrow. Decorative:
 * the legend's text says the same thing.
 */
import type { MarkerFill, MarkerShape } from "@/lib/map/marker-images";

const SIZE = 22;

export function MarkerSwatch({ shape, fill, colour, halo = false }: { shape: MarkerShape; fill: MarkerFill; colour: string; halo?: boolean }) {
  const common = { stroke: colour, strokeWidth: 2.5, fill: fill === "filled" ? colour : "none" };
  return (
    <svg width={SIZE} height={SIZE} viewBox="0 0 22 22" aria-hidden="true" focusable="false" className="legend-swatch">
      {halo ? <circle cx="11" cy="11" r="10" fill={colour} opacity="0.18" /> : null}
      {shape === "circle" ? <circle cx="11" cy="11" r="5.5" {...common} /> : null}
      {shape === "square" ? <rect x="6" y="6" width="10" height="10" {...common} /> : null}
      {shape === "diamond" ? <path d="M11 4.5 L17.5 11 L11 17.5 L4.5 11 Z" {...common} /> : null}
    </svg>
  );
}

export function AreaSwatch({ colour, dashed }: { colour: string; dashed: boolean }) {
  return (
    <svg width={SIZE} height={SIZE} viewBox="0 0 22 22" aria-hidden="true" focusable="false" className="legend-swatch">
      <rect x="3" y="5" width="16" height="12" fill={colour} fillOpacity="0.12" stroke={colour} strokeWidth="1.8" strokeDasharray={dashed ? "3 2" : undefined} />
    </svg>
  );
}

export function RouteSwatch({ colour, dashed }: { colour: string; dashed: boolean }) {
  return (
    <svg width={SIZE} height={SIZE} viewBox="0 0 22 22" aria-hidden="true" focusable="false" className="legend-swatch">
      <path d="M2 11 H20" stroke={colour} strokeWidth="2.5" strokeDasharray={dashed ? "3 3" : undefined} fill="none" />
      {dashed ? null : <path d="M10 7 L14 11 L10 15" stroke={colour} strokeWidth="2" fill="none" />}
    </svg>
  );
}

export function HighlightSwatch({ colour }: { colour: string }) {
  return (
    <svg width={SIZE} height={SIZE} viewBox="0 0 22 22" aria-hidden="true" focusable="false" className="legend-swatch">
      <circle cx="11" cy="11" r="8" fill="none" stroke={colour} strokeWidth="3" />
    </svg>
  );
}
