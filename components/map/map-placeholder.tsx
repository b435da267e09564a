/** What stands in for the map until MapLibre has loaded (also in the static HTML). */
export function MapPlaceholder() {
  return <div className="map-container" data-map-state="loading" aria-busy="true" />;
}
