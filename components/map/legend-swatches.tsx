/**
 * Small SVG pictures of what the map draws, for the legend's key: area outlines, route
 * lines with an arrow, the selection ring (the markers are ui/marker-swatch.tsx, which the
 * details panel shares). Decorative: the legend's text says the same thing.
 */

const SIZE = 22;

export function AreaSwatch({ colour, dashed }: { colour: string; dashed: boolean }) {
  return (
    <svg width={SIZE} height={SIZE} viewBox="0 0 22 22" aria-hidden="true" focusable="false" className="legend-swatch">
      <rect
        x="3"
        y="5"
        width="16"
        height="12"
        fill={colour}
        fillOpacity="0.12"
        stroke={colour}
        strokeWidth="1.8"
        strokeDasharray={dashed ? "3 2" : undefined}
      />
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
