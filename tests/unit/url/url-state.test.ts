import { describe, expect, it } from "vitest";
import { formatDay, parseDay } from "@/lib/domain/days";
import { parseUrlState, serialiseUrlState, type UrlState } from "@/lib/url/url-state";
import { defaultUrlState } from "@/lib/url/url-defaults";
import { DEFAULT_THEATRES, presetFrame } from "@/lib/theatres/presets";

const day = (s: string) => parseDay(s)!;
const extent = { from: day("2005-01-01"), to: day("2026-11-29") };
const defaults: UrlState = defaultUrlState(extent);
const ids = new Set(["joint-sea-2012", "dragon-24"]);
const parse = (query: string) => parseUrlState(new URLSearchParams(query), defaults, extent, ids);
const shownWindow = (query: string) => {
  const w = parse(query).state.window;
  return `${formatDay(w.from)}..${formatDay(w.to)}`;
};

describe("URL state parsing", () => {
  it("restores a valid view exactly and says nothing", () => {
    const r = parse(
      "from=2024-01-22&to=2024-05-31&mode=cumulative&layers=nato-drills,cn-ru-patrols&selected=dragon-24&tab=compare",
    );
    expect(r.notices).toEqual([]);
    expect(r.state.tab).toBe("compare");
    expect(shownWindow("from=2024-01-22&to=2024-05-31")).toBe("2024-01-22..2024-05-31");
    expect(r.state.mode).toBe("cumulative");
    expect([...r.state.layers].sort()).toEqual(["cn-ru-patrols", "nato-drills"]);
    expect(r.state.selected).toBe("dragon-24");
  });

  it("round-trips through serialise, and a default view has a clean URL", () => {
    const state: UrlState = {
      ...defaults,
      window: { from: day("2024-02-29"), to: day("2025-01-01") },
      mode: "cumulative",
      layers: new Set(["imported"]),
      selected: "joint-sea-2012",
      tab: "summary",
    };
    const query = serialiseUrlState(state, defaults);
    const back = parse(query);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(state);
    expect(serialiseUrlState(defaults, defaults)).toBe("");
  });

  it.each([
    ["a non-date", "from=yesterday&to=2024-01-01", "from"],
    ["month 13", "from=2024-13-01&to=2024-12-01", "from"],
    ["30 February", "from=2024-02-30", "from"],
    ["29 February of a common year", "to=2023-02-29", "to"],
    ["a date with a time", "from=2024-01-01T00:00", "from"],
    ["a number", "from=1704067200000", "from"],
  ])("ignores %s with a notice", (_name, query, param) => {
    const r = parse(query);
    expect(r.notices.length).toBeGreaterThan(0);
    expect(r.notices.join(" ")).toContain(`"${param}"`);
    expect(r.state.window[param as "from" | "to"]).toBe(defaults.window[param as "from" | "to"]);
  });

  it("falls back to the default window when from is after to", () => {
    const r = parse("from=2024-05-01&to=2024-04-01");
    expect(r.state.window).toEqual(extent);
    expect(r.notices.join(" ")).toMatch(/after/);
  });

  it("reads years 0000–0099 as written, not as 1900–1999", () => {
    expect(formatDay(day("0050-03-01"))).toBe("0050-03-01");
    expect(day("0000-01-01")).toBeLessThan(day("0099-12-31"));
    expect(day("0099-12-31")).toBeLessThan(day("1900-01-01"));
    // A window from year 50 to year 99 lies wholly before the data: it is limited to the
    // data's first day, never shown as 1950–1999.
    const r = parse("from=0050-01-01&to=0099-12-31");
    expect(shownWindow("from=0050-01-01&to=0099-12-31")).toBe("2005-01-01..2005-01-01");
    expect(r.notices.join(" ")).toMatch(/limited/);
  });

  it("limits a window outside the data's range, with a notice", () => {
    const r = parse("from=1999-01-01&to=2006-01-01");
    expect(shownWindow("from=1999-01-01&to=2006-01-01")).toBe("2005-01-01..2006-01-01");
    expect(r.notices.join(" ")).toMatch(/limited/);
  });

  it("ignores unknown layers and ids and a bad mode, keeping the known part", () => {
    const r = parse("layers=nato-drills,tanks&selected=nope&mode=sideways");
    expect([...r.state.layers]).toEqual(["nato-drills"]);
    expect(r.state.selected).toBeNull();
    expect(r.state.mode).toBe("window");
    expect(r.notices).toHaveLength(3);
  });

  it("treats markup in any parameter as plain data and never echoes it whole", () => {
    const markup = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    for (const param of ["from", "to", "mode", "layers", "selected", "tab", "view", "theatres"]) {
      const r = parse(`${param}=${encodeURIComponent(markup)}`);
      expect(r.state).toEqual(defaults);
      expect(r.notices).toHaveLength(1);
      const notice = r.notices[0]!;
      // The value is quoted and cut short; it is text for React to render, never HTML.
      expect(notice).not.toContain(markup);
      expect(notice.length).toBeLessThan(200);
    }
  });

  it("ignores over-long values without quoting them", () => {
    const long = "2024-01-01".padEnd(5000, "x");
    for (const param of ["from", "to", "mode", "layers", "selected", "tab", "view", "theatres"]) {
      const r = parse(`${param}=${long}`);
      expect(r.state).toEqual(defaults);
      expect(r.notices).toEqual([`The "${param}" parameter is too long and was ignored.`]);
    }
  });

  it("opens the named tab; an unknown or differently written tab keeps the default with a notice naming the choices", () => {
    for (const tab of ["events", "summary", "compare", "claims"] as const) {
      expect(parse(`tab=${tab}`)).toEqual({ state: { ...defaults, tab }, notices: [] });
    }
    for (const bad of ["Summary", "stats", "", " compare"]) {
      const r = parse(`tab=${encodeURIComponent(bad)}`);
      expect(r.state.tab).toBe("events");
      expect(r.notices).toEqual([
        `"tab" must be one of events, summary, compare, claims; ${JSON.stringify(bad)} was ignored.`,
      ]);
    }
    // The default tab is left out of a shared link, any other is written.
    expect(serialiseUrlState({ ...defaults, tab: "events" }, defaults)).toBe("");
    expect(serialiseUrlState({ ...defaults, tab: "claims" }, defaults)).toBe("tab=claims");
  });

  it("strips control characters from quoted values", () => {
    const r = parse(`mode=${encodeURIComponent("a\u0000b\nc")}`);
    expect(r.notices[0]).toContain('"abc"');
  });

  describe("the Theatres view", () => {
    it("restores the view and two preset frames, and writes them back the same way", () => {
      const r = parse("view=theatres&theatres=arctic,central-asia");
      expect(r.notices).toEqual([]);
      expect(r.state.view).toBe("theatres");
      expect(r.state.theatres).toEqual([presetFrame("arctic"), presetFrame("central-asia")]);
      expect(serialiseUrlState(r.state, defaults)).toBe("view=theatres&theatres=arctic%2Ccentral-asia");
    });

    it("round-trips custom boxes, one across the antimeridian", () => {
      const state: UrlState = {
        ...defaults,
        view: "theatres",
        theatres: [presetFrame("baltic"), { preset: null, bbox: [170.25, 50, 200.5, 66.75] }],
      };
      const query = serialiseUrlState(state, defaults);
      expect(new URLSearchParams(query).get("theatres")).toBe("baltic,170.25_50_200.5_66.75");
      const back = parse(query);
      expect(back.notices).toEqual([]);
      expect(back.state).toEqual(state);
    });

    it("keeps the default view's URL clean, and the default frames out of the Theatres URL", () => {
      expect(
        serialiseUrlState({ ...defaults, theatres: [presetFrame("arctic"), presetFrame("pacific")] }, defaults),
      ).toBe("");
      expect(serialiseUrlState({ ...defaults, view: "theatres" }, defaults)).toBe("view=theatres");
    });

    it.each([
      ["an unknown theatre", "moon,pacific", 0],
      ["a box with three numbers", "baltic,10_20_30", 1],
      ["a box with its east edge west of its west edge", "30_49_9_61,pacific", 0],
      ["a box with no height", "baltic,10_50_20_50", 1],
      ["a box wider than the world", "baltic,-180_0_200_10", 1],
      ["a box with too many decimals", "9.123_49_30_61,pacific", 0],
      ["a box written in exponents", "1e1_49_30_61,pacific", 0],
    ])("replaces %s by that theatre's default, with a notice", (_name, value, bad) => {
      const r = parse(`view=theatres&theatres=${encodeURIComponent(value)}`);
      expect(r.notices).toHaveLength(1);
      expect(r.notices[0]).toContain(`Theatre ${bad + 1}`);
      expect(r.state.theatres[bad]).toEqual(DEFAULT_THEATRES[bad]);
      expect(r.state.view).toBe("theatres");
    });

    it("needs exactly two frames, and a known view", () => {
      const one = parse("theatres=arctic");
      expect(one.state.theatres).toEqual(DEFAULT_THEATRES);
      expect(one.notices.join(" ")).toContain("two frames");
      const bad = parse("view=split");
      expect(bad.state.view).toBe("single");
      expect(bad.notices.join(" ")).toContain('"view"');
    });
  });
});
