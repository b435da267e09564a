/**
 * What the dataset covers, computed from the events themselves (never typed): events per
 * side per start year, the editions of each series, and the side-years from the first year
 * to the data's end that hold no event and have no recorded reason.
 *
 * Contract: pure; takes bundled events (context events are not activity and are never
 * passed in) plus the two metadata files, and returns plain rows for the coverage page, the
 * `data:coverage` script and the tests. Years are those of the events' start days (UTC).
 */
import type { Bloc } from "../domain/schema";
import type { Coverage, DatasetMeta, SeriesCoverage } from "./coverage-schema";

/** The few fields coverage needs, so scripts can pass raw feature properties. */
export interface CoveredEvent {
  id: string;
  name: string;
  bloc: Bloc;
  series: string | null;
  start: string;
}

export const ONE_OFF = "(one-off exercises)";

/** NATO first, as in the rest of the app's side-by-side views. */
export const SIDE_ORDER: readonly Bloc[] = ["nato", "cn-ru"];

export const startYear = (e: Pick<CoveredEvent, "start">): number => Number(e.start.slice(0, 4));

export interface YearRow {
  year: number;
  counts: Record<Bloc, number>;
}

export function years(meta: Pick<DatasetMeta, "firstYear" | "dataThrough">): number[] {
  const last = Number(meta.dataThrough.slice(0, 4));
  const out: number[] = [];
  for (let y = meta.firstYear; y <= last; y++) out.push(y);
  return out;
}

/** Events per side per start year over the data's years (earlier or later starts are left out). */
export function countsBySideYear(
  events: readonly CoveredEvent[],
  meta: Pick<DatasetMeta, "firstYear" | "dataThrough">,
): YearRow[] {
  const rows = years(meta).map((year) => ({ year, counts: { nato: 0, "cn-ru": 0 } as Record<Bloc, number> }));
  const byYear = new Map(rows.map((r) => [r.year, r]));
  for (const e of events) {
    const row = byYear.get(startYear(e));
    if (row) row.counts[e.bloc] += 1;
  }
  return rows;
}

export interface SeriesRow {
  series: string;
  bloc: Bloc;
  /** The events of the series, by start. */
  editions: CoveredEvent[];
  /** The series' entry in coverage.json, when it has one. */
  coverage: SeriesCoverage | null;
}

/** Every series in the events or in coverage.json, NATO first, then by name; one-offs last. */
export function seriesRows(events: readonly CoveredEvent[], coverage: Pick<Coverage, "series">): SeriesRow[] {
  const key = (bloc: Bloc, series: string) => `${bloc}\u0000${series}`;
  const rows = new Map<string, SeriesRow>();
  for (const c of coverage.series)
    rows.set(key(c.bloc, c.series), { series: c.series, bloc: c.bloc, editions: [], coverage: c });
  for (const e of events) {
    const name = e.series ?? ONE_OFF;
    const k = key(e.bloc, name);
    const row = rows.get(k) ?? { series: name, bloc: e.bloc, editions: [], coverage: null };
    row.editions.push(e);
    rows.set(k, row);
  }
  const order = (r: SeriesRow) => (r.series === ONE_OFF ? 1 : 0);
  return [...rows.values()]
    .map((r) => ({
      ...r,
      editions: [...r.editions].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
    }))
    .sort(
      (a, b) =>
        SIDE_ORDER.indexOf(a.bloc) - SIDE_ORDER.indexOf(b.bloc) ||
        order(a) - order(b) ||
        a.series.localeCompare(b.series),
    );
}

export interface SideYear {
  bloc: Bloc;
  year: number;
}

/** For each side with no event in the row's year: the recorded reason, or null when there is none. */
export function emptySideReasons(
  row: YearRow,
  coverage: Pick<Coverage, "gaps">,
): { bloc: Bloc; reason: string | null }[] {
  return SIDE_ORDER.filter((bloc) => row.counts[bloc] === 0).map((bloc) => ({
    bloc,
    reason: coverage.gaps.find((g) => g.bloc === bloc && g.year === row.year)?.reason ?? null,
  }));
}

/** Side-years with no event and no recorded reason in coverage.json's `gaps`. */
export function unexplainedGaps(rows: readonly YearRow[], coverage: Pick<Coverage, "gaps">): SideYear[] {
  return rows.flatMap((r) =>
    emptySideReasons(r, coverage)
      .filter((e) => e.reason === null)
      .map(({ bloc }) => ({ bloc, year: r.year })),
  );
}

/** Events per side over the given rows (pass a slice of the rows for a period). */
export function totals(rows: readonly YearRow[]): Record<Bloc, number> {
  const out: Record<Bloc, number> = { nato: 0, "cn-ru": 0 };
  for (const r of rows) for (const bloc of SIDE_ORDER) out[bloc] += r.counts[bloc];
  return out;
}

/**
 * Rules that tie coverage.json and dataset.json to the events, as `{ field, message }`
 * (the field is a path inside coverage.json or dataset.json):
 * every series the events use has an entry; a series entry names the side its events are
 * on; a recorded gap is for a side-year that really has no event; no event starts after
 * `dataThrough`; an edition "not found" is not the name of an event in the data.
 */
export function coverageRuleProblems(
  events: readonly CoveredEvent[],
  meta: DatasetMeta,
  coverage: Coverage,
): { file: "coverage.json" | "dataset.json"; field: string; message: string }[] {
  const out: { file: "coverage.json" | "dataset.json"; field: string; message: string }[] = [];
  const declared = new Map(coverage.series.map((c, i) => [`${c.bloc}\u0000${c.series}`, i]));
  const seen = new Set<string>();
  for (const e of events) {
    if (e.start > meta.dataThrough) {
      out.push({
        file: "dataset.json",
        field: "dataThrough",
        message: `${meta.dataThrough} is before the start of ${e.id} (${e.start}); move dataThrough forward`,
      });
    }
    if (e.series === null) continue;
    const k = `${e.bloc}\u0000${e.series}`;
    if (!declared.has(k) && !seen.has(k)) {
      out.push({
        file: "coverage.json",
        field: "series",
        message: `series "${e.series}" (${e.bloc}, e.g. ${e.id}) has no entry; add what it is, its cadence and the editions not found`,
      });
    }
    seen.add(k);
  }
  const rows = countsBySideYear(events, meta);
  const counts = new Map(rows.map((r) => [r.year, r.counts]));
  coverage.gaps.forEach((g, i) => {
    const n = counts.get(g.year)?.[g.bloc];
    if (n === undefined)
      out.push({
        file: "coverage.json",
        field: `gaps[${i}].year`,
        message: `${g.year} is outside the data's years (${meta.firstYear}–${meta.dataThrough.slice(0, 4)})`,
      });
    else if (n > 0)
      out.push({
        file: "coverage.json",
        field: `gaps[${i}]`,
        message: `${g.bloc} ${g.year} has ${n} event(s); remove this gap's reason`,
      });
  });
  const names = new Set(events.map((e) => e.name.toLowerCase()));
  coverage.series.forEach((c, i) =>
    c.notFound.forEach((n, j) => {
      if (names.has(n.edition.toLowerCase())) {
        out.push({
          file: "coverage.json",
          field: `series[${i}].notFound[${j}]`,
          message: `"${n.edition}" is an event in the data; remove it from notFound`,
        });
      }
    }),
  );
  return out;
}
