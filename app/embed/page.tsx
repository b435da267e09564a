import type { Metadata } from "next";
import { preload } from "react-dom";
import { BASEMAP_LABEL_FONT_PATH } from "@/lib/map/basemap-style";
import { EmbedLoader } from "@/components/embed/embed-loader";
import { bundledDataPath } from "@/lib/data/data-file";
import { getDatasetDescription } from "@/lib/data/load-dataset";

export const metadata: Metadata = {
  title: "Exercise Atlas (embedded view)",
  description: "An embeddable view of the Exercise Atlas map and timeline.",
};

// The page other sites may frame (see docs/security-headers.md): built once, like the app;
// the view is read from the URL in the browser.
export default function EmbedPage() {
  const dataPath = bundledDataPath();
  preload(dataPath, { as: "fetch", crossOrigin: "anonymous" });
  preload(BASEMAP_LABEL_FONT_PATH, { as: "fetch", crossOrigin: "anonymous" });
  const { meta } = getDatasetDescription();
  return (
    <EmbedLoader
      dataPath={dataPath}
      data={meta ? { title: meta.title, version: meta.version, dataThrough: meta.dataThrough } : null}
    />
  );
}
