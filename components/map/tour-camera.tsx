"use client";
/**
 * Flies the camera to the open tour step's camera (centre and zoom from the tour file) when
 * the step changes, including the first render from a `tour=` URL. Rendered after
 * SelectionCamera, so a step that names both a selection and a camera ends on its camera.
 * Steps without a camera leave it to the selection (or where the reader left it).
 */
import { useEffect } from "react";
import { useMap } from "react-map-gl/maplibre";
import { selectTourStep } from "@/lib/store/selectors";
import { useAtlas } from "../state/atlas-store-provider";

export function TourCamera() {
  const { current: map } = useMap();
  const camera = useAtlas((s) => selectTourStep(s)?.step.camera ?? null);
  const key = useAtlas((s) => (s.tour ? `${s.tour.id}:${s.tour.step}` : null));
  useEffect(() => {
    if (!map || !camera || key === null) return;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    // Keep the centre clear of the tour panel on wide maps (it covers the top-right corner).
    const panel = map.getCanvas().closest(".atlas-map")?.querySelector(".tour-panel")?.getBoundingClientRect();
    const wide = map.getCanvas().clientWidth > 700;
    const right = panel && wide ? Math.min(panel.width, map.getCanvas().clientWidth * 0.4) : 0;
    map.flyTo({
      center: camera.center,
      zoom: camera.zoom,
      padding: { left: 0, top: 0, right, bottom: 0 },
      duration: reduceMotion ? 0 : 1200,
      essential: false,
    });
    // Only a change of step moves the camera; the camera object is stable per step.
  }, [map, key, camera]);
  return null;
}
