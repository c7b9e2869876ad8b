// Downloads a graph file and reads its body as it arrives. The page starts this before the viewer's code has
// loaded (main.ts): a body nobody reads stalls once the browser's buffer for it is full, so reading it at once lets
// the transfer overlap the loading of the viewer and the drawing of the preview instead of waiting for them. The
// body is kept as bytes and decoded into text only when asked: on the bench graph that decoding is about 0.1 s of
// the main thread, which would otherwise be taken from the preview's first frame.

export interface GraphDownload {
  url: string;
  ok: boolean;
  status: number;
  /** The body as text, decoded at the first call; empty when the server answered with an error. */
  text(): string;
}

export function downloadGraph(url: string, signal: AbortSignal): Promise<GraphDownload> {
  return fetch(url, { signal }).then(async (res) => {
    const body = res.ok ? await res.arrayBuffer() : new ArrayBuffer(0);
    // For bench/viewer.ts: the end of the download, whenever the viewer gets to look at it.
    performance.mark("newsgraph:fetched");
    let text: string | null = null;
    return { url, ok: res.ok, status: res.status, text: () => (text ??= new TextDecoder().decode(body)) };
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
