/**
 * Which basemap to draw. The offline basemap is the default and the fallback; a remote
 * vector style is used only when NEXT_PUBLIC_BASEMAP_STYLE_URL is set to a valid http(s)
 * address. An invalid value is reported with a warning and never leaves a blank map.
 */
export type BasemapChoice =
  { kind: "offline"; warning: string | null } | { kind: "remote"; url: string; origin: string; warning: null };

export function chooseBasemap(raw: string | undefined | null): BasemapChoice {
  const value = raw?.trim() ?? "";
  if (value === "") return { kind: "offline", warning: null };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      kind: "offline",
      warning: `NEXT_PUBLIC_BASEMAP_STYLE_URL is not a valid address (${JSON.stringify(value.slice(0, 200))}); using the offline basemap.`,
    };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return {
      kind: "offline",
      warning: `NEXT_PUBLIC_BASEMAP_STYLE_URL must use http or https, not ${url.protocol.replace(":", "")}; using the offline basemap.`,
    };
  }
  return { kind: "remote", url: url.href, origin: url.origin, warning: null };
}
