/**
 * An event's dates and size as text, for the map's tooltip, its stacked-site chooser and the
 * panels: dates the way people read them, with their precision ("9–17 August 2007", "around
 * March 2019"), or as ISO days where a list must stay compact and sortable ("2024-01-22 –
 * 2024-05-31"); and its derived area or route length to three figures. Pure; no React.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { dayParts } from "../domain/days";
import { monthName } from "./months";
import { formatInt } from "./numbers";

function monthYear(day: number): string {
  const { year, month } = dayParts(day);
  return `${monthName(month)} ${year}`;
}

function dayMonthYear(day: number): string {
  const { year, month, date } = dayParts(day);
  return `${date} ${monthName(month)} ${year}`;
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
  if (s.year === t.year) return `${s.date} ${monthName(s.month)} – ${dayMonthYear(e.endDay)}`;
  return `${dayMonthYear(e.startDay)} – ${dayMonthYear(e.endDay)}`;
}

/** "2024-01-22 – 2024-05-31", or the one day when an event starts and ends on it. */
export function isoDates(e: Pick<AtlasEvent, "start" | "end">): string {
  return e.start === e.end ? e.start : `${e.start} – ${e.end}`;
}

/** "about 12,300 km²", "about 2,140 km", or null for a point. */
export function sizeText(e: Pick<AtlasEvent, "areaKm2" | "lengthKm">): string | null {
  if (e.areaKm2 !== null) return `about ${formatInt(roundTo3(e.areaKm2))} km²`;
  if (e.lengthKm !== null) return `about ${formatInt(roundTo3(e.lengthKm))} km`;
  return null;
}

/** Three significant figures: the geometries are drawn from place names, not surveyed. */
function roundTo3(x: number): number {
  if (x === 0) return 0;
  const p = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(x))) - 2);
  return Math.round(x / p) * p;
}
