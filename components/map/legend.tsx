"use client";
/**
 * The map's legend and its layer switches, in the map's bottom-left corner (North Africa
 * at the first view: the emptiest part of the map). Each layer is a checkbox (store.layers
 * through setLayerVisible; the ids are the URL's `layers=` values) with the marker that
 * stands for it; below, a key to what shape, fill and dashes mean, precision above all.
 * Both parts fold (<details>): the legend starts closed on narrow screens, the key starts
 * open only where the map is tall enough to show it without hiding Europe.
 */
import Link from "next/link";
import { useState } from "react";
import { LAYER_IDS } from "@/lib/domain/layers";
import { layerColour, LAYER_PRESENTATION } from "@/lib/map/layer-presentation";
import { PALETTES } from "@/lib/map/palette";
import { useAtlas } from "../state/atlas-store-provider";
import { MarkerSwatch } from "../ui/marker-swatch";
import { useColorScheme } from "../ui/use-color-scheme";
import { AreaSwatch, HighlightSwatch, RouteSwatch } from "./legend-swatches";
import "./map-ui.css";

export const LEGEND_CLASS = "map-legend";

export function Legend() {
  const p = PALETTES[useColorScheme()];
  const layers = useAtlas((s) => s.layers);
  const setLayerVisible = useAtlas((s) => s.setLayerVisible);
  // Rendered in the browser only (the map is loaded without SSR): the width is known here.
  const [open] = useState(() => window.matchMedia("(min-width: 641px)").matches);
  const [keyOpen] = useState(() => window.matchMedia("(min-width: 641px) and (min-height: 1000px)").matches);
  const ink = p.label;
  return (
    <details className={LEGEND_CLASS} open={open}>
      <summary>Legend and layers</summary>
      <fieldset className="legend-layers">
        <legend>Layers</legend>
        {LAYER_IDS.map((id) => (
          <label key={id} className="legend-row">
            <input
              type="checkbox"
              checked={layers.has(id)}
              onChange={(e) => setLayerVisible(id, e.currentTarget.checked)}
            />
            <MarkerSwatch shape={LAYER_PRESENTATION[id].shape} fill="filled" colour={layerColour(p, id)} />
            <span>
              {LAYER_PRESENTATION[id].label} <span className="legend-note">({LAYER_PRESENTATION[id].shapeNote})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <details className="legend-key-details" open={keyOpen}>
        <summary className="legend-heading">How to read the map: precision</summary>
        <ul className="legend-key">
          <li>
            <MarkerSwatch shape="circle" fill="filled" colour={ink} /> Filled marker: a named site
          </li>
          <li>
            <MarkerSwatch shape="circle" fill="hollow" colour={ink} halo /> Hollow marker with a halo: approximate place
            (a region)
          </li>
          <li>
            <AreaSwatch colour={ink} dashed={false} /> Solid outline: area drawn around a named site
          </li>
          <li>
            <AreaSwatch colour={ink} dashed /> Dashed outline: approximate region or sea area
          </li>
          <li>
            <MarkerSwatch shape="square" fill="filled" colour={ink} /> A small area (under 20,000 km²) also has its
            marker, so it shows at every zoom
          </li>
          <li>
            <RouteSwatch colour={ink} dashed={false} /> Route a source reports, arrows in the direction of travel
          </li>
          <li>
            <RouteSwatch colour={ink} dashed /> Dashed route: a leg no source reports (inferred)
          </li>
          <li>
            <HighlightSwatch colour={p.highlight} /> The selected event
          </li>
        </ul>
        <p className="legend-note">
          Every location is drawn from place names in the sources; the details panel says how.
        </p>
        <p className="legend-note">
          NATO operations that are not exercises (Baltic Sentry, Eastern Sentry) are timeline markers, not map events,
          and are not counted.{" "}
          <Link href="/coverage" prefetch={false}>
            What the data covers
          </Link>
          .
        </p>
      </details>
    </details>
  );
}
