"use client";
/**
 * A small panel pinned above a spot on the map (the hover tooltip, the stack chooser). It
 * never closes or takes focus by itself: the map's own handlers decide what a click
 * elsewhere does, and the chooser moves focus itself.
 */
import type { ReactNode } from "react";
import { Popup } from "react-map-gl/maplibre";

export interface MapPopupProps {
  lngLat: [number, number];
  maxWidth: string;
  className: string;
  children: ReactNode;
}

export function MapPopup({ lngLat, maxWidth, className, children }: MapPopupProps) {
  return (
    <Popup
      longitude={lngLat[0]}
      latitude={lngLat[1]}
      closeButton={false}
      closeOnClick={false}
      focusAfterOpen={false}
      anchor="bottom"
      offset={14}
      maxWidth={maxWidth}
      className={className}
    >
      {children}
    </Popup>
  );
}
