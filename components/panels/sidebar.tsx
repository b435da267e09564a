"use client";
/** The side panels. */
import { EventsList } from "./events-list";

export function Sidebar() {
  return (
    <aside className="atlas-sidebar" aria-label="Panels">
      <EventsList />
    </aside>
  );
}
