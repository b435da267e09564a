/**
 * How precise an event's dates and location are, in the words of the details panel's
 * parentheses ("exact days", "region (approximate location)").
 */
import type { DatePrecision, LocationPrecision } from "../domain/schema";

export const DATE_PRECISION_TEXT: Readonly<Record<DatePrecision, string>> = {
  day: "exact days",
  month: "known to the month",
  approximate: "approximate",
};

export const LOCATION_PRECISION_TEXT: Readonly<Record<LocationPrecision, string>> = {
  site: "named site",
  region: "region (approximate location)",
  "sea-area": "sea area (approximate location)",
  route: "route (approximate waypoints)",
};
