/**
 * How numbers are written: whole numbers with thousands separators ("90,000", in British
 * English whatever the reader's or the worker's locale, so a test or a screenshot reads the
 * same everywhere) and file sizes in binary units. Every panel, message and import report
 * reads these.
 */
const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** `200000` → `200,000`; fractions are rounded to the nearest whole number. */
export function formatInt(n: number): string {
  return integer.format(n);
}

/** `52428800` → `50 MB` (binary megabytes, as file managers mostly show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}
