/**
 * Importing a file in a test, through the header's "Import data" file input (what a user's
 * file choice does), and building small GeoJSON files to import (docs/import-format.md).
 */
import type { Locator, Page } from "playwright-core";

export interface ImportedFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

/** A GeoJSON FeatureCollection of `features`, as the bytes of a file. */
export function geojsonFile(features: readonly ImportedFeature[]): Buffer {
  return Buffer.from(
    JSON.stringify({ type: "FeatureCollection", features: features.map((f) => ({ type: "Feature", ...f })) }),
  );
}

/** Chooses a file in the "Import data" input; the import starts at once. */
export async function chooseImportFile(
  page: Page,
  name: string,
  buffer: Buffer,
  mimeType = "application/geo+json",
): Promise<void> {
  await page.getByLabel("Import data").setInputFiles({ name, mimeType, buffer });
}

/** The import report dialog. */
export const importReport = (page: Page): Locator => page.getByRole("dialog", { name: "Import report" });

/** Imports a file and waits for its report dialog, which it returns (still open). */
export async function importFile(
  page: Page,
  name: string,
  buffer: Buffer,
  mimeType = "application/geo+json",
): Promise<Locator> {
  await chooseImportFile(page, name, buffer, mimeType);
  const dialog = importReport(page);
  await dialog.waitFor({ timeout: 60_000 });
  return dialog;
}

/** Closes the report and waits until it is gone. */
export async function closeReport(dialog: Locator): Promise<void> {
  await dialog.getByRole("button", { name: "Close" }).click();
  await dialog.waitFor({ state: "hidden" });
}
