import { describe, expect, it } from "vitest";
import { ATLAS_DATA_FORMAT, checkAtlasData } from "@/lib/data/atlas-data";
import { dataFileOf, DATA_FILE_PATTERN } from "@/lib/data/data-file";
import { initialState } from "@/lib/data/initial-state";
import { getDataset } from "@/lib/data/load-dataset";
import { parseDay } from "@/lib/domain/days";

const dataset = getDataset();

describe("the events file", () => {
  it("is named by its content: the same data gives the same name, any change a new one", () => {
    const a = dataFileOf(dataset);
    expect(a.name).toMatch(DATA_FILE_PATTERN);
    expect(a.path).toBe(`/data/${a.name}`);
    expect(dataFileOf({ ...dataset }).name).toBe(a.name);
    expect(dataFileOf({ ...dataset, events: dataset.events.slice(1) }).name).not.toBe(a.name);
  });

  it("reads back to the same events and context the page had from the server before", () => {
    const back = checkAtlasData(JSON.parse(dataFileOf(dataset).text), "/data/x.json");
    expect(back.events).toEqual(JSON.parse(JSON.stringify(dataset.events)));
    expect(back.context).toEqual(JSON.parse(JSON.stringify(dataset.context)));
    expect(back.problemCount).toBe(dataset.problems.length);
  });

  it.each([
    ["not an object", [], "is not a JSON object"],
    [
      "another format",
      { format: 1, events: [], context: [], tours: [], problemCount: 0 },
      `has format 1, expected ${ATLAS_DATA_FORMAT}`,
    ],
    ["events missing", { format: ATLAS_DATA_FORMAT, context: [], tours: [], problemCount: 0 }, 'no valid "events"'],
    [
      "an event without days",
      { format: ATLAS_DATA_FORMAT, events: [{ id: "x" }], context: [], tours: [], problemCount: 0 },
      'no valid "events"',
    ],
    [
      "a negative problem count",
      { format: ATLAS_DATA_FORMAT, events: [], context: [], tours: [], problemCount: -1 },
      'no valid "problemCount"',
    ],
  ])("is refused when %s, with a message naming the file", (_name, value, message) => {
    expect(() => checkAtlasData(value, "/data/atlas-data.0.json")).toThrow(message);
    expect(() => checkAtlasData(value, "/data/atlas-data.0.json")).toThrow("/data/atlas-data.0.json");
  });
});

describe("the tours in the events file", () => {
  const file = JSON.parse(dataFileOf(dataset).text) as Record<string, unknown> & {
    tours: Array<Record<string, unknown>>;
  };

  it("read back as the dataset's tours", () => {
    expect(checkAtlasData(file, "/data/x.json").tours).toEqual(dataset.tours);
  });

  it("drop a bad tour and count it as a problem, keeping the rest", () => {
    const [first, ...rest] = file.tours;
    const bad = { ...first, steps: "none" };
    const back = checkAtlasData({ ...file, tours: [bad, ...rest], problemCount: 0 }, "/data/x.json");
    expect(back.tours).toEqual(dataset.tours.slice(1));
    expect(back.problemCount).toBe(1);
    expect(back.events).toBe(file.events);
  });

  it("drop a tour whose selected event is not in this file", () => {
    const events = (file.events as Array<{ id: string }>).filter(
      (e) => !dataset.tours.some((t) => t.steps.some((s) => s.selected === e.id)),
    );
    const back = checkAtlasData({ ...file, events, problemCount: 0 }, "/data/x.json");
    expect(back.tours).toEqual([]);
    expect(back.problemCount).toBe(dataset.tours.length);
  });

  it("count a missing tours list as one problem instead of refusing the file", () => {
    const withoutTours = Object.fromEntries(Object.entries(file).filter(([k]) => k !== "tours"));
    const back = checkAtlasData({ ...withoutTours, problemCount: 0 }, "/data/x.json");
    expect(back.tours).toEqual([]);
    expect(back.problemCount).toBe(1);
  });

  it("read none of an absurdly long list, counted as one problem", () => {
    const back = checkAtlasData(
      { ...file, tours: Array.from({ length: 100_000 }, () => file.tours[0]), problemCount: 0 },
      "/data/x.json",
    );
    expect(back.tours).toEqual([]);
    expect(back.problemCount).toBe(1);
  });
});

describe("the initial state read in the browser", () => {
  const data = checkAtlasData(JSON.parse(dataFileOf(dataset).text), "/data/x.json");
  const today = parseDay("2026-12-02")!;

  it("opens the URL's window, mode, layers, selection and tab", () => {
    const id = data.events[0]!.id;
    const init = initialState(
      data,
      today,
      new URLSearchParams(
        `from=2016-01-01&to=2016-12-31&mode=cumulative&layers=nato-drills&selected=${id}&tab=summary`,
      ),
    );
    expect(init.window).toEqual({ from: parseDay("2016-01-01"), to: parseDay("2016-12-31") });
    expect(init.mode).toBe("cumulative");
    expect([...init.layers!]).toEqual(["nato-drills"]);
    expect(init.selectedId).toBe(id);
    expect(init.tab).toBe("summary");
    expect(init.notices).toEqual([]);
  });

  it("without parameters shows everything up to the reader's today", () => {
    const init = initialState(data, today, new URLSearchParams(""));
    expect(init.window).toEqual(init.extent);
    expect(init.extent.to).toBe(Math.max(today, ...data.events.map((e) => e.endDay)));
    expect(init.tab).toBe("events");
  });

  it("says when the build left features out", () => {
    expect(initialState({ ...data, problemCount: 2 }, today, new URLSearchParams("")).notices).toEqual([
      "2 problem(s) in the bundled data; the affected features or tours are left out.",
    ]);
  });
});
