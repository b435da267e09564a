/**
 * The addresses a view is shared by: the link to the full app, the embed page's address
 * (/embed, the same view without the side panels) and the `<iframe>` snippet that places it
 * in an article. Pure: the page passes its origin and its state; the query is the URL
 * state's own serialisation (lib/url/url-state.ts), so a link opens exactly what it names.
 */
import { serialiseUrlState, type UrlState } from "../url/url-state";

/** The route of the embeddable view (app/embed). */
export const EMBED_PATH = "/embed";

/** Sizes offered for the snippet; "responsive" fills the article's width. */
export const EMBED_SIZES = {
  small: { width: "640", height: "420", label: "640 × 420" },
  medium: { width: "800", height: "520", label: "800 × 520" },
  large: { width: "1000", height: "640", label: "1000 × 640" },
  responsive: { width: "100%", height: "560", label: "Full width × 560" },
} as const;
export type EmbedSize = keyof typeof EMBED_SIZES;

/** The full app's address for `state` (defaults are left out of the query). */
export function viewLink(origin: string, state: UrlState, defaults: UrlState): string {
  const query = serialiseUrlState(state, defaults);
  return `${origin}/${query ? `?${query}` : ""}`;
}

/**
 * The embed page's address for `state`: the window, mode, layers and selection. The open tab,
 * the theatres and an open tour are the full app's (the embed has one map, no panels), so they
 * are left out.
 */
export function embedLink(origin: string, state: UrlState, defaults: UrlState): string {
  const query = serialiseUrlState(
    { ...state, tab: defaults.tab, view: defaults.view, theatres: defaults.theatres, tour: null },
    defaults,
  );
  return `${origin}${EMBED_PATH}${query ? `?${query}` : ""}`;
}

/** Text as an HTML attribute value between double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The snippet a reader pastes into their page: the embed at a size, titled for screen readers. */
export function iframeSnippet(src: string, title: string, size: EmbedSize): string {
  const { width, height } = EMBED_SIZES[size];
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width}" height="${height}" ` +
    `style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`
  );
}
