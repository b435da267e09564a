/**
 * Builders for tour tests: `goodTour` is a valid tour for the bundled data (it parses with
 * zero problems); tests break one thing at a time by overriding a field of the tour or of
 * one step. Plain JSON values, so a test can also serialise them and parse them back.
 */
import type { Json, JsonObject } from "../../fixtures/bad-geodata/builders";

export function goodStep(overrides: JsonObject = {}): JsonObject {
  return {
    title: "Joint Sea 2016",
    text: "The first Joint Sea in the South China Sea.",
    from: "2016-07-01",
    to: "2016-09-30",
    layers: ["cn-ru-exercises"],
    selected: "joint-sea-2016",
    camera: { center: [113.5, 17], zoom: 4 },
    tab: "events",
    sources: [
      {
        url: "https://news.usni.org/2016/09/12/china-russia-start-joint-south-china-sea-naval-exercise-includes-island-seizing-drill",
        title: "USNI News",
      },
    ],
    ...overrides,
  };
}

export function goodTour(
  overrides: JsonObject = {},
  steps: Json[] = [goodStep(), goodStep({ title: "Second", selected: null })],
): JsonObject {
  // A null `selected` in a builder means "leave the key out".
  const clean = steps.map((s) =>
    s && typeof s === "object" && !Array.isArray(s) && s.selected === null ? withoutKey(s, "selected") : s,
  );
  return { id: "test-tour", title: "A test tour", summary: "Two steps.", steps: clean, ...overrides };
}

function withoutKey(obj: JsonObject, key: string): JsonObject {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));
}
