/**
 * The dataset's closed vocabularies (sides, kinds, precisions, domains, context categories).
 * Apart from the zod schema (which re-exports them) so panels that only need the lists do
 * not pull zod into the page's first-load JavaScript.
 */
export const BLOCS = ["cn-ru", "nato"] as const;
export const EVENT_KINDS = ["exercise", "command-post", "air-patrol", "naval-patrol", "coast-guard-patrol"] as const;
export const DATE_PRECISIONS = ["day", "month", "approximate"] as const;
export const LOCATION_PRECISIONS = ["site", "region", "sea-area", "route"] as const;
export const DOMAINS = [
  "land",
  "sea",
  "air",
  "amphibious",
  "subsurface",
  "missile-defence",
  "special-forces",
  "cyber",
  "space",
  "law-enforcement",
] as const;
export const CONTEXT_CATEGORIES = ["war", "diplomacy", "alliance", "legal", "summit", "operation"] as const;
/** Whether an event's `personnel` counts the whole event or the host's whole national exercise. */
export const PERSONNEL_SCOPES = ["event", "host-exercise"] as const;
