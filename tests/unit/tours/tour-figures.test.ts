/**
 * Every figure and date a bundled tour quotes, recomputed from the bundled data, so a data
 * edit that changes one fails here instead of leaving a tour silently wrong.
 *
 * Each step lists its facts: a phrase built from the recomputed value (it must appear in the
 * step's title or text) and the conditions that make the words around it true. Then every
 * number left in the step once those phrases are removed must be a year of the data: a
 * figure nobody checks cannot slip into a tour. Numbers inside names (Tu-95, Anakonda-14)
 * are names, not figures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkScoPartners } from "@/lib/claims/sco-partners";
import { checkPatrolTiming, DEFAULT_PROXIMITY_DAYS } from "@/lib/claims/patrol-timing";
import { percent } from "@/lib/claims/claim";
import { countsBySideYear } from "@/lib/coverage/coverage-table";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { dayParts, parseDay } from "@/lib/domain/days";
import { isVisible } from "@/lib/domain/visibility";
import { getDataset } from "@/lib/data/load-dataset";
import type { Bloc } from "@/lib/domain/schema";
import { monthName } from "@/lib/text/months";
import { formatInt } from "@/lib/text/numbers";
import { tourExtent } from "@/lib/tours/check-tours";
import type { TourStep } from "@/lib/tours/tour";

const dataset = getDataset();
const { events, context } = dataset;
const meta = JSON.parse(readFileSync(join(process.cwd(), "geodata", "dataset.json"), "utf8")) as {
  firstYear: number;
  dataThrough: string;
  dataThroughNote: string;
};
const extent = tourExtent(events)!;

const ev = (id: string): AtlasEvent => {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const ctx = (id: string) => {
  const c = context.find((x) => x.id === id);
  if (!c) throw new Error(`no context event ${id}`);
  return c;
};
const step = (tour: string, i: number): TourStep => {
  const s = dataset.tours.find((t) => t.id === tour)?.steps[i];
  if (!s) throw new Error(`no step ${tour}[${i}]`);
  return s;
};

/** 12 July 2016 */
const dayText = (day: number) => {
  const { year, month, date } = dayParts(day);
  return `${date} ${monthName(month)} ${year}`;
};
/** 12 to 19 September 2016 (both days in one month) */
const rangeText = (e: { startDay: number; endDay: number }) => {
  const a = dayParts(e.startDay);
  const b = dayParts(e.endDay);
  expect([a.year, a.month]).toEqual([b.year, b.month]);
  return `${a.date} to ${dayText(e.endDay)}`;
};
const yearOf = (e: AtlasEvent) => dayParts(e.startDay).year;

// Counted as `npm run data:coverage` counts: events per side by start year.
const rows = countsBySideYear(events, meta);
const count = (bloc: Bloc, from: number, to = from) =>
  rows.filter((r) => r.year >= from && r.year <= to).reduce((n, r) => n + r.counts[bloc], 0);
const patrols = (from: number, to = from) =>
  events.filter((e) => e.layer === "cn-ru-patrols" && yearOf(e) >= from && yearOf(e) <= to);
const nato = (from: number, to = from) =>
  events.filter((e) => e.bloc === "nato" && yearOf(e) >= from && yearOf(e) <= to);
const maxPersonnel = (list: readonly AtlasEvent[]) => Math.max(...list.map((e) => e.personnel ?? 0));
const busiestYear = (bloc: Bloc) => rows.reduce((best, r) => (r.counts[bloc] > best.counts[bloc] ? r : best));
const visibleIn = (s: TourStep) =>
  events.filter((e) =>
    isVisible(e, {
      window: { from: parseDay(s.from)!, to: parseDay(s.to)! },
      layers: new Set(s.layers),
      participants: new Set(),
      domains: new Set(),
      kinds: new Set(),
      search: "",
    }),
  );

interface Fact {
  phrase: string;
  holds: boolean[];
}
const fact = (phrase: string, ...holds: boolean[]): Fact => ({ phrase, holds });

function expectFacts(s: TourStep, facts: Fact[]): void {
  let rest = `${s.title}\n${s.text}`;
  for (const f of facts) {
    expect(rest.includes(f.phrase) || `${s.title}\n${s.text}`.includes(f.phrase), `"${f.phrase}" in "${s.title}"`).toBe(
      true,
    );
    f.holds.forEach((h, i) => expect(h, `condition ${i} of "${f.phrase}"`).toBe(true));
    rest = rest.replaceAll(f.phrase, " ");
  }
  const numbers = [...rest.matchAll(/(?<![\p{L}\d-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{L}\d-])/gu)].map(
    (m) => m[0],
  );
  const lastYear = Number(meta.dataThrough.slice(0, 4));
  const unchecked = numbers.filter((n) => !(/^\d{4}$/.test(n) && Number(n) >= meta.firstYear && Number(n) <= lastYear));
  expect(unchecked, `unchecked figures in "${s.title}"`).toEqual([]);
}

describe("seed-article", () => {
  it("Joint Sea 2016 and the arbitration award", () => {
    const js = ev("joint-sea-2016");
    const award = ctx("ctx-scs-arbitration-ruling-2016");
    expectFacts(step("seed-article", 0), [
      fact(
        `award of ${dayText(award.startDay)}`,
        award.description.includes("largely in the Philippines' favour"),
        award.description.includes("China rejected"),
      ),
      fact(
        `ran from ${rangeText(js)}`,
        js.description.includes("The first Joint Sea in the South China Sea"),
        js.description.includes("landing on and seizing islands"),
      ),
      fact("two months after", js.startDay - award.endDay >= 55 && js.startDay - award.endDay <= 70),
      fact(
        "east of Zhanjiang off Guangdong, far from the Spratly Islands and Scarborough Shoal",
        (js.notes ?? "").includes(
          "east of Zhanjiang off Guangdong, far from the Spratly Islands and Scarborough Shoal",
        ),
      ),
      fact(
        "did not rule on sovereignty over land territory",
        (award.notes ?? "").includes("did not rule on sovereignty over land territory"),
      ),
    ]);
  });

  it("the air patrol during the Quad summit, and the patrol-timing claim", () => {
    const p = ev("air-patrol-4-2022-05-24");
    const quad = ctx("ctx-quad-summit-tokyo-2022");
    const timing = checkPatrolTiming(events, context, extent);
    expectFacts(step("seed-article", 1), [
      fact(
        `on ${dayText(p.startDay)}, the day the leaders of Australia, India, Japan and the United States met in Tokyo`,
        p.startDay === quad.startDay,
        quad.description.includes("Australia, India, Japan and the United States"),
      ),
      fact(
        `of the ${timing.patrols.length} joint air patrols in the data, ${timing.matches.length} fell within ${DEFAULT_PROXIMITY_DAYS} days of a context event`,
        timing.matches.some((m) => m.patrol.id === p.id && m.context.id === quad.id),
      ),
      fact(`by chance about ${percent(timing.chance, 1)} of the days lie that close to one`),
      fact("more provocative than earlier ones", p.description.includes("more provocative than earlier flights")),
    ]);
  });

  it("Steadfast Defender 2024", () => {
    const sd = ev("steadfast-defender-2024");
    const descendants = (id: string): AtlasEvent[] =>
      events.filter((e) => e.parent === id).flatMap((e) => [e, ...descendants(e.id)]);
    const note = sd.personnelNote ?? "";
    expectFacts(step("seed-article", 2), [
      fact(
        `about ${formatInt(sd.personnel!)} personnel`,
        maxPersonnel(events.filter((e) => e.bloc === "nato")) === sd.personnel,
      ),
      fact(
        `about ${formatInt(sd.personnel!)} when NATO announced it`,
        note.startsWith(`About ${formatInt(sd.personnel!)} when announced`),
      ),
      fact(
        `more than ${formatInt(sd.personnel!)} in NATO's closing release`,
        note.includes(`NATO's closing release gave more than ${formatInt(sd.personnel!)}`),
      ),
      fact(`ran from ${dayText(sd.startDay)}`),
      fact("earlier announcements said 22 January 2024", (sd.notes ?? "").includes("said 22 January 2024")),
      fact(`to ${dayText(sd.endDay)}`),
      fact(`${descendants(sd.id).length} of its component exercises`),
      fact(
        "across the Atlantic, the Arctic, the Nordic countries and south-eastern Europe",
        (sd.geometryNote ?? "").includes(
          "across the Atlantic, the Arctic, the Nordic countries and south-eastern Europe",
        ),
      ),
    ]);
  });

  it("the defence ministers' video talks", () => {
    const talks = ctx("ctx-dong-shoigu-video-call-2024");
    const sd = ev("steadfast-defender-2024");
    const sb = ev("security-belt-2024");
    const yearStart = parseDay("2024-01-01")!;
    const before = events.filter((e) => e.bloc === "cn-ru" && e.endDay >= yearStart && e.startDay < sb.startDay);
    expectFacts(step("seed-article", 3), [
      fact(
        dayText(talks.startDay),
        talks.description.includes("first public contact with a foreign counterpart"),
        talks.description.includes("at the Chinese side's initiative"),
        talks.description.includes("expand practical military cooperation"),
      ),
      fact("seven days after Steadfast Defender 2024 began", talks.startDay - sd.startDay === 7),
      fact(
        `Marine Security Belt 2024 with Iran in the Gulf of Oman, ${rangeText(sb)}`,
        before.length === 0,
        sb.participants.includes("IR"),
        sb.places.includes("Gulf of Oman"),
      ),
      fact(
        `${count("cn-ru", 2024)} China–Russia events start in 2024, the most of any year`,
        busiestYear("cn-ru").year === 2024,
      ),
    ]);
  });

  it("the SCO-partners claim, as the claims panel computes it in the step's view", () => {
    const s = step("seed-article", 4);
    const c = checkScoPartners(visibleIn(s));
    expect(s.tab).toBe("claims");
    expect(c.verdict).toBe("not-supported");
    expectFacts(s, [
      fact(
        `${c.matching.length} of the ${c.total} China–Russia joint exercises (${percent(c.matching.length, c.total)})`,
      ),
      fact(`${c.total - c.matching.length} are bilateral or with other partners`),
      fact("as of 2024", c.method.includes("as of 2024")),
    ]);
  });
});

describe("after-2014-and-2022", () => {
  it("2005–2013", () => {
    const withRussia = events.filter((e) => e.bloc === "nato" && e.participants.includes("RU"));
    const last = withRussia.at(-1)!;
    expectFacts(step("after-2014-and-2022", 0), [
      fact(`number ${count("nato", 2005, 2013)} NATO and allied drills`),
      fact(
        `${count("cn-ru", 2005, 2013)} China–Russia joint exercises, none of them a patrol`,
        patrols(2005, 2013).length === 0,
      ),
      fact(
        `Russia itself took part in ${withRussia.length} of those NATO-side drills`,
        withRussia.every((e) => yearOf(e) <= 2013),
        withRussia.every((e) => e.series === "BALTOPS" || e.series === "Open Spirit"),
        last.name === "BALTOPS 2012",
      ),
    ]);
  });

  it("2014", () => {
    const crimea = ctx("ctx-crimea-annexation-2014");
    const ak = ev("anakonda-2014");
    expectFacts(step("after-2014-and-2022", 1), [
      fact(`on ${dayText(crimea.startDay)}`),
      fact(`${count("nato", 2014)} NATO and allied drills start in 2014, against ${count("nato", 2013)} in 2013`),
      fact(
        `about ${formatInt(ak.personnel!)} personnel, of whom about 750 came from the eight allied states`,
        maxPersonnel(nato(2014)) === ak.personnel,
        (ak.personnelNote ?? "").includes("about 750 from the eight allied states"),
      ),
      fact(
        "widened after the start of the war in Ukraine",
        ak.description.includes("widened after the start of the war in Ukraine"),
      ),
    ]);
  });

  it("2014–2021 on the NATO side", () => {
    const tj = ev("trident-juncture-2018");
    expectFacts(step("after-2014-and-2022", 2), [
      fact("twice the NATO drills", count("nato", 2014, 2021) >= 2 * count("nato", 2005, 2013)),
      fact(
        `holds ${count("nato", 2014, 2021)} NATO and allied drills, against ${count("nato", 2005, 2013)} in the nine years`,
      ),
      fact(`more than ${formatInt(maxPersonnel(nato(2005, 2013)))} personnel`),
      fact(
        `reports about ${formatInt(tj.personnel!)}`,
        maxPersonnel(nato(2014, 2021)) === tj.personnel,
        tj.description.includes("centred on Norway"),
        tj.description.includes("included for comparison"),
      ),
    ]);
  });

  it("2019–2021 on the China–Russia side", () => {
    const first = ev("air-patrol-1-2019-07-23");
    const naval = ev("joint-naval-patrol-1-2021");
    const firstPatrol = events.find((e) => e.layer === "cn-ru-patrols")!;
    expectFacts(step("after-2014-and-2022", 3), [
      fact(
        `${count("cn-ru", 2014, 2021)} joint events start in 2014–2021, against ${count("cn-ru", 2005, 2013)} in 2005–2013`,
      ),
      fact(`on ${dayText(first.startDay)}`, firstPatrol.id === first.id),
      fact(
        "nearly circled Japan in October 2021",
        naval.description.includes("nearly circling Japan"),
        dayParts(naval.startDay).month === 10,
        naval.name.startsWith("1st"),
      ),
      fact(
        `The data has ${patrols(2005, 2021).length} joint patrols before 2022 and none before 2019`,
        patrols(2005, 2018).length === 0,
      ),
    ]);
  });

  it("2022–2025 on the NATO side", () => {
    const inv = ctx("ctx-russia-invasion-ukraine-2022");
    const sd = ev("steadfast-defender-2024");
    expectFacts(step("after-2014-and-2022", 4), [
      fact(dayText(inv.startDay)),
      fact(
        `holds ${count("nato", 2022, 2025)} NATO and allied drills, ${count("nato", 2024)} of them starting in 2024, the most of any year`,
        busiestYear("nato").year === 2024,
      ),
      fact(
        `${nato(2022, 2025).filter((e) => e.parent !== null).length} of the ${count("nato", 2022, 2025)} are component drills`,
      ),
      fact(
        `about ${formatInt(sd.personnel!)} personnel`,
        maxPersonnel(events.filter((e) => e.bloc === "nato")) === sd.personnel,
      ),
    ]);
  });

  it("2022–2025 on the China–Russia side", () => {
    expectFacts(step("after-2014-and-2022", 5), [
      fact(
        `${count("cn-ru", 2022, 2025)} China–Russia joint events start, ${patrols(2022, 2025).length} of them patrols, against ${patrols(2019, 2021).length} patrols in 2019–2021`,
      ),
      fact(
        `${count("cn-ru", 2024)} joint events start in 2024 alone, the most of any year`,
        busiestYear("cn-ru").year === 2024,
      ),
      fact(
        "first joint bomber patrol near Alaska in July 2024",
        ev("air-patrol-8-2024-07-24").description.includes("the first flown near Alaska"),
      ),
      fact(
        "into the Bering Sea and on to the Chukchi Sea in 2024",
        ev("coast-guard-joint-patrol-2024").description.includes(
          "into the Bering Sea and through the Bering Strait to the Chukchi Sea",
        ),
      ),
      fact(
        "first joint submarine patrol in the Asia-Pacific in 2025",
        ev("joint-submarine-patrol-2025").description.includes(
          "The first joint patrol by Chinese and Russian submarines in the Asia-Pacific",
        ),
      ),
    ]);
  });

  it("what the counts can say", () => {
    const emptyCnRu = rows.filter((r) => r.year <= 2025 && r.counts["cn-ru"] === 0).map((r) => r.year);
    expectFacts(step("after-2014-and-2022", 6), [
      fact("no joint activity in 2006, 2008 and 2011", emptyCnRu.join() === "2006,2008,2011"),
      fact("thin out after February 2026", meta.dataThroughNote.includes("Reports thin out after February 2026")),
    ]);
  });
});
