/**
 * Claim 1 (the source article): more than half of the China–Russia joint exercises involve
 * other SCO members or neighbouring states.
 *
 * Counted: China–Russia events of kind "exercise" in the set; "involving" = at least one
 * participant other than China and Russia that is an SCO member or a land neighbour of China
 * or Russia (the sets below, as of 2024; membership is not dated per exercise).
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { countryName } from "../domain/country-names";
import { percent, type ClaimCheck } from "./claim";

/** SCO member states as of July 2024 (Iran joined 2023, Belarus 2024). */
export const SCO_MEMBERS: readonly string[] = ["CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY"];

/** States sharing a land border with China or Russia. */
export const NEIGHBOURS: readonly string[] = [
  // China
  "KP",
  "MN",
  "KZ",
  "KG",
  "TJ",
  "AF",
  "PK",
  "IN",
  "NP",
  "BT",
  "MM",
  "LA",
  "VN",
  // Russia (Kaliningrad included)
  "NO",
  "FI",
  "EE",
  "LV",
  "LT",
  "PL",
  "BY",
  "UA",
  "GE",
  "AZ",
];

const PARTNERS = new Set([...SCO_MEMBERS, ...NEIGHBOURS].filter((c) => c !== "CN" && c !== "RU"));

export function involvesScoOrNeighbour(e: Pick<AtlasEvent, "participants">): boolean {
  return e.participants.some((c) => PARTNERS.has(c));
}

export function checkScoPartners(
  events: readonly AtlasEvent[],
): ClaimCheck & { total: number; matching: AtlasEvent[] } {
  const exercises = events.filter((e) => e.bloc === "cn-ru" && e.kind === "exercise");
  const matching = exercises.filter(involvesScoOrNeighbour);
  const share = exercises.length === 0 ? 0 : matching.length / exercises.length;
  const verdict = exercises.length === 0 ? "no-data" : share > 0.5 ? "supported" : "not-supported";
  const names = (codes: readonly string[]) =>
    codes
      .filter((c) => c !== "CN" && c !== "RU")
      .map(countryName)
      .join(", ");
  return {
    id: "sco-partners",
    claim: "More than half of the China–Russia joint exercises involve other SCO members or neighbouring states.",
    value: `${matching.length} of ${exercises.length} (${percent(matching.length, exercises.length)})`,
    verdict,
    finding:
      exercises.length === 0
        ? "No China–Russia joint exercise is visible."
        : `${matching.length} of the ${exercises.length} visible China–Russia joint exercises include another SCO member or a neighbouring state; ${exercises.length - matching.length} are bilateral or with other partners.`,
    method: `China–Russia events of kind exercise with at least one participant besides China and Russia among SCO members (${names(SCO_MEMBERS)}, as of 2024) or states bordering China or Russia by land (${names(NEIGHBOURS)}).`,
    events: matching,
    total: exercises.length,
    matching,
  };
}
