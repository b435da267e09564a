"use client";
/**
 * The side panels as tabs: the events list, the summary, the comparison over time and the
 * checked claims. On a narrow screen the sidebar is a bottom sheet under the map (see
 * panels.css) with the same tabs. The selected event's details sit above the tabs.
 */
import { useState } from "react";
import { ClaimsPanel } from "./claims-panel";
import { ComparePanel } from "./compare-panel";
import { EventsList } from "./events-list";
import { SummaryPanel } from "./summary-panel";
import { Tabs, type TabSpec } from "./tabs";
import "./panels.css";

type PanelKey = "events" | "summary" | "compare" | "claims";

const TABS: readonly TabSpec<PanelKey>[] = [
  { key: "events", label: "Events", render: () => <EventsList /> },
  { key: "summary", label: "Summary", render: () => <SummaryPanel /> },
  { key: "compare", label: "Compare", render: () => <ComparePanel /> },
  { key: "claims", label: "Claims", render: () => <ClaimsPanel /> },
];

export function Sidebar() {
  const [tab, setTab] = useState<PanelKey>("events");
  return (
    <aside className="atlas-sidebar" aria-label="Panels">
      {/* The selected event's details (<EventDetails />) go here, above the tabs. */}
      <Tabs tabs={TABS} active={tab} onChange={setTab} label="Panels" />
    </aside>
  );
}
