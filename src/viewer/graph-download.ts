// Downloads a graph file and reads its body as it arrives. The page starts this before the viewer's code has
// loaded (main.ts): a body nobody reads stalls once the browser's buffer for it is full, so reading it at once lets
// the transfer, and its decoding into text, overlap the loading of the viewer instead of waiting for it.

export interface GraphDownload {
  url: string;
  ok: boolean;
  status: number;
  /** The body as text; empty when the server answered with an error. */
  text: string;
}

export function downloadGraph(url: string, signal: AbortSignal): Promise<GraphDownload> {
  return fetch(url, { signal }).then(async (res) => {
    const text = res.ok ? await res.text() : "";
    // For bench/viewer.ts: the end of the download, whenever the viewer gets to look at it.
    performance.mark("newsgraph:fetched");
    return { url, ok: res.ok, status: res.status, text };
  });
}

/**
 * Where the build writes the preview of a graph.json (src/export/graph-preview.ts): beside it, `X.json` →
 * `X.preview.json`, query and fragment kept. Null for a URL that does not name a .json file.
 */
export function previewUrl(graphUrl: string): string | null {
  const m = /^([^?#]*?)(\.preview)?\.json([?#].*)?$/i.exec(graphUrl);
  if (!m || m[2]) return null;
  return `${m[1]}.preview.json${m[3] ?? ""}`;
}

/** The preview's text, or null when there is none (the graph was built elsewhere, or the request failed). */
export function downloadPreview(graphUrl: string, signal: AbortSignal): Promise<string | null> {
  const url = previewUrl(graphUrl);
  if (url === null) return Promise.resolve(null);
  return fetch(url, { signal }).then(
    async (res) => (res.ok ? res.text() : null),
    () => null,
  );
}
