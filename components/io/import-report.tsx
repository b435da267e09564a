"use client";
/**
 * The report of the last import, in a modal dialog: how many features were kept, and every
 * rejected one with where it is (features[index] or CSV line), the field and the reason. All
 * text from the file is rendered as text. At most `SHOWN` rows are listed (a file of 100,000
 * bad rows must not build 100,000 table rows); the count says how many more there are.
 */
import type { Rejection } from "@/lib/io/types";
import { formatInt } from "@/lib/text/numbers";
import type { ImportReport } from "./use-importer";
import { useModal } from "../ui/use-modal";

const SHOWN = 500;

function where(r: Rejection): string {
  if (r.line !== null) return `line ${r.line}`;
  if (r.index !== null) return `features[${r.index}]`;
  return "file";
}

export function summaryOf(report: ImportReport): string {
  if (report.error) return `Nothing was imported from ${report.fileName}. ${report.error}`;
  const kept = report.batch?.events.length ?? 0;
  const rejectedFeatures = report.rejectedFeatures;
  const head = `Imported ${formatInt(kept)} of ${formatInt(report.total)} feature${report.total === 1 ? "" : "s"} from ${report.fileName}`;
  return rejectedFeatures > 0 ? `${head}; ${formatInt(rejectedFeatures)} rejected.` : `${head}.`;
}

export function ImportReportDialog({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const ref = useModal();
  const rows = report.rejected.slice(0, SHOWN);
  const problems = report.rejected.length + report.omittedRejections;
  return (
    <dialog ref={ref} className="io-dialog" aria-labelledby="import-report-heading" onClose={onClose}>
      <h2 id="import-report-heading">Import report</h2>
      <p className={report.error ? "io-error" : undefined}>{summaryOf(report)}</p>
      {rows.length > 0 ? (
        <div className="io-table-wrap" tabIndex={0} role="region" aria-label="Rejected features">
          <table className="io-table">
            <caption>
              Rejected features
              {problems > rows.length ? ` (first ${formatInt(rows.length)} of ${formatInt(problems)} problems)` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Where</th>
                <th scope="col">Feature</th>
                <th scope="col">Field</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <td>{where(r)}</td>
                  <td>{r.label ?? ""}</td>
                  <td>
                    <code>{r.field}</code>
                  </td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form method="dialog">
        <button type="submit" className="io-button" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
