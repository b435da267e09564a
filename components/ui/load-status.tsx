/**
 * What a page says while its events load, or why they did not: a polite status, or an alert
 * with the loader's plain-text message. Shared by the full app's and the embed's loaders.
 */
export function LoadStatus({ error, className }: { error: string | null; className: string }) {
  return error !== null ? (
    <p role="alert" className={className}>
      {error}
    </p>
  ) : (
    <p role="status" className={className}>
      Loading events…
    </p>
  );
}
