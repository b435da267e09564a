/**
 * Fetches the bundled events (same origin; the HTML preloads the same address, so this
 * usually finds the response already on its way) and checks the envelope. Every failure
 * becomes an Error whose message is plain text for the page to show.
 */
import { checkAtlasData, type AtlasData } from "@/lib/data/atlas-data";

export async function fetchAtlasData(path: string): Promise<AtlasData> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: "same-origin" });
  } catch {
    throw new Error(`The event data (${path}) could not be fetched; check the connection and reload the page.`);
  }
  if (!res.ok)
    throw new Error(`The event data (${path}) could not be loaded: HTTP ${res.status}. Reload the page to try again.`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error(`The event data (${path}) is not valid JSON; rebuild the site with \`npm run build\`.`);
  }
  return checkAtlasData(json, path);
}
