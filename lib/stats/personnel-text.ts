/**
 * The personnel lines of an event's details, as plain text: the reported total (and what it
 * counts), the joint part that comparisons use for a host exercise, the disputed range, and
 * what each participant sent, each contingent naming the publishers of its sources.
 * Pure, so the wording is tested without a browser.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { countryName } from "../domain/country-names";
import { isHostExercise } from "./compared-personnel";
import { formatInt } from "../text/numbers";

const fmt = formatInt;

export interface PersonnelLines {
  /** "300,000 (the host's whole exercise)" or "about …" or "not reported". */
  total: string;
  /** For a host exercise: the figure comparisons use, else null. */
  joint: string | null;
  range: string | null;
  contingents: string[];
}

type Fields = Pick<
  AtlasEvent,
  "personnel" | "personnelScope" | "jointPersonnel" | "contingents" | "personnelRange" | "sources"
>;

function publishers(e: Pick<AtlasEvent, "sources">, urls: readonly string[]): string {
  const names = urls.map((u) => e.sources.find((s) => s.url === u)?.publisher ?? u);
  return [...new Set(names)].join("; ");
}

export function personnelLines(e: Fields): PersonnelLines {
  const host = isHostExercise(e);
  const total =
    e.personnel === null
      ? "not reported"
      : `${fmt(e.personnel)}${host ? " (the host's whole exercise, not only the joint drill)" : ""}`;
  const joint = host
    ? e.jointPersonnel != null
      ? `${fmt(e.jointPersonnel)} in the joint part (the figure comparisons use)`
      : "joint part not reported (comparisons count this event as without a figure)"
    : null;
  const range = e.personnelRange
    ? `sources range from ${fmt(e.personnelRange.min)} to ${fmt(e.personnelRange.max)}${e.personnelRange.note ? `: ${e.personnelRange.note}` : ""} (${publishers(e, e.personnelRange.sources)})`
    : null;
  const contingents = (e.contingents ?? []).map((c) => {
    const figure =
      c.personnel === null
        ? "figure not reported"
        : c.personnelMax !== null && c.personnelMax !== c.personnel
          ? `${fmt(c.personnel)}–${fmt(c.personnelMax)}`
          : fmt(c.personnel);
    return `${countryName(c.participant)}: ${figure}${c.note ? ` (${c.note})` : ""} — ${publishers(e, c.sources)}`;
  });
  return { total, joint, range, contingents };
}
