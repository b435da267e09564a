/**
 * Moving focus to a panel's heading once it has rendered, by id: the map hands the reader to
 * the event's details after a choice on the map, the tours dialog to the tour panel. Here, not
 * in either panel, so the map does not import the panels (docs/architecture.md).
 */

/** The id of the event details' heading (components/panels/event-details.tsx). */
export const EVENT_DETAILS_HEADING_ID = "event-details-heading";
/** The id of the open tour step's heading (components/tours/tour-panel.tsx). */
export const TOUR_STEP_HEADING_ID = "tour-step-heading";

export function focusHeading(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Moves focus to the details' heading once it has rendered (after a choice on the map). */
export function focusEventDetails(): void {
  focusHeading(EVENT_DETAILS_HEADING_ID);
}

/** Whether a key event's target takes text itself (so the panel's own keys must not act). */
export function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}
