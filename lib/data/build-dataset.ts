/**
 * From data files to what the app shows: validates every file (the same validator as
 * `npm run data:check`), keeps the features that passed, and turns them into AtlasEvents and
 * context events, then checks the guided tours against those events (lib/tours). A feature or
 * tour that fails is left out and named in `problems`, so a bad edit to one feature never
 * blanks the map. Pure: the caller reads the files.
 */
import type { Feature, Point } from "geojson";
import { toAtlasEvent, type AtlasEvent } from "../domain/atlas-event";
import type { EventFeature } from "../domain/feature-types";
import type { ContextProperties } from "../domain/schema";
import type { ContextEvent } from "../domain/context-event";
import { validateDataset, type DataFile, type DatasetProblem } from "../domain/validate-dataset";
import { parseDay } from "../domain/days";
import { checkTourFiles } from "../tours/check-tours";
import type { Tour } from "../tours/tour";

export type { ContextEvent };

export interface Dataset {
  events: AtlasEvent[];
  context: ContextEvent[];
  /** The guided tours that passed their checks. */
  tours: Tour[];
  /** Problems that made features, whole files or tours be left out. */
  problems: DatasetProblem[];
}

/**
 * `problems`: the validator's result for these same files, when the caller already has it.
 * `tourFiles`: geodata/tours/*.json, named `tours/<id>.json`.
 */
export function buildDataset(
  files: readonly DataFile[],
  problems: readonly DatasetProblem[] = validateDataset(files),
  tourFiles: readonly DataFile[] = [],
): Dataset {
  const badFiles = new Set(problems.filter((p) => p.index === null).map((p) => p.file));
  const badFeatures = new Set(problems.filter((p) => p.index !== null).map((p) => `${p.file}#${p.index}`));
  // A duplicate id or dangling parent involves more than one feature; those problems carry
  // each feature's own index, so they are excluded by the same rule.
  const events: AtlasEvent[] = [];
  const context: ContextEvent[] = [];
  for (const { file, text } of files) {
    if (badFiles.has(file)) continue;
    const fc = JSON.parse(text) as { features: Feature[] };
    fc.features.forEach((f, index) => {
      if (badFeatures.has(`${file}#${index}`)) return;
      const props = f.properties as { kind?: string } | null;
      if (props?.kind === "context") {
        const p = f.properties as ContextProperties;
        const geometry = f.geometry as Point | null;
        context.push({
          ...p,
          startDay: parseDay(p.start) ?? 0,
          endDay: parseDay(p.end) ?? 0,
          coordinates: geometry ? [geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0] : null,
        });
      } else {
        events.push(toAtlasEvent(f as EventFeature, "bundled"));
      }
    });
  }
  events.sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay || a.id.localeCompare(b.id));
  context.sort((a, b) => a.startDay - b.startDay);
  const tours = checkTourFiles(tourFiles, events);
  return { events, context, tours: tours.tours, problems: [...problems, ...tours.problems] };
}
