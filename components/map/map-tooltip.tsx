"use client";
/**
 * The hover tooltip: the name and dates of the events under the pointer (React text in a
 * react-map-gl Popup, never markup). Decorative for assistive technology: the same facts
 * are in the events list and the details panel.
 */
import { MapPopup } from "./map-popup";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { formatDates } from "@/lib/text/event-text";

const MAX_LISTED = 4;

export function MapTooltip({ lngLat, events }: { lngLat: [number, number]; events: readonly AtlasEvent[] }) {
  const shown = events.slice(0, MAX_LISTED);
  return (
    <MapPopup lngLat={lngLat} maxWidth="280px" className="map-tooltip">
      <div aria-hidden="true">
        {shown.map((e) => (
          <p key={e.id} className="map-tooltip-row">
            <span className="map-tooltip-name">{e.name}</span>
            <span className="map-tooltip-dates">{formatDates(e)}</span>
          </p>
        ))}
        {events.length > shown.length ? (
          <p className="map-tooltip-more">and {events.length - shown.length} more; click to choose</p>
        ) : null}
        {events.length > 1 && events.length <= shown.length ? (
          <p className="map-tooltip-more">{events.length} events here; click to choose</p>
        ) : null}
      </div>
    </MapPopup>
  );
}
