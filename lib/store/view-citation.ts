/**
 * The citation of the store's current view: the data's own statement (title, version, data
 * through), the window, the full app's link to it and the access day. Null when the data
 * carries no version (dataset.json missing): a citation without one would not say what was seen.
 */
import { formatDay } from "../domain/days";
import { viewLink } from "../share/share-links";
import { selectUrlDefaults, selectUrlState } from "./selectors";
import type { AtlasState } from "./atlas-store";
import { citationBibtex, citationText, DEFAULT_DATASET_TITLE, type CitationInput } from "../cite/citation";

export function viewCitationInput(s: AtlasState, origin: string, today: number): CitationInput | null {
  if (!s.dataset) return null;
  return {
    datasetTitle: s.dataset.title ?? DEFAULT_DATASET_TITLE,
    version: s.dataset.version,
    dataThrough: s.dataset.dataThrough,
    from: formatDay(s.window.from),
    to: formatDay(s.window.to),
    url: viewLink(origin, selectUrlState(s), selectUrlDefaults(s)),
    accessed: formatDay(today),
  };
}

export function viewCitation(s: AtlasState, origin: string, today: number): { text: string; bibtex: string } | null {
  const input = viewCitationInput(s, origin, today);
  return input ? { text: citationText(input), bibtex: citationBibtex(input) } : null;
}
