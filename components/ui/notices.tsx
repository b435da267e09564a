"use client";
/** Non-blocking notices (ignored URL values, import results). Text only; a polite live region. */
import { useAtlas } from "../state/atlas-store-provider";

export function Notices() {
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.text}</span>
          <button type="button" className="notice-dismiss" onClick={() => dismiss(n.id)} aria-label="Dismiss notice">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
