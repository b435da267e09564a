/**
 * Build-time (Node): the bundled dataset as the file the page fetches. Its name carries a
 * hash of its bytes, so the name changes exactly when the content does and the file can be
 * served as immutable. scripts/prepare-assets.ts writes it into public/data/; app/page.tsx
 * asks for the same name (both call this function on the same geodata) and refuses to build
 * when the file is missing.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ATLAS_DATA_FORMAT, type AtlasData } from "./atlas-data";
import type { Dataset } from "./build-dataset";
import { getDataset } from "./load-dataset";

/** Where the file lives under public/ (and so under the site's root). */
export const DATA_DIR = "data";
export const DATA_FILE_PATTERN = /^atlas-data\.[0-9a-f]{16}\.json$/;

export interface DataFile {
  name: string;
  /** The site path the page fetches, e.g. /data/atlas-data.0123456789abcdef.json */
  path: string;
  text: string;
}

export function dataFileOf(dataset: Dataset): DataFile {
  const payload: AtlasData = {
    format: ATLAS_DATA_FORMAT,
    events: dataset.events,
    context: dataset.context,
    tours: dataset.tours,
    problemCount: dataset.problems.length,
  };
  const text = JSON.stringify(payload);
  const name = `atlas-data.${createHash("sha256").update(text).digest("hex").slice(0, 16)}.json`;
  return { name, path: `/${DATA_DIR}/${name}`, text };
}

let cached: DataFile | null = null;

/** The file for the bundled geodata, computed once per process. */
export function bundledDataFile(): DataFile {
  cached ??= dataFileOf(getDataset());
  return cached;
}

/** The page's data path, after checking that the build step wrote that very file. */
export function bundledDataPath(publicDir = join(/* turbopackIgnore: true */ process.cwd(), "public")): string {
  const file = bundledDataFile();
  if (!existsSync(/* turbopackIgnore: true */ join(publicDir, DATA_DIR, file.name))) {
    throw new Error(
      `public/${DATA_DIR}/${file.name} is missing: the geodata changed since the assets were prepared; run \`npm run build\`.`,
    );
  }
  return file.path;
}
