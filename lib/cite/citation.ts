/**
 * "Cite this view": a citation of the dataset version a reader saw, the view (its window and
 * its address) and the day they saw it, as plain text and as BibTeX. Pure: the page passes
 * what the data says of itself (dataset.json's title, version and "data through" date, never
 * the clock's) and the access day; the PNG export prints the same plain line.
 *
 * Why the version and the data-through date: a link to a live tool changes meaning as the
 * data grows; naming the version lets a reader next year know what the figures were based on.
 */

/** What the data says of itself (dataset.json), as the page carries it. */
export interface DatasetStatement {
  title?: string;
  version: string;
  dataThrough: string;
}

export const DEFAULT_DATASET_TITLE = "Exercise Atlas dataset";

export interface CitationInput {
  /** The dataset's title (dataset.json `title`). */
  datasetTitle: string;
  /** The dataset's version (dataset.json `version`, e.g. "2026.12.0"). */
  version: string;
  /** The latest report in the data, YYYY-MM-DD (dataset.json `dataThrough`). */
  dataThrough: string;
  /** The view's window, YYYY-MM-DD. */
  from: string;
  to: string;
  /** The view's full address (the share link). */
  url: string;
  /** The day the reader accessed the view, YYYY-MM-DD. */
  accessed: string;
}

export const CITATION_AUTHOR = "Exercise Atlas contributors";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Text from data or the address bar, with control characters (line breaks included) removed. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
}

/**
 * The year the citation is dated by: the version's year when it is calendar-versioned
 * ("2026.12.0"), else the year of the data-through date. Never the clock.
 */
export function citationYear(input: Pick<CitationInput, "version" | "dataThrough">): string {
  const fromVersion = /^(\d{4})\./.exec(clean(input.version))?.[1];
  if (fromVersion) return fromVersion;
  return DAY.test(input.dataThrough) ? input.dataThrough.slice(0, 4) : "n.d.";
}

/** e.g. "Exercise Atlas contributors (2026). Exercise Atlas dataset, version 2026.12.0 (data through 2026-07-02). View of 2024-01-01 to 2024-05-31. http://… (accessed 2026-12-03)." */
export function citationText(input: CitationInput): string {
  return (
    `${CITATION_AUTHOR} (${citationYear(input)}). ${clean(input.datasetTitle)}, version ${clean(input.version)} ` +
    `(data through ${clean(input.dataThrough)}). View of ${clean(input.from)} to ${clean(input.to)}. ` +
    `${safeUrl(input.url)} (accessed ${clean(input.accessed)}).`
  );
}

/** Characters TeX treats as commands in a field's text, escaped so they print as themselves. */
export function escapeBibtex(text: string): string {
  return clean(text).replace(/[\\{}&%$#_^~]/g, (c) => {
    switch (c) {
      case "\\":
        return "\\textbackslash{}";
      case "^":
        return "\\textasciicircum{}";
      case "~":
        return "\\textasciitilde{}";
      default:
        return `\\${c}`;
    }
  });
}

/**
 * An address as BibTeX's `url` field takes it: verbatim, so only what would break the field
 * (braces, backslashes, spaces, quotes) is percent-encoded; a share link never has them.
 */
export function safeUrl(url: string): string {
  return clean(url).replace(/[{}\\\s"<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** A BibTeX key from the version and the window, e.g. exerciseatlas_2026_12_0_20240101_20240531. */
export function citationKey(input: Pick<CitationInput, "version" | "from" | "to">): string {
  const part = (s: string) =>
    clean(s)
      .replace(/[^A-Za-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "");
  return ["exerciseatlas", part(input.version), part(input.from.replace(/-/g, "")), part(input.to.replace(/-/g, ""))]
    .filter(Boolean)
    .join("_");
}

export function citationBibtex(input: CitationInput): string {
  const fields: Array<[string, string]> = [
    ["author", `{${escapeBibtex(CITATION_AUTHOR)}}`],
    [
      "title",
      `{${escapeBibtex(input.datasetTitle)}}: view of ${escapeBibtex(input.from)} to ${escapeBibtex(input.to)}`,
    ],
    ["year", escapeBibtex(citationYear(input))],
    ["version", escapeBibtex(input.version)],
    ["note", `Data through ${escapeBibtex(input.dataThrough)}`],
    ["url", safeUrl(input.url)],
    ["urldate", escapeBibtex(input.accessed)],
  ];
  return [
    `@misc{${citationKey(input)},`,
    ...fields.map(([k, v], i) => `  ${k} = {${v}}${i < fields.length - 1 ? "," : ""}`),
    "}",
  ].join("\n");
}
