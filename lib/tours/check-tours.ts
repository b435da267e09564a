/**
 * The tours as a set: the files of geodata/tours/ at build time (`npm run data:check`, the
 * data file the page fetches) and the list inside that data file when the browser reads it.
 *
 * Contract: pure and never throws. Every tour that passes `parseTour` is kept, in the order
 * given; every other one is left out and its problems are returned, shaped and printed like
 * the dataset's file-level problems, so a bad tour costs that tour only and shows in the
 * same problem count as a bad feature. Step windows are checked against `tourExtent`: the
 * app's timeline without "today" (which can only lengthen it), so a tour that fits here
 * fits every reader's timeline.
 */
import { dayFromParts, dayParts } from "../domain/days";
import type { DataFile } from "../domain/validate-dataset";
import { parseJsonText } from "../domain/validation/json-text";
import type { TimeWindow } from "../domain/visibility";
import { parseTour, type TourEvent, type TourProblem } from "./parse-tour";
import type { Tour } from "./tour";

/** The folder of tour files inside geodata/, and the prefix of their names in problems. */
export const TOURS_DIR = "tours";

/** More tours than this in the data file means the file is not ours; none is read. */
export const MAX_TOURS = 50;

export interface ToursCheck {
  tours: Tour[];
  problems: TourProblem[];
}

/** 1 January of the first event's year to the last event's end (see the module contract). */
export function tourExtent(events: readonly Pick<TourEvent, "startDay" | "endDay">[]): TimeWindow | undefined {
  if (events.length === 0) return undefined;
  let first = Infinity;
  let last = -Infinity;
  // A loop, not Math.min(...): spreading a very large list overflows the call stack.
  for (const e of events) {
    first = Math.min(first, e.startDay);
    last = Math.max(last, e.endDay);
  }
  return { from: dayFromParts(dayParts(first).year, 1, 1), to: last };
}

const fileProblem = (file: string, field: string, message: string): TourProblem => ({
  file,
  id: null,
  index: null,
  field,
  message,
});

/** Tour files as `{ file: "tours/<id>.json", text }`; see the module contract. */
export function checkTourFiles(files: readonly DataFile[], events: readonly TourEvent[]): ToursCheck {
  const extent = tourExtent(events);
  const tours: Tour[] = [];
  const problems: TourProblem[] = [];
  for (const { file, text } of files) {
    if (text.trim() === "") {
      problems.push(fileProblem(file, "json", "file is empty; expected a tour (see geodata/README.md)"));
      continue;
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      problems.push(fileProblem(file, "json", parsed.message));
      continue;
    }
    const r = parseTour(parsed.value, file, { events, extent });
    if (r.tour) tours.push(r.tour);
    problems.push(...r.problems);
  }
  return { tours, problems };
}

/** The `tours` list of the data file read in the browser; see the module contract. */
export function readBundledTours(value: unknown, where: string, events: readonly TourEvent[]): ToursCheck {
  if (!Array.isArray(value))
    return { tours: [], problems: [fileProblem(where, "tours", "is not a list; no tour is offered")] };
  if (value.length > MAX_TOURS) {
    return {
      tours: [],
      problems: [
        fileProblem(where, "tours", `holds ${value.length} tours, more than ${MAX_TOURS}; no tour is offered`),
      ],
    };
  }
  const extent = tourExtent(events);
  const tours: Tour[] = [];
  const problems: TourProblem[] = [];
  const seen = new Set<string>();
  value.forEach((item: unknown, i) => {
    const r = parseTour(item, `${where} tours[${i}]`, { events, extent });
    if (r.tour && seen.has(r.tour.id)) {
      problems.push(
        fileProblem(`${where} tours[${i}]`, "id", `${JSON.stringify(r.tour.id)} is used by an earlier tour`),
      );
    } else if (r.tour) {
      seen.add(r.tour.id);
      tours.push(r.tour);
    }
    problems.push(...r.problems);
  });
  return { tours, problems };
}

/** The tail `npm run data:check` adds to its summary line when the data has a tours folder. */
export function toursSummary(tourFiles: number, tours: number): string {
  return `, including ${tourFiles} tour file${tourFiles === 1 ? "" : "s"} (${tours} valid tour${tours === 1 ? "" : "s"})`;
}
