/**
 * The words the map's tooltip, its stacked-site chooser and the details panel use for an
 * event: its dates with their precision, what its location stands for, its derived size,
 * and which of its source links are safe to render as links. Pure; no React.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { dayParts } from "../domain/days";
import type { DatePrecision, EventKind, LocationPrecision } from "../domain/schema";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function monthYear(day: number): string {
  const { year, month } = dayParts(day);
  return `${MONTHS[month - 1] ?? ""} ${year}`;
}

function dayMonthYear(day: number): string {
  const { year, month, date } = dayParts(day);
  return `${date} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** "9–17 August 2007", "30 July – 3 August 2013", "August 2007", "around March 2019". */
export function formatDates(e: Pick<AtlasEvent, "startDay" | "endDay" | "datePrecision">): string {
  const s = dayParts(e.startDay);
  const t = dayParts(e.endDay);
  if (e.datePrecision !== "day") {
    const from = monthYear(e.startDay);
    const to = monthYear(e.endDay);
    const range = from === to ? from : `${from} – ${to}`;
    return e.datePrecision === "approximate" ? `around ${range}` : range;
  }
  if (e.startDay === e.endDay) return dayMonthYear(e.startDay);
  if (s.year === t.year && s.month === t.month) return `${s.date}–${dayMonthYear(e.endDay)}`;
  if (s.year === t.year) return `${s.date} ${MONTHS[s.month - 1] ?? ""} – ${dayMonthYear(e.endDay)}`;
  return `${dayMonthYear(e.startDay)} – ${dayMonthYear(e.endDay)}`;
}

export const DATE_PRECISION_TEXT: Readonly<Record<DatePrecision, string>> = {
  day: "exact days",
  month: "known to the month",
  approximate: "approximate",
};

export const LOCATION_PRECISION_TEXT: Readonly<Record<LocationPrecision, string>> = {
  site: "named site",
  region: "region (approximate location)",
  "sea-area": "sea area (approximate location)",
  route: "route (approximate waypoints)",
};

export const KIND_TEXT: Readonly<Record<EventKind, string>> = {
  exercise: "exercise",
  "command-post": "command-post exercise",
  "air-patrol": "air patrol",
  "naval-patrol": "naval patrol",
  "coast-guard-patrol": "coast-guard patrol",
};

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** "Area about 12,300 km²", "Route about 2,140 km", or null for a point. */
export function sizeText(e: Pick<AtlasEvent, "areaKm2" | "lengthKm">): string | null {
  if (e.areaKm2 !== null) return `about ${numberFormat.format(roundTo3(e.areaKm2))} km²`;
  if (e.lengthKm !== null) return `about ${numberFormat.format(roundTo3(e.lengthKm))} km`;
  return null;
}

/** Three significant figures: the geometries are drawn from place names, not surveyed. */
function roundTo3(x: number): number {
  if (x === 0) return 0;
  const p = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(x))) - 2);
  return Math.round(x / p) * p;
}

export function formatPersonnel(n: number): string {
  return numberFormat.format(n);
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function isWebLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}
