/** What every checked claim reports. */
import type { AtlasEvent } from "../domain/atlas-event";

export type Verdict = "supported" | "not-supported" | "partly" | "no-data";

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  supported: "The data supports the claim",
  "not-supported": "The data does not support the claim",
  partly: "The data partly supports the claim",
  "no-data": "Not enough data in the window to check",
};

export interface ClaimCheck {
  id: string;
  /** The claim as made in public, in one sentence. */
  claim: string;
  /** The headline number ("16 of 38 (42 %)"). */
  value: string;
  verdict: Verdict;
  /** What the data shows, in a sentence or two. */
  finding: string;
  /** One line: how the number was computed, with the definitions used. */
  method: string;
  /** The events behind the number, in start order. */
  events: AtlasEvent[];
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((part / whole) * 100)} %`;
}
