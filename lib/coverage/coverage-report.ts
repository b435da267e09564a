/**
 * The text that `npm run data:coverage` prints: events per side per start year (with a
 * reason beside every empty side-year), totals per period, and per series the editions in
 * the data and those looked for and not found. Pure string building over coverage-table.
 */
import type { Bloc } from "../domain/schema";
import type { Coverage, DatasetMeta } from "./coverage-schema";
import {
  countsBySideYear,
  emptySideReasons,
  seriesRows,
  startYear,
  totals,
  unexplainedGaps,
  type CoveredEvent,
  type YearRow,
} from "./coverage-table";

export const SIDE_NAMES: Record<Bloc, string> = { nato: "NATO / allied", "cn-ru": "China–Russia" };

/** Periods for the totals: before the 2016 NATO build-up, to the 2022 invasion, and after. */
export function periods(
  meta: Pick<DatasetMeta, "firstYear" | "dataThrough">,
): { label: string; from: number; to: number }[] {
  const last = Number(meta.dataThrough.slice(0, 4));
  return [
    { label: `${meta.firstYear}–2015`, from: meta.firstYear, to: Math.min(2015, last) },
    { label: `2016–${Math.min(2021, last)}`, from: 2016, to: Math.min(2021, last) },
    { label: `2022–${last}`, from: 2022, to: last },
  ].filter((p) => p.from <= p.to && p.to >= meta.firstYear);
}

export function periodTotals(rows: readonly YearRow[], meta: Pick<DatasetMeta, "firstYear" | "dataThrough">) {
  return periods(meta).map((p) => ({ ...p, counts: totals(rows.filter((r) => r.year >= p.from && r.year <= p.to)) }));
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

export function coverageReport(
  events: readonly CoveredEvent[],
  meta: DatasetMeta,
  coverage: Coverage,
): { text: string; unexplained: number } {
  const rows = countsBySideYear(events, meta);
  const lines: string[] = [];
  lines.push(`Exercise Atlas dataset ${meta.version}, data through ${meta.dataThrough}`);
  lines.push("");
  lines.push(
    "Events per side per start year (exercises, command-post exercises and patrols; context events are not counted)",
  );
  lines.push(`year  ${pad("NATO", 5)}  ${pad("CN–RU", 5)}  note`);
  for (const r of rows) {
    const notes = emptySideReasons(r, coverage).map(
      ({ bloc, reason }) => `${SIDE_NAMES[bloc]}: ${reason ?? "NO EVENT AND NO RECORDED REASON"}`,
    );
    lines.push(`${r.year}  ${pad(r.counts.nato, 5)}  ${pad(r.counts["cn-ru"], 5)}  ${notes.join(" | ")}`.trimEnd());
  }
  const all = totals(rows);
  lines.push(`total ${pad(all.nato, 5)}  ${pad(all["cn-ru"], 5)}`);
  lines.push("");
  lines.push("Per period");
  for (const p of periodTotals(rows, meta))
    lines.push(`${p.label.padEnd(10)} NATO ${pad(p.counts.nato, 4)}  China–Russia ${pad(p.counts["cn-ru"], 4)}`);
  lines.push("");
  lines.push("Per series (editions in the data by start year; then editions looked for and not in the data)");
  for (const s of seriesRows(events, coverage)) {
    const years = s.editions.map((e) => startYear(e)).join(", ") || "none";
    const scope = s.coverage ? `, ${s.coverage.scope}` : "";
    lines.push(`${SIDE_NAMES[s.bloc]} · ${s.series} (${s.editions.length}${scope}): ${years}`);
    for (const n of s.coverage?.notFound ?? []) lines.push(`    not in the data: ${n.edition} — ${n.note}`);
  }
  if (coverage.excluded.length > 0) {
    lines.push("");
    lines.push("Found and left out under the dataset's rules");
    for (const x of coverage.excluded) lines.push(`${SIDE_NAMES[x.bloc]} · ${x.name} (${x.year}): ${x.reason}`);
  }
  const gaps = unexplainedGaps(rows, coverage);
  lines.push("");
  lines.push(
    gaps.length === 0
      ? `Every side has an event, or a recorded reason, in every year ${meta.firstYear}–${meta.dataThrough.slice(0, 4)}.`
      : `UNEXPLAINED: ${gaps.map((g) => `${SIDE_NAMES[g.bloc]} ${g.year}`).join(", ")} (add events or a reason in coverage.json gaps)`,
  );
  return { text: lines.join("\n"), unexplained: gaps.length };
}
