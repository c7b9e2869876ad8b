// The toolbar over the graph: layout start/stop, fit, exports and opening files.
import { SUPPORTED_EXTENSIONS } from "../../load/parse-input.ts";
import { h } from "../dom.ts";
import type { NamedFile } from "../dropped-files.ts";

export interface ToolbarActions {
  toggleLayout(): void;
  fit(): void;
  exportGexf(): void;
  exportGraphJson(): void;
  exportPng(): void;
  openFiles(files: NamedFile[]): void;
}

export interface Toolbar {
  setLayoutRunning(running: boolean): void;
  setEnabled(enabled: boolean): void;
}

export function mountToolbar(root: HTMLElement, actions: ToolbarActions): Toolbar {
  const layout = h("button", { id: "layout-toggle", title: "Run ForceAtlas2 in the background", on: { click: actions.toggleLayout } }, "▶ Layout");
  const picker = h("input", { attrs: { type: "file", multiple: "", accept: [...SUPPORTED_EXTENSIONS, ".gexf"].join(",") }, className: "visually-hidden" });
  // A folder picker: its files carry their path inside the chosen folder, as the command line names them.
  const folderPicker = h("input", { attrs: { type: "file", webkitdirectory: "" }, className: "visually-hidden" });
  for (const input of [picker, folderPicker]) {
    input.addEventListener("change", () => {
      const files = [...(input.files ?? [])].map((file) => ({ file, name: file.webkitRelativePath || file.name }));
      // Hidden files (.DS_Store and the like) are left out, as the command line leaves them out.
      actions.openFiles(files.filter((f) => !f.name.split("/").some((part) => part.startsWith("."))));
      input.value = "";
    });
  }
  const buttons = [
    layout,
    h("button", { title: "Fit the graph in view", on: { click: actions.fit } }, "Fit"),
    h("span", { className: "sep" }),
    h("button", { id: "export-gexf", title: "Download GEXF for Gephi", on: { click: actions.exportGexf } }, "GEXF"),
    h("button", { id: "export-json", title: "Download graph.json", on: { click: actions.exportGraphJson } }, "graph.json"),
    h("button", { id: "export-png", title: "Download a PNG image", on: { click: actions.exportPng } }, "PNG"),
    h("span", { className: "sep" }),
    h("button", { title: "Open articles, a graph.json or a GEXF (or drop them on the page)", on: { click: () => picker.click() } }, "Open…"),
    h("button", { title: "Open a folder of articles (or drop it on the page)", on: { click: () => folderPicker.click() } }, "Folder…"),
  ];
  const openButtons = new Set(buttons.slice(-2));
  root.append(...buttons, picker, folderPicker);
  return {
    setLayoutRunning(running) {
      layout.textContent = running ? "■ Stop layout" : "▶ Layout";
      layout.classList.toggle("active", running);
    },
    setEnabled(enabled) {
      for (const b of buttons) if (b instanceof HTMLButtonElement && !openButtons.has(b)) b.disabled = !enabled;
    },
  };
}
