// The viewer application: mounts the panels once, loads a graph into a session, wires exports and file drops.
// Returns its cleanup, in the sigma-storybook style.
import type { KnowledgeGraph } from "../model/index.ts";
import { toGexf, toGraphJson } from "./adapters/export-adapter.ts";
import { afterFirstFrame, type Deferred } from "./after-first-frame.ts";
import { byId, download } from "./dom.ts";
import { downloadGraph, downloadPreview, type GraphDownload } from "./graph-download.ts";
import { openInitialGraph } from "./initial-graph.ts";
import { countsArticles, isFiltering } from "./filters.ts";
import { drawPosterFrame, type PosterFrame } from "./poster-frame.ts";
import { DEFAULT_SCALE_SETTINGS } from "./scale-settings.ts";
import { mountDropZone } from "./drop-zone.ts";
import type { NamedFile } from "./dropped-files.ts";
import { FileOpenError, openFiles } from "./open-files.ts";
import { mountArticleReader } from "./panels/article-reader.ts";
import { mountDetailsPanel } from "./panels/details-panel.ts";
import { mountErrorBanner } from "./panels/error-banner.ts";
import { mountFiltersPanel } from "./panels/filters-panel.ts";
import { mountSearchBox } from "./panels/search-box.ts";
import { mountSkippedInputs } from "./panels/skipped-inputs.ts";
import { mountSummary } from "./panels/summary.ts";
import { mountToolbar } from "./panels/toolbar.ts";
import { mountSession, type Session } from "./session.ts";
import { createStore, defaultState } from "./state/index.ts";
import { parseHash } from "./url-state.ts";
import { mountUrlSync } from "./url-sync.ts";

declare global {
  interface Window {
    /** Handles for bench/viewer.ts, set only with ?bench in the URL. */
    newsgraphBench?: { sigma: Session["renderer"]["sigma"]; store: ReturnType<typeof createStore>; layout: Session["layout"] };
  }
}

export interface ViewerOptions {
  /** URL of the graph.json to open first. */
  graphUrl: string;
  /** Its downloads, when the page already started them (main.ts); else the viewer fetches graphUrl itself. */
  download?: { graph: Promise<GraphDownload>; preview: Promise<string | null>; controller: AbortController };
}

function baseName(graph: KnowledgeGraph): string {
  const name = (graph.getAttribute("name") || "newsgraph").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "");
  return name || "newsgraph";
}

export function mountViewer(options: ViewerOptions): () => void {
  const store = createStore({ ...defaultState(), ...parseHash(location.hash) });
  const container = byId("graph", HTMLDivElement);
  const banner = mountErrorBanner(byId("error-banner", HTMLDivElement));
  const details = mountDetailsPanel(byId("details", HTMLElement), store);
  const filters = mountFiltersPanel(byId("filters", HTMLElement), store);
  const reader = mountArticleReader(byId("article-reader", HTMLDivElement), store);
  const summary = mountSummary(byId("graph-summary", HTMLElement));
  const skippedInputs = mountSkippedInputs(byId("skipped-inputs", HTMLDetailsElement));
  let session: Session | null = null;
  let deferred: Deferred | null = null;
  /** Set once the user opens files: the page's own graph, if still on its way, is then not shown. */
  let userOpened = false;
  /** The picture of a big graph shown until sigma has drawn it. */
  let poster: PosterFrame | null = null;

  const search = mountSearchBox(byId("search", HTMLInputElement), byId("search-results", HTMLUListElement), store, (key) =>
    session?.renderer.focusNode(key),
  );
  const failed = (what: string, err: unknown) => {
    const details = err instanceof FileOpenError ? err.details : [];
    banner.show(`${what}: ${err instanceof Error ? err.message : String(err)}`, details);
  };
  const toolbar = mountToolbar(byId("toolbar", HTMLDivElement), {
    toggleLayout: () => {
      if (!session) return;
      if (session.layout.isRunning()) session.layout.stop();
      else session.layout.start();
    },
    fit: () => session?.renderer.fit(),
    exportGexf: () => {
      const g = session?.graph;
      if (g) toGexf(g).then((xml) => download(`${baseName(g)}.gexf`, xml, "application/xml"), (e) => failed("GEXF export failed", e));
    },
    exportGraphJson: () => {
      const g = session?.graph;
      if (g) toGraphJson(g).then((json) => download(`${baseName(g)}.json`, json, "application/json"), (e) => failed("graph.json export failed", e));
    },
    exportPng: () => {
      const s = session;
      if (s) s.exportPng(baseName(s.graph)).catch((e) => failed("PNG export failed", e));
    },
    openFiles: (files) => void open(files),
  });
  toolbar.setEnabled(false);

  /** Marks, for bench/viewer.ts, the frame that first shows the page's graph, poster or sigma's. */
  function onScreen(then: () => void): void {
    // The drawing is queued; the next animation frame starts before that frame is committed (without a GPU, the
    // commit waits for the software WebGL draw), and the one after it starts once the drawing is on screen.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (performance.getEntriesByName("newsgraph:first-frame").length === 0) performance.mark("newsgraph:first-frame");
        then();
      }),
    );
  }

  /** Puts a graph on screen; the panels get it from `attach`. */
  function draw(graph: KnowledgeGraph): Session {
    deferred?.cancel();
    session?.kill();
    const current = (session = mountSession(container, graph, store, (running) => toolbar.setLayoutRunning(running)));
    toolbar.setLayoutRunning(false);
    onScreen(() => {
      performance.mark("newsgraph:drawn");
      poster?.remove();
      poster = null;
    });
    if (new URLSearchParams(location.search).has("bench")) window.newsgraphBench = { sigma: current.renderer.sigma, store, layout: current.layout };
    return current;
  }

  /** Gives the graph on screen to the panels, search and exports. */
  function attach(current: Session): void {
    const { graph } = current;
    toolbar.setEnabled(true);
    search.setIndex(current.search);
    details.setGraph(graph);
    reader.setGraph(graph);
    summary.setGraph(graph);
    skippedInputs.setGraph(graph);
    // The filter controls and the search index are not needed to see the graph: they are built just after.
    deferred = afterFirstFrame([
      () => filters.setGraph(graph),
      () => current.search.prepare(),
      () => {
        document.body.dataset.graphReady = "true";
        performance.mark("newsgraph:ready");
      },
    ]);
  }

  function show(graph: KnowledgeGraph): void {
    attach(draw(graph));
  }

  async function open(dropped: Promise<NamedFile[]> | NamedFile[]): Promise<void> {
    summary.setBusy("Reading the dropped files…");
    try {
      const files = await dropped;
      summary.setBusy(`Reading ${files.length} dropped file${files.length === 1 ? "" : "s"}…`);
      const { graph, notes } = await openFiles(files);
      userOpened = true;
      // A new graph starts from a clean view: the old selection and camera mean nothing in it.
      store.update((s) => ({ ...defaultState(), filters: s.filters }));
      show(graph);
      if (notes.length) banner.show(`Opened with ${notes.length} file(s) skipped.`, notes);
      else banner.hide();
    } catch (err) {
      failed("Could not open the dropped files (the current graph is kept)", err);
    } finally {
      summary.setBusy(null);
    }
  }

  const stopDrop = mountDropZone(document.body, byId("drop-overlay", HTMLDivElement), (files) => void open(files));
  const stopUrl = mountUrlSync(store);

  const controller = options.download?.controller ?? new AbortController();
  const downloads = options.download ?? { graph: downloadGraph(options.graphUrl, controller.signal), preview: downloadPreview(options.graphUrl, controller.signal) };
  openInitialGraph(options.graphUrl, downloads, {
    wanted: () => !userOpened,
    previewFits: () => !countsArticles(store.get().filters),
    poster: (preview) => {
      const state = store.get();
      // The poster is sigma's first view of the whole graph: not a view a link asks for.
      if (preview.source.length <= DEFAULT_SCALE_SETTINGS.posterFrameAboveEdges || isFiltering(state.filters) || state.camera || state.selection) return false;
      poster = drawPosterFrame(container, preview, { hideCoMentions: state.filters.hideCoMentions });
      onScreen(() => undefined);
      return true;
    },
    draw: (graph) => void draw(graph),
    complete: (graph, drawn) => (drawn && session?.graph === graph ? attach(session) : show(graph)),
  }).catch((err: unknown) => {
    if (controller.signal.aborted) return;
    poster?.remove();
    document.body.dataset.graphReady = "error";
    failed(`Could not load ${options.graphUrl}`, err);
  });

  return () => {
    poster?.remove();
    deferred?.cancel();
    controller.abort();
    stopUrl();
    stopDrop();
    session?.kill();
    search.kill();
    filters.kill();
    details.kill();
    reader.kill();
  };
}
