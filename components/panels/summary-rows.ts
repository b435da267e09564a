/**
 * The rows of the Summary table: each figure's label, how it is shown from a side's numbers
 * (`SideFigures`, the aggregate path), how many events are behind it, and how to list them
 * from a `SideSummary` (built only while a list is open). A test checks that `count` is the
 * length of `events` for every row, so the button's label never promises another list.
 */
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { countryName } from "@/lib/domain/country-names";
import { comparedPersonnel, comparedPersonnelBasis } from "@/lib/stats/compared-personnel";
import type { SideSummary } from "@/lib/stats/summary";
import type { SideFigures } from "@/lib/stats/summary-figures";
import { formatInt } from "@/lib/text/numbers";

export interface SummaryRow {
  key: string;
  label: string;
  /** The figure as shown, or null while it is being computed. */
  value: (f: SideFigures, areaKm2: number | null) => string | null;
  /** How many events are behind it (the length of `events`, without building the list). */
  count: (f: SideFigures) => number;
  events: (s: SideSummary) => readonly AtlasEvent[];
  note?: (f: SideFigures) => string | undefined;
}

export const SUMMARY_ROWS: readonly SummaryRow[] = [
  {
    key: "events",
    label: "Events",
    value: (f) => formatInt(f.events),
    count: (f) => f.events,
    events: (s) => s.events,
  },
  {
    key: "personnel",
    label: "Personnel (reported)",
    value: (f) => formatInt(f.personnel),
    count: (f) => f.personnelEvents,
    events: (s) => s.personnel.events,
    note: (f) =>
      [
        f.inUmbrella > 0 ? `${f.inUmbrella} component(s) are already counted in their umbrella exercise's figure.` : "",
        f.hostExercises > 0
          ? `${f.hostExercises} host strategic exercise(s) count by their joint part, not the host's whole-exercise total.`
          : "",
      ]
        .filter((t) => t !== "")
        .join(" ") || undefined,
  },
  {
    key: "host-exercises",
    label: "Host exercises (joint part counted)",
    value: (f) => formatInt(f.hostExercises),
    count: (f) => f.hostExercises,
    events: (s) => s.personnel.hostExercises,
    note: () =>
      "National strategic exercises that a foreign contingent joined (Vostok, Tsentr, Kavkaz, Ocean…). Their reported totals count the host's whole exercise, so personnel counts only the joint part where a source gives it; each event's details show both figures.",
  },
  {
    key: "missing",
    label: "Without a personnel figure",
    value: (f) => formatInt(f.missing),
    count: (f) => f.missing,
    events: (s) => s.personnel.missing,
    note: () => "These events report no personnel figure; they are not counted as zero.",
  },
  {
    key: "personnel-days",
    label: "Personnel-days",
    value: (f) => formatInt(f.personnelDays),
    count: (f) => f.personnelEvents,
    events: (s) => s.personnelDays.events,
    note: () => "Personnel × duration in days, over the events with a figure.",
  },
  {
    key: "area",
    label: "Drill area",
    value: (_f, km2) => (km2 === null ? null : `${formatInt(km2)} km²`),
    count: (f) => f.areaEvents,
    events: (s) => s.areaEvents,
    note: () => "Area of the union of the events' polygons: overlapping areas are counted once.",
  },
  {
    key: "patrol",
    label: "Patrol distance",
    value: (f) => `${formatInt(f.patrolKm)} km`,
    count: (f) => f.patrols,
    events: (s) => s.patrolKm.events,
  },
  {
    key: "countries",
    label: "Countries taking part",
    value: (f) => formatInt(f.countries.length),
    count: (f) => f.events,
    events: (s) => s.events,
    note: (f) => f.countries.map(countryName).join(", "),
  },
  {
    key: "largest",
    label: "Largest event (personnel)",
    value: (f) =>
      f.largest
        ? `${f.largest.name}: ${formatInt(comparedPersonnel(f.largest) ?? 0)}${comparedPersonnelBasis(f.largest) === "joint part" ? " (joint part)" : ""}`
        : "–",
    count: (f) => (f.largest ? 1 : 0),
    events: (s) => (s.largest ? [s.largest] : []),
  },
];
