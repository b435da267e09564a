import { describe, expect, it } from "vitest";
import { checkAtlasData } from "@/lib/data/atlas-data";
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
    ["another format", { format: 2, events: [], context: [], problemCount: 0 }, "has format 2, expected 1"],
    ["events missing", { format: 1, context: [], problemCount: 0 }, 'no valid "events"'],
    ["an event without days", { format: 1, events: [{ id: "x" }], context: [], problemCount: 0 }, 'no valid "events"'],
    ["a negative problem count", { format: 1, events: [], context: [], problemCount: -1 }, 'no valid "problemCount"'],
  ])("is refused when %s, with a message naming the file", (_name, value, message) => {
    expect(() => checkAtlasData(value, "/data/atlas-data.0.json")).toThrow(message);
    expect(() => checkAtlasData(value, "/data/atlas-data.0.json")).toThrow("/data/atlas-data.0.json");
  });
});

describe("the initial state read in the browser", () => {
  const data = checkAtlasData(JSON.parse(dataFileOf(dataset).text), "/data/x.json");
  const today = parseDay("2026-12-02")!;

  it("opens the URL's window, mode, layers, selection and tab", () => {
    const id = data.events[0]!.id;
    const init = initialState(data, today, new URLSearchParams(`from=2016-01-01&to=2016-12-31&mode=cumulative&layers=nato-drills&selected=${id}&tab=summary`));
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
    expect(initialState({ ...data, problemCount: 2 }, today, new URLSearchParams("")).notices).toEqual(["2 problem(s) in the bundled data; the affected features are left out."]);
  });
});
