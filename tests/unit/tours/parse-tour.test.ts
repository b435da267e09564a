/**
 * `parseTour` on hostile and broken input: every fault is one problem naming the file and
 * the JSON path, printed like data:check's other problems, and nothing ever throws.
 */
import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load-dataset";
import { formatProblem } from "@/lib/domain/validation/report";
import { parseTour } from "@/lib/tours/parse-tour";
import { tourExtent } from "@/lib/tours/check-tours";
import type { Json, JsonObject } from "../../fixtures/bad-geodata/builders";
import { goodStep, goodTour } from "./tour-builders";

const events = getDataset().events;
const ctx = { events, extent: tourExtent(events) };
const FILE = "tours/test-tour.json";

function lines(value: unknown, file = FILE): string[] {
  return parseTour(value, file, ctx).problems.map(formatProblem);
}

/** The tour with its first step changed. */
const withStep = (overrides: JsonObject): JsonObject =>
  goodTour({}, [goodStep(overrides), goodStep({ title: "Second" })]);

describe("parseTour", () => {
  it("accepts a good tour and rebuilds it from the known fields", () => {
    const r = parseTour(goodTour(), FILE, ctx);
    expect(r.problems).toEqual([]);
    expect(r.tour?.steps[0]).toEqual(goodStep());
    expect(r.tour?.steps[1]?.selected).toBeUndefined();
  });

  it("reports the example of the contract in the documented form", () => {
    const steps = [goodStep(), goodStep(), goodStep({ from: "2024-13-01" })];
    expect(lines(goodTour({ id: "seed-article" }, steps), "tours/seed-article.json")).toEqual([
      'tours/seed-article.json: steps[2].from: "2024-13-01" is not a real date written YYYY-MM-DD',
    ]);
  });

  it.each<[string, unknown, string[]]>([
    ["not an object", [], ["tours/test-tour.json: (file): must be an object (found a list)"]],
    ["null", null, ["tours/test-tour.json: (file): must be an object (found null)"]],
    [
      "a wrong type for the title",
      goodTour({ title: 7 }),
      ["tours/test-tour.json: title: must be text (found a number)"],
    ],
    [
      "steps that are not a list",
      goodTour({ steps: "many" }),
      ["tours/test-tour.json: steps: must be a list (found text)"],
    ],
    ["no steps", goodTour({}, []), ["tours/test-tour.json: steps: must have at least 2 items (found 0)"]],
    [
      "one step only",
      goodTour({}, [goodStep()]),
      ["tours/test-tour.json: steps: must have at least 2 items (found 1)"],
    ],
    [
      "a step that is not an object",
      goodTour({}, [goodStep(), 3]),
      ["tours/test-tour.json: steps[1]: must be an object (found a number)"],
    ],
    [
      "an id that is not the file name",
      goodTour({ id: "other" }),
      ['tours/test-tour.json: id: "other" must equal the file name without .json ("test-tour")'],
    ],
    [
      "an id that is not a slug",
      goodTour({ id: "Test Tour" }),
      ['tours/test-tour.json: id: "Test Tour" must be a lowercase slug such as seed-article'],
    ],
    [
      "an unknown key",
      goodTour({ colour: "red" }),
      ["tours/test-tour.json: colour: is not a known property (expected id, title, summary, steps)"],
    ],
    ["a missing title", withStep({ title: null }), ["tours/test-tour.json: steps[0].title: must be text (found null)"]],
    ["an empty title", withStep({ title: "   " }), ["tours/test-tour.json: steps[0].title: must not be empty"]],
    [
      "a bad date",
      withStep({ to: "2016-02-30" }),
      ['tours/test-tour.json: steps[0].to: "2016-02-30" is not a real date written YYYY-MM-DD'],
    ],
    [
      "a date as a number",
      withStep({ from: 20160701 }),
      ["tours/test-tour.json: steps[0].from: must be a date written YYYY-MM-DD (found a number)"],
    ],
    [
      "from after to",
      withStep({ from: "2016-10-01" }),
      ["tours/test-tour.json: steps[0].to: 2016-09-30 is before from (2016-10-01)"],
    ],
    [
      "a window before the timeline",
      withStep({ from: "1999-01-01", selected: null }),
      ["tours/test-tour.json: steps[0].from: 1999-01-01 is before the timeline starts (2005-01-01)"],
    ],
    [
      "an unknown layer",
      withStep({ layers: ["cn-ru-exercises", "ufo-sightings"] }),
      [
        'tours/test-tour.json: steps[0].layers[1]: "ufo-sightings" is not a tour layer (expected cn-ru-exercises, cn-ru-patrols, nato-drills)',
      ],
    ],
    [
      "the imported layer",
      withStep({ layers: ["imported"], selected: null }),
      [
        'tours/test-tour.json: steps[0].layers[0]: "imported" is not a tour layer (expected cn-ru-exercises, cn-ru-patrols, nato-drills)',
      ],
    ],
    [
      "a layer twice",
      withStep({ layers: ["cn-ru-exercises", "cn-ru-exercises"] }),
      ['tours/test-tour.json: steps[0].layers[1]: "cn-ru-exercises" is listed twice'],
    ],
    [
      "no layer",
      withStep({ layers: [], selected: null }),
      ["tours/test-tour.json: steps[0].layers: must not be empty"],
    ],
    [
      "an unknown selected id",
      withStep({ selected: "joint-sea-1066" }),
      [
        'tours/test-tour.json: steps[0].selected: no bundled exercise or patrol has the id "joint-sea-1066" (context events cannot be selected)',
      ],
    ],
    [
      "a context event selected",
      withStep({ selected: "ctx-scs-arbitration-ruling-2016" }),
      [
        'tours/test-tour.json: steps[0].selected: no bundled exercise or patrol has the id "ctx-scs-arbitration-ruling-2016" (context events cannot be selected)',
      ],
    ],
    [
      "a selection outside the window",
      withStep({ to: "2016-08-31" }),
      [
        'tours/test-tour.json: steps[0].selected: "joint-sea-2016" is not visible in the step\'s window and layers (it runs 2016-09-12 to 2016-09-19 on layer cn-ru-exercises)',
      ],
    ],
    [
      "a selection on a layer switched off",
      withStep({ layers: ["nato-drills"] }),
      [
        'tours/test-tour.json: steps[0].selected: "joint-sea-2016" is not visible in the step\'s window and layers (it runs 2016-09-12 to 2016-09-19 on layer cn-ru-exercises)',
      ],
    ],
    [
      "a javascript: source",
      withStep({ sources: [{ url: "javascript:alert(1)", title: "x" }] }),
      ['tours/test-tour.json: steps[0].sources[0].url: "javascript:alert(1)" is not an http(s) address'],
    ],
    [
      "a relative source address",
      withStep({ sources: [{ url: "/etc/passwd", title: "x" }] }),
      ['tours/test-tour.json: steps[0].sources[0].url: "/etc/passwd" is not an http(s) address'],
    ],
    ["no source", withStep({ sources: [] }), ["tours/test-tour.json: steps[0].sources: must not be empty"]],
    [
      "HTML in the text",
      withStep({ text: 'Look <img src=x onerror="alert(1)">' }),
      ['tours/test-tour.json: steps[0].text: must be plain text, not HTML (found "<img src=x o")'],
    ],
    [
      "a control character",
      withStep({ text: "bell\u0007" }),
      ["tours/test-tour.json: steps[0].text: must not contain control characters"],
    ],
    [
      "too long a text",
      withStep({ text: "a".repeat(701) }),
      ["tours/test-tour.json: steps[0].text: is 701 characters long; at most 700 are allowed"],
    ],
    [
      "too long a title",
      withStep({ title: "t".repeat(81) }),
      ["tours/test-tour.json: steps[0].title: is 81 characters long; at most 80 are allowed"],
    ],
    [
      "a camera off the map",
      withStep({ camera: { center: [200, 90], zoom: 13 } }),
      [
        "tours/test-tour.json: steps[0].camera.center[0]: must be between -180 and 180 (found 200)",
        "tours/test-tour.json: steps[0].camera.center[1]: must be between -85 and 85 (found 90)",
        "tours/test-tour.json: steps[0].camera.zoom: must be between 0 and 12 (found 13)",
      ],
    ],
    [
      "a camera with three coordinates",
      withStep({ camera: { center: [1, 2, 3], zoom: 3 } }),
      ["tours/test-tour.json: steps[0].camera.center: must have at most 2 items (found 3)"],
    ],
    [
      "an unknown tab",
      withStep({ tab: "settings" }),
      [
        'tours/test-tour.json: steps[0].tab: "settings" is not a side panel (expected events, summary, compare, claims)',
      ],
    ],
    [
      "an unknown step key",
      withStep({ onClick: "alert(1)" }),
      [
        "tours/test-tour.json: steps[0].onClick: is not a known property (expected title, text, from, to, layers, selected, camera, tab, sources)",
      ],
    ],
  ])("reports %s", (_name, value, expected) => {
    expect(lines(value)).toEqual(expected);
    expect(parseTour(value, FILE, ctx).tour).toBeNull();
  });

  it("rejects __proto__, constructor and prototype keys wherever they are", () => {
    // String.replace changes the first match only: the keys go into the tour and its first step.
    const text = JSON.stringify(goodTour())
      .replace('{"id"', '{"__proto__":{"polluted":true},"id"')
      .replace('"camera":{', '"camera":{"constructor":1,')
      .replace('"url":', '"prototype":"x","url":');
    const value = JSON.parse(text) as unknown;
    expect(lines(value)).toEqual([
      "tours/test-tour.json: __proto__: is a forbidden key (__proto__, constructor and prototype are rejected anywhere in the data)",
      "tours/test-tour.json: steps[0].camera.constructor: is a forbidden key (__proto__, constructor and prototype are rejected anywhere in the data)",
      "tours/test-tour.json: steps[0].sources[0].prototype: is a forbidden key (__proto__, constructor and prototype are rejected anywhere in the data)",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never reads inherited properties", () => {
    const inherited = Object.create(goodTour()) as object;
    expect(lines(inherited)).toEqual([
      "tours/test-tour.json: id: is required",
      "tours/test-tour.json: title: is required",
      "tours/test-tour.json: summary: is required",
      "tours/test-tour.json: steps: is required",
    ]);
  });

  it("caps the work on huge lists and never throws on junk", () => {
    expect(
      lines(
        goodTour(
          {},
          Array.from({ length: 10_000 }, () => goodStep()),
        ),
      ),
    ).toEqual(["tours/test-tour.json: steps: must have at most 20 items (found 10000)"]);
    const junk: unknown[] = [undefined, 0, "x", true, [[]], { steps: [{}, {}] }, goodTour({}, [null, [] as Json])];
    for (const v of junk) expect(() => parseTour(v, FILE, ctx)).not.toThrow();
    expect(parseTour({ steps: [{}, {}] }, FILE, ctx).problems.length).toBeGreaterThan(5);
  });

  it("checks the id against the file name only when the name is a .json file", () => {
    expect(parseTour(goodTour({ id: "anything" }), "/data/atlas-data.x.json tours[0]", ctx).problems).toEqual([]);
  });
});
