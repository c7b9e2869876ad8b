// Entry point of the viewer page: opens ?graph=URL, or the sample graph shipped next to the page. The downloads
// start here, at once, and their bodies are read as they arrive, while the rest of the viewer loads as a separate
// chunk: on a big graph.json that overlap is a few hundred milliseconds off the first frame. The graph's preview
// (graph.preview.json, if the host has one) comes down beside it, to be drawn while graph.json is still arriving.
import { downloadGraph, downloadPreview } from "./graph-download.ts";

export const DEFAULT_GRAPH_URL = "./data/graph.json";

const requested = new URLSearchParams(location.search).get("graph");
const graphUrl = requested || DEFAULT_GRAPH_URL;
const controller = new AbortController();
const preview = downloadPreview(graphUrl, controller.signal);
const graph = downloadGraph(graphUrl, controller.signal);
// The viewer reports a failed download; until it takes the promise over, a rejection is not unhandled.
graph.catch(() => undefined);

void import("./app.ts").then(({ mountViewer }) => mountViewer({ graphUrl, download: { graph, preview, controller } }));
