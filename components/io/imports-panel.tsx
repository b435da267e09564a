"use client";
/**
 * The list of imports (file name, how many events, when) with a Remove button each, the
 * switch for the "Imported" layer, and what an import may contain. Opened from the toolbar.
 */
import { useAtlas } from "../state/atlas-store-provider";
import { MAX_FEATURES_PER_FILE, MAX_FILE_BYTES, MAX_VERTICES_PER_FEATURE } from "@/lib/io/limits";
import { formatBytes, formatInt } from "@/lib/text/numbers";

export function ImportsPanel({ onRemove }: { onRemove: (id: string) => void }) {
  const imports = useAtlas((s) => s.imports);
  const shown = useAtlas((s) => s.layers.has("imported"));
  const setLayerVisible = useAtlas((s) => s.setLayerVisible);
  return (
    <section className="io-panel" aria-labelledby="imports-heading">
      <h2 id="imports-heading">Your imports</h2>
      {imports.length === 0 ? (
        <p className="io-muted">Nothing imported yet. Choose “Import data” or drop a file on the map.</p>
      ) : (
        <>
          <label className="io-check">
            <input type="checkbox" checked={shown} onChange={(e) => setLayerVisible("imported", e.target.checked)} />
            Show imported events
          </label>
          <ul className="io-imports" aria-label="Imports">
            {imports.map((b) => (
              <li key={b.id}>
                <span className="io-import-name">{b.fileName}</span>
                <span className="io-muted">
                  {formatInt(b.events.length)} event{b.events.length === 1 ? "" : "s"} · {b.importedAt.slice(0, 10)}
                </span>
                <button
                  type="button"
                  className="io-button"
                  onClick={() => onRemove(b.id)}
                  aria-label={`Remove ${b.fileName}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="io-help">
        <summary>What can I import?</summary>
        <p>
          GeoJSON (a FeatureCollection or a Feature) or CSV, UTF-8, up to {formatBytes(MAX_FILE_BYTES)} and{" "}
          {formatInt(MAX_FEATURES_PER_FILE)} features; up to {formatInt(MAX_VERTICES_PER_FEATURE)} vertices per feature.
        </p>
        <p>
          Each feature needs <code>name</code>, <code>start</code> (YYYY-MM-DD), <code>bloc</code> (<code>nato</code> or{" "}
          <code>cn-ru</code>) and a place. Optional: <code>end</code>, <code>kind</code>, <code>participants</code> (ISO
          codes such as PL; US), <code>source_url</code> and the other properties of our own data.
        </p>
        <p>
          CSV columns: <code>name, start, end, bloc, kind, lat, lon</code> or <code>geometry</code> (WKT or GeoJSON),{" "}
          <code>participants, source_url, source_title, description</code>, …. Rows with problems are listed and left
          out; the rest is imported.
        </p>
      </details>
    </section>
  );
}
