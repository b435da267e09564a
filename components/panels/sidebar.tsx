"use client";
/**
 * The side panels as tabs: the events list, the summary, the comparison over time and the
 * checked claims. The open tab is kept in the store, so a shared link (`tab=`) reopens it.
 * On a narrow screen the sidebar is a bottom sheet under the map (see panels.css) with the
 * same tabs. The selected event's details sit above the tabs.
 */
import type { PanelTab } from "@/lib/url/url-state";
import { useAtlas } from "../state/atlas-store-provider";
import { ClaimsPanel } from "./claims-panel";
import { ComparePanel } from "./compare-panel";
import { EventDetails } from "./event-details";
import { EventsList } from "./events-list";
import { SummaryPanel } from "./summary-panel";
import { Tabs, type TabSpec } from "./tabs";
import "./panels.css";

// The keys are the URL's `tab` values (lib/url/url-state.ts), in the same order.
const TABS: readonly TabSpec<PanelTab>[] = [
  { key: "events", label: "Events", render: () => <EventsList /> },
  { key: "summary", label: "Summary", render: () => <SummaryPanel /> },
  { key: "compare", label: "Compare", render: () => <ComparePanel /> },
  { key: "claims", label: "Claims", render: () => <ClaimsPanel /> },
];

export function Sidebar() {
  const tab = useAtlas((s) => s.tab);
  const setTab = useAtlas((s) => s.setTab);
  return (
    <aside className="atlas-sidebar" aria-label="Panels">
      <EventDetails />
      <Tabs tabs={TABS} active={tab} onChange={setTab} label="Panels" />
    </aside>
  );
}
