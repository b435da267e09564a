/** English country names for ISO 3166-1 alpha-2 codes (Intl knows them; no table to keep). */
let names: Intl.DisplayNames | null = null;

// Memoised: an import of 100,000 events asks for the same few dozen names again and again.
const cache = new Map<string, string>();

export function countryName(code: string): string {
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  names ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
  let name: string;
  try {
    name = names.of(code) ?? code;
  } catch {
    name = code;
  }
  if (cache.size < 1000) cache.set(code, name);
  return name;
}
