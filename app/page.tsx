import { preload } from "react-dom";
import { BASEMAP_LABEL_FONT_PATH } from "@/lib/map/basemap-style";
import { AtlasLoader } from "@/components/atlas-loader";
import { bundledDataPath } from "@/lib/data/data-file";
import { getDatasetDescription } from "@/lib/data/load-dataset";

// Built once (static export): the same HTML for every URL. The events are not in it; the
// page fetches them from a content-named file, and reads the URL's view in the browser
// (components/atlas-loader.tsx). The preload starts that fetch while the scripts load.
export default function HomePage() {
  const dataPath = bundledDataPath();
  preload(dataPath, { as: "fetch", crossOrigin: "anonymous" });
  preload(BASEMAP_LABEL_FONT_PATH, { as: "fetch", crossOrigin: "anonymous" });
  const { meta } = getDatasetDescription();
  return (
    <AtlasLoader
      dataPath={dataPath}
      data={meta ? { title: meta.title, version: meta.version, dataThrough: meta.dataThrough } : null}
    />
  );
}
