/**
 * How each event layer is drawn and named, in one table: its label, its palette colour, its
 * marker shape and the legend's note on that shape. Every place that shows a layer reads it
 * (the map's match expressions, the legend, the embed's legend, the PNG export's legend, the
 * details panel), so adding a layer or changing how one looks is one edit here, and the map
 * and the panels cannot drift apart.
 *
 * Shape carries the side as well as colour does (colour is never the only cue):
 *   circle   China–Russia        square   NATO        diamond   imported
 * The two China–Russia layers share a shape and a colour; only the routes (a patrol's
 * geometry, not its marker) tell them apart on the map.
 */
import type { ExpressionSpecification } from "maplibre-gl";
import { LAYER_IDS, LAYER_LABELS, type LayerId } from "../domain/layers";
import type { MarkerShape } from "./marker-images";
import type { Palette } from "./palette";

/** The palette entries that colour a side. */
export type SideColourKey = keyof Pick<Palette, "nato" | "cnru" | "imported">;

export interface LayerPresentation {
  /** The layer's name in the legends and the details panel (the domain's label). */
  label: string;
  /** Which palette colour the layer's markers, areas and routes use. */
  paletteKey: SideColourKey;
  /** The marker's shape (marker-images.ts draws each). */
  shape: MarkerShape;
  /** The legend's parenthesis after the label: what the layer draws. */
  shapeNote: string;
}

export const LAYER_PRESENTATION: Readonly<Record<LayerId, Readonly<LayerPresentation>>> = {
  "cn-ru-exercises": {
    label: LAYER_LABELS["cn-ru-exercises"],
    paletteKey: "cnru",
    shape: "circle",
    shapeNote: "circles",
  },
  "cn-ru-patrols": {
    label: LAYER_LABELS["cn-ru-patrols"],
    paletteKey: "cnru",
    shape: "circle",
    shapeNote: "circles, routes",
  },
  "nato-drills": { label: LAYER_LABELS["nato-drills"], paletteKey: "nato", shape: "square", shapeNote: "squares" },
  imported: { label: LAYER_LABELS.imported, paletteKey: "imported", shape: "diamond", shapeNote: "diamonds" },
};

/** The colour of `layer` in palette `p`. */
export function layerColour(p: Palette, layer: LayerId): string {
  return p[LAYER_PRESENTATION[layer].paletteKey];
}

/**
 * A MapLibre `match` on the feature's `layer` property giving each layer's value, for the
 * paint and layout properties that differ by layer. Every layer is listed; the fallback (a
 * feature without a known layer, which the data never holds) is the first layer's value.
 */
export function matchLayer(value: (layer: LayerId) => string): ExpressionSpecification {
  const branches = LAYER_IDS.flatMap((l) => [l, value(l)]);
  // The spec's tuple type cannot express "pairs, then a fallback" for a list built at run time.
  return ["match", ["get", "layer"], ...branches, value(LAYER_IDS[0])] as unknown as ExpressionSpecification;
}
