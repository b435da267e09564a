/**
 * An event's sources: title (a link for http(s) addresses, opening in a new tab without
 * handing the new page a reference to ours or our address), publisher and date.
 */
import type { Source } from "@/lib/domain/schema";

export function EventSources({ sources, isWebLink }: { sources: readonly Source[]; isWebLink: (url: string) => boolean }) {
  return (
    <>
      <h3 className="details-sources-heading">Sources</h3>
      <ol className="details-sources">
        {sources.map((s, i) => (
          <li key={`${s.url}-${i}`}>
            {isWebLink(s.url) ? (
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
