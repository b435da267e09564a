/**
 * Colours for the light and dark themes. One table so the basemap, the event layers and
 * the panels agree. The two sides (NATO, China–Russia) use a blue/orange pair that stays
 * distinct under the common colour-vision deficiencies, and imported data a third colour
 * that differs from both in lightness (wine in light, pale teal in dark), so all three stay
 * apart for protan, deutan and tritan readers. tests/unit/map/palette.test.ts simulates
 * each deficiency and checks the differences and the contrast against land and sea.
 * Shape and pattern carry the same meaning too, so colour is never the only cue. The
 * selection highlight is near-black in the light theme (yellow has no contrast on pale
 * land) and yellow in the dark one.
 */
export type Theme = "light" | "dark";

export interface Palette {
  sea: string;
  land: string;
  landDetail: string;
  border: string;
  coast: string;
  label: string;
  labelHalo: string;
  nato: string;
  cnru: string;
  imported: string;
  context: string;
  highlight: string;
}

export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: {
    sea: "#cfdde6",
    land: "#f4f1ea",
    landDetail: "#f4f1ea",
    border: "#a39e93",
    coast: "#9fb3c1",
    label: "#4a4740",
    labelHalo: "#f4f1ea",
    nato: "#1f5fae",
    cnru: "#c2410c",
    imported: "#831843",
    context: "#57534e",
    highlight: "#111827",
  },
  dark: {
    sea: "#0f1b26",
    land: "#25272b",
    landDetail: "#25272b",
    border: "#5b5e66",
    coast: "#34495a",
    label: "#c9c6bd",
    labelHalo: "#141619",
    nato: "#6aa7f0",
    cnru: "#f59e4b",
    imported: "#5eead4",
    context: "#a8a29e",
    highlight: "#fde047",
  },
};
