import type { Metadata } from "next";
import { CoverageView } from "@/components/coverage/coverage-view";
import { getDataset, getDatasetDescription } from "@/lib/data/load-dataset";

export const metadata: Metadata = {
  title: "Data coverage · Exercise Atlas",
  description:
    "What the Exercise Atlas dataset counts, year by year and series by series, and what it looked for and did not find.",
};

// Built once from geodata (no request data is read).
export default function CoveragePage() {
  const { meta, coverage } = getDatasetDescription();
  return <CoverageView events={getDataset().events} meta={meta} coverage={coverage} />;
}
