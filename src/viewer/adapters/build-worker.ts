// A web worker that runs the article pipeline on dropped files, so a long article never freezes the page. It
// answers one request with the built graph, serialised, or the error's message.
import { buildGraphFromFiles } from "../../pipeline/build-graph.ts";
import type { BuildReply, BuildRequest } from "./build-messages.ts";

const scope = self as unknown as { onmessage: ((event: MessageEvent<BuildRequest>) => void) | null; postMessage(reply: BuildReply): void };

scope.onmessage = (event) => {
  buildGraphFromFiles(event.data.files).then(
    ({ graph, skipped }) => scope.postMessage({ ok: true, graph: graph.export(), skipped }),
    (err: unknown) => scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }),
  );
};
