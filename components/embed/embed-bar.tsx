"use client";
/**
 * The embed's compact legend and credits: the layers on the map (swatch and name), how many
 * events the window shows, the dataset's version and "data through" date, the map's
 * attribution, and a link that opens the full app on this view in a new tab.
 */
import { formatDay } from "@/lib/domain/days";
import { LAYER_IDS } from "@/lib/domain/layers";
import { layerColour, LAYER_PRESENTATION } from "@/lib/map/layer-presentation";
import { PALETTES } from "@/lib/map/palette";
import { viewLink } from "@/lib/share/share-links";
import { selectUrlDefaults, selectUrlState, selectVisibleEvents } from "@/lib/store/selectors";
import type { DatasetStatement as DataStatement } from "@/lib/cite/citation";
import { MarkerSwatch } from "../ui/marker-swatch";
import { useColorScheme } from "../ui/use-color-scheme";
import { useAtlas } from "../state/atlas-store-provider";

export function EmbedBar({ data }: { data: DataStatement | null }) {
  const palette = PALETTES[useColorScheme()];
  const layers = useAtlas((s) => s.layers);
  const win = useAtlas((s) => s.window);
  const count = useAtlas((s) => selectVisibleEvents(s).length);
  const link = useAtlas((s) => viewLink(window.location.origin, selectUrlState(s), selectUrlDefaults(s)));
  const shown = LAYER_IDS.filter((l) => l !== "imported" && layers.has(l));
  return (
    <div className="embed-bar">
      <h1 className="embed-title">Exercise Atlas</h1>
      <p className="embed-window" data-testid="embed-window">
        {formatDay(win.from)} to {formatDay(win.to)} · {count} visible event{count === 1 ? "" : "s"}
      </p>
      <ul className="embed-legend" aria-label="Legend">
        {shown.length === 0 ? <li>No layer is shown</li> : null}
        {shown.map((l) => (
          <li key={l}>
            <MarkerSwatch shape={LAYER_PRESENTATION[l].shape} fill="filled" colour={layerColour(palette, l)} />
            {LAYER_PRESENTATION[l].label}
          </li>
        ))}
      </ul>
      <p className="embed-credits">
        {data
          ? `${data.title ?? "Exercise Atlas dataset"} ${data.version}, data through ${data.dataThrough}`
          : "Exercise Atlas dataset"}{" "}
        · Map: Natural Earth ·{" "}
        <a href={link} target="_blank" rel="noopener">
          Open the full view<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </div>
  );
}
