/**
 * An event's sources: title (a link for http(s) addresses, opening in a new tab without
 * handing the new page a reference to ours or our address), publisher and date.
 */
import { isHttpUrl } from "@/lib/domain/http-url";
import type { Source } from "@/lib/domain/schema";

export function EventSources({ sources }: { sources: readonly Source[] }) {
  return (
    <>
      <h3 className="details-sources-heading">Sources</h3>
      <ol className="details-sources">
        {sources.map((s, i) => (
          <li key={`${s.url}-${i}`}>
            {isHttpUrl(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              <span>
                {s.title} <span className="details-url">{s.url}</span>
              </span>
            )}
            <span className="details-source-meta">
              {" "}
              — {s.publisher}
              {s.date ? `, ${s.date}` : ""}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
