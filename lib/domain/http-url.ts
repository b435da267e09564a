/**
 * Which addresses count as web addresses: http(s) only. The schema accepts only these as an
 * event's sources, and the panels render only these as links (anything else, such as a
 * `javascript:` address in an imported file, is shown as text). Apart from the schema so the
 * panels do not pull zod in with it.
 */
export function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}
