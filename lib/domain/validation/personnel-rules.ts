/**
 * Rules that tie the personnel fields of one feature together, so a comparison that picks
 * one figure can trust it:
 *
 * - `personnelScope: "host-exercise"` needs a `jointPersonnel` key (a number, or null when no
 *   source gives the joint part); `jointPersonnel` is meaningless without that scope, and it
 *   can never exceed the host's total;
 * - each contingent is one of the event's participants, listed once, with
 *   `personnelMax >= personnel`;
 * - `personnelRange` has `min <= max`, and the best-supported `personnel` lies inside it;
 * - every address a contingent or the range cites is one of the feature's own `sources`,
 *   so each figure stays traceable.
 *
 * Contract: reads the raw (unvalidated) properties defensively, never throws, and returns
 * `{ path, message }` pairs with property paths. Shapes and types are the schema's to judge.
 */
import type { SchemaProblem } from "./zod-issues";

type Raw = Record<string, unknown>;

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const isRaw = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

function sourceUrls(props: Raw): Set<string> {
  const out = new Set<string>();
  if (!Array.isArray(props.sources)) return out;
  for (const s of props.sources) if (isRaw(s) && typeof s.url === "string") out.add(s.url);
  return out;
}

function citedProblems(cited: unknown, known: ReadonlySet<string>, path: (string | number)[]): SchemaProblem[] {
  if (!Array.isArray(cited)) return [];
  const out: SchemaProblem[] = [];
  cited.forEach((url, i) => {
    if (typeof url === "string" && !known.has(url)) {
      out.push({
        path: [...path, i],
        message: `${url} is not one of this feature's sources; add it to "sources" or cite one that is`,
      });
    }
  });
  return out;
}

/** See the module contract. */
export function personnelProblems(props: Raw): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const known = sourceUrls(props);
  const scope = props.personnelScope;
  const hasJoint = Object.prototype.hasOwnProperty.call(props, "jointPersonnel");
  if (scope === "host-exercise" && !hasJoint) {
    out.push({
      path: ["jointPersonnel"],
      message: "is required for a host exercise: the joint part's headcount, or null when no source gives it",
    });
  }
  if (hasJoint && scope !== "host-exercise") {
    out.push({
      path: ["jointPersonnel"],
      message: 'is only for personnelScope "host-exercise" (where the total includes forces outside the joint drill)',
    });
  }
  if (isInt(props.jointPersonnel) && isInt(props.personnel) && props.jointPersonnel > props.personnel) {
    out.push({
      path: ["jointPersonnel"],
      message: `${props.jointPersonnel} is more than the host's whole exercise (personnel ${props.personnel})`,
    });
  }

  const participants = new Set(
    Array.isArray(props.participants) ? props.participants.filter((p) => typeof p === "string") : [],
  );
  if (Array.isArray(props.contingents)) {
    const seen = new Set<string>();
    props.contingents.forEach((c: unknown, i) => {
      if (!isRaw(c)) return;
      if (typeof c.participant === "string") {
        if (!participants.has(c.participant)) {
          out.push({
            path: ["contingents", i, "participant"],
            message: `${c.participant} is not among this event's participants`,
          });
        }
        if (seen.has(c.participant))
          out.push({
            path: ["contingents", i, "participant"],
            message: `${c.participant} has a contingent listed twice`,
          });
        seen.add(c.participant);
      }
      if (isInt(c.personnel) && isInt(c.personnelMax) && c.personnelMax < c.personnel) {
        out.push({
          path: ["contingents", i, "personnelMax"],
          message: `${c.personnelMax} is below the lower figure ${c.personnel}`,
        });
      }
      if (c.personnel === null && isInt(c.personnelMax)) {
        out.push({
          path: ["contingents", i, "personnel"],
          message: 'a range needs its lower figure; put a bound such as "up to" in the note instead',
        });
      }
      out.push(...citedProblems(c.sources, known, ["contingents", i, "sources"]));
    });
  }

  const range = props.personnelRange;
  if (isRaw(range)) {
    if (isInt(range.min) && isInt(range.max) && range.min > range.max) {
      out.push({ path: ["personnelRange", "max"], message: `${range.max} is below the minimum ${range.min}` });
    }
    if (
      isInt(props.personnel) &&
      isInt(range.min) &&
      isInt(range.max) &&
      (props.personnel < range.min || props.personnel > range.max)
    ) {
      out.push({
        path: ["personnel"],
        message: `${props.personnel} lies outside personnelRange ${range.min}–${range.max}`,
      });
    }
    if (props.personnel === null) {
      out.push({ path: ["personnelRange"], message: "a range needs a best-supported personnel figure inside it" });
    }
    out.push(...citedProblems(range.sources, known, ["personnelRange", "sources"]));
  }
  return out;
}
