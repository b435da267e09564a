"use client";
/**
 * The chooser a click opens where several events share a spot (Peace Mission 2007, 2013
 * and 2018 at Chebarkul): a small dialog on the map listing them, each a button that selects
 * it. Focus moves to the first button; Tab and Shift+Tab move between them; Escape closes
 * the chooser (and only the chooser) and returns focus to the map.
 */
import { useEffect, useRef, type KeyboardEvent } from "react";
import { MapPopup } from "./map-popup";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { formatDates } from "@/lib/text/event-text";

export interface StackChooserProps {
  lngLat: [number, number];
  events: readonly AtlasEvent[];
  onChoose: (id: string) => void;
  onClose: () => void;
}

export function StackChooser({ lngLat, events, onChoose, onClose }: StackChooserProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, [lngLat]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    // The page's Escape would also clear the selection; this one only closes the chooser.
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
  return (
    <MapPopup lngLat={lngLat} maxWidth="300px" className="stack-chooser">
      <div role="dialog" aria-label="Events at this place" onKeyDown={onKeyDown}>
        <p className="stack-chooser-title">{events.length} events at this place</p>
        <ul className="stack-chooser-list">
          {events.map((e, i) => (
            <li key={e.id}>
              <button type="button" ref={i === 0 ? first : undefined} onClick={() => onChoose(e.id)}>
                <span className="stack-chooser-name">{e.name}</span>
                <span className="stack-chooser-dates">{formatDates(e)}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="stack-chooser-close" onClick={onClose}>
          Close
        </button>
      </div>
    </MapPopup>
  );
}
