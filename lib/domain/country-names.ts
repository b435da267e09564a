/** English country names for ISO 3166-1 alpha-2 codes (Intl knows them; no table to keep). */
let names: Intl.DisplayNames | null = null;

export function countryName(code: string): string {
  names ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
