// Entry point of the viewer page: opens ?graph=URL, or the sample graph shipped next to the page.
import { mountViewer } from "./app.ts";

export const DEFAULT_GRAPH_URL = "./data/graph.json";

const requested = new URLSearchParams(location.search).get("graph");
mountViewer({ graphUrl: requested || DEFAULT_GRAPH_URL });
