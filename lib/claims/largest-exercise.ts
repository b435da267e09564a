/**
 * Claim 2: Steadfast Defender 2024 (about 90,000 personnel) was the largest Western exercise
 * since the Cold War — checked against the NATO events in the set and against the largest
 * China–Russia events of the same years (2023–2025).
 *
 * Russian strategic exercises (Vostok, Tsentr, Kavkaz, Zapad, Ocean) are announced as totals
 * of all Russian forces taking part, most of them not exercising with China; the China–Russia
 * side is therefore ranked by `comparedPersonnel` (the joint part of such a host exercise),
 * and the finding names the host's total beside it.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { dayParts } from "../domain/days";
import type { ClaimCheck } from "./claim";
import { comparedPersonnel, isHostExercise } from "../stats/compared-personnel";
import { formatInt } from "../text/numbers";

export const STEADFAST_DEFENDER_ID = "steadfast-defender-2024";
export const COMPARISON_YEARS = [2023, 2024, 2025] as const;
const STRATEGIC = /\b(vostok|tsentr|kavkaz|zapad|ocean)\b/i;

export function isRussianStrategic(e: Pick<AtlasEvent, "name" | "series" | "participants">): boolean {
  return e.participants.includes("RU") && (STRATEGIC.test(e.name) || STRATEGIC.test(e.series ?? ""));
}

const byPersonnel = (a: AtlasEvent, b: AtlasEvent) =>
  (comparedPersonnel(b) ?? 0) - (comparedPersonnel(a) ?? 0) || a.startDay - b.startDay;

/** When no China–Russia event has a comparable figure, say which host totals there are instead. */
function hostOnlyText(events: readonly AtlasEvent[], years: ReadonlySet<number>): string {
  const hosts = events.filter(
    (e) => e.bloc === "cn-ru" && isHostExercise(e) && e.personnel !== null && years.has(dayParts(e.startDay).year),
  );
  const none = "No China–Russia event of 2023–2025 with a personnel figure is in view.";
  if (hosts.length === 0) return none;
  const list = hosts.map((e) => `${e.name} (${formatInt(e.personnel ?? 0)})`).join(", ");
  return `${none.replace(" is in view.", " for its joint part is in view:")} ${list} report${hosts.length === 1 ? "s" : ""} only the host's whole-exercise total, which is not comparable.`;
}

export function checkLargestExercise(
  events: readonly AtlasEvent[],
): ClaimCheck & { rivals: AtlasEvent[]; largerNato: AtlasEvent[] } {
  const sd = events.find((e) => e.id === STEADFAST_DEFENDER_ID) ?? null;
  const years = new Set<number>(COMPARISON_YEARS);
  const rivals = events
    .filter((e) => e.bloc === "cn-ru" && comparedPersonnel(e) !== null && years.has(dayParts(e.startDay).year))
    .sort(byPersonnel)
    .slice(0, 3);
  const method =
    "Reported personnel of Steadfast Defender 2024 against every other visible NATO event (the data starts in 2016, so 'since the Cold War' cannot be checked further back) and against the three largest visible China–Russia events starting in 2023–2025, ranked by the joint part where a Russian or Chinese strategic exercise reports the host's whole-exercise total.";
  if (!sd || sd.personnel === null) {
    return {
      id: "largest-exercise",
      claim: "Steadfast Defender 2024, with about 90,000 personnel, was NATO's largest exercise since the Cold War.",
      value: "–",
      verdict: "no-data",
      finding: "Steadfast Defender 2024 is not visible: move the window to include January–May 2024.",
      method,
      events: rivals,
      rivals,
      largerNato: [],
    };
  }
  const largerNato = events
    .filter((e) => e.bloc === "nato" && e.id !== sd.id && (e.personnel ?? 0) >= sd.personnel!)
    .sort(byPersonnel);
  const top = rivals[0];
  const rivalText = top
    ? `The largest China–Russia event of 2023–2025 in view is ${top.name} with ${formatInt(comparedPersonnel(top) ?? 0)}${isHostExercise(top) ? ` in the joint part (the host reported ${top.personnel === null ? "no total" : `${formatInt(top.personnel)} for its whole exercise`})` : ""}.`
    : hostOnlyText(events, years);
  return {
    id: "largest-exercise",
    claim: "Steadfast Defender 2024, with about 90,000 personnel, was NATO's largest exercise since the Cold War.",
    value: `${formatInt(sd.personnel)} personnel`,
    verdict: largerNato.length === 0 ? "supported" : "not-supported",
    finding: `${largerNato.length === 0 ? "No other visible NATO event reports as many personnel" : `${largerNato.length} other visible NATO event(s) report as many or more`}. ${rivalText}`,
    method,
    events: [sd, ...largerNato, ...rivals],
    rivals,
    largerNato,
  };
}
