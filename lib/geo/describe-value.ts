/**
 * A short description of any parsed JSON value, for the "(found …)" part of a validation
 * message: "null", "an array of 3", `the text "abc"`. Long texts are cut at 40 characters so
 * a hostile file cannot make a message huge. In lib/geo, the lowest folder, because the
 * geometry checks need it as much as the dataset and import validators do.
 */
export function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "nothing";
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === "number") return Number.isFinite(v) ? `the number ${v}` : String(v);
  if (typeof v === "string") return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === "object") return "an object";
  return `a ${typeof v}`;
}
