/**
 * The personnel figure that compares like with like.
 *
 * Most events report one headcount for the whole joint or allied event. A Russian (or
 * Chinese) national strategic exercise that a foreign contingent joined reports the host's
 * whole exercise instead (Vostok-2018: 300,000, of which the PLA sent 3,200), so summing it
 * beside a NATO drill's headcount compares a country's mobilisation with an alliance's
 * exercise. For such events (`personnelScope: "host-exercise"`) the comparison uses the joint
 * part (`jointPersonnel`), or no figure at all when no source gives one — never the host's
 * total. The host's total stays in the data and in the details.
 */
import type { AtlasEvent } from "../domain/atlas-event";

type PersonnelFields = Pick<AtlasEvent, "personnel" | "personnelScope" | "jointPersonnel">;

/** True when the event's `personnel` is a host's whole national exercise. */
export function isHostExercise(e: Pick<AtlasEvent, "personnelScope">): boolean {
  return e.personnelScope === "host-exercise";
}

/** The figure the Summary, Compare and Claims use; null when there is none to compare. */
export function comparedPersonnel(e: PersonnelFields): number | null {
  return isHostExercise(e) ? (e.jointPersonnel ?? null) : e.personnel;
}

/** Which figure `comparedPersonnel` took, in words for the panels. */
export function comparedPersonnelBasis(e: PersonnelFields): "event total" | "joint part" | "none" {
  if (comparedPersonnel(e) === null) return "none";
  return isHostExercise(e) ? "joint part" : "event total";
}
