"use client";
/** The side panels: the selected event's details (when there is one) above the events list. */
import { EventDetails } from "./event-details";
import { EventsList } from "./events-list";

export function Sidebar() {
  return (
    <aside className="atlas-sidebar" aria-label="Panels">
      <EventDetails />
      <EventsList />
    </aside>
  );
}
