"use client";
/**
 * The page shell: header, map and (later) timeline and panels. Everything interactive is
 * client-side; the shell itself renders on the server so the first paint does not wait
 * for MapLibre.
 */
import dynamic from "next/dynamic";

const AtlasMap = dynamic(() => import("./map/atlas-map").then((m) => m.AtlasMap), {
  ssr: false,
  loading: () => <div className="map-container" data-map-state="loading" aria-busy="true" />,
});

export function Atlas() {
  return (
    <div className="atlas">
      <header className="atlas-header">
        <h1>Exercise Atlas</h1>
        <p className="atlas-tagline">China–Russia joint exercises and patrols · NATO drills · every point sourced</p>
      </header>
      <main className="atlas-main">
        <section className="atlas-map" aria-label="Map">
          <AtlasMap />
        </section>
      </main>
    </div>
  );
}
