"use client";
/**
 * The header's data controls: "Import data" (a file input; drag-and-drop works too), the
 * list of imports, the three exports, the progress of a running import (with Cancel) and its
 * report.
 */
import { useRef, useState } from "react";
import type { ImportProgress } from "@/lib/io/types";
import { formatBytes, formatInt } from "@/lib/text/numbers";
import { useAtlas } from "../state/atlas-store-provider";
import { DropOverlay } from "./drop-overlay";
import { ExportButtons } from "./export-buttons";
import { ImportReportDialog } from "./import-report";
import { ImportsPanel } from "./imports-panel";
import { useImporter } from "./use-importer";
import "./io.css";

const ACCEPT = ".geojson,.json,.csv,.tsv,.txt,application/geo+json,application/json,text/csv";

function progressText(fileName: string, p: ImportProgress | null): string {
  if (!p) return `Importing ${fileName}…`;
  switch (p.stage) {
    case "reading":
      return `Reading ${fileName}: ${formatBytes(p.done)} of ${formatBytes(p.total)}`;
    case "parsing":
      return `Parsing ${fileName}…`;
    case "validating":
      return `Checking ${fileName}: ${formatInt(p.done)} of ${formatInt(p.total)} features`;
    case "preparing":
      return `Preparing ${formatInt(p.total)} features for the map…`;
    case "saving":
      return `Saving ${fileName} for your next visit…`;
  }
}

export function DataToolbar() {
  const importer = useImporter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const count = useAtlas((s) => s.imports.length);
  const { running } = importer;

  return (
    <div className="io-toolbar">
      <label className={`io-button io-file${running ? " io-disabled" : ""}`}>
        Import data
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          className="visually-hidden"
          disabled={running !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) importer.importFile(file);
          }}
        />
      </label>
      <button
        type="button"
        className="io-button"
        aria-expanded={panelOpen}
        aria-controls="io-imports-panel"
        onClick={() => setPanelOpen((o) => !o)}
      >
        Imports <span className="io-count">{count}</span>
      </button>
      <ExportButtons />
      {running ? (
        <div className="io-progress" role="status">
          <span>{progressText(running.fileName, running.progress)}</span>
          <progress
            aria-label="Import progress"
            max={running.progress && running.progress.total > 0 ? running.progress.total : undefined}
            value={running.progress && running.progress.total > 0 ? running.progress.done : undefined}
          />
          <button type="button" className="io-button" onClick={importer.cancelImport}>
            Cancel import
          </button>
        </div>
      ) : null}
      {panelOpen ? (
        <div id="io-imports-panel" className="io-popover">
          <ImportsPanel onRemove={importer.removeImport} />
        </div>
      ) : null}
      {importer.report ? <ImportReportDialog report={importer.report} onClose={importer.closeReport} /> : null}
      <DropOverlay onFile={importer.importFile} />
    </div>
  );
}
