// The filter controls, built from the graph's facets: kinds (which double as the colour legend), relation
// families, predicates, outlets, a date range, minimum support and co-mentions; plus Reset.
import type { EntityKind, KnowledgeGraph, Predicate, RelationFamily } from "../../model/index.ts";
import { clear, h } from "../dom.ts";
import { collectFacets } from "../facets.ts";
import { reset, setFilters, toggleIn, type Filters, type Store } from "../state/index.ts";
import { familyColor, humanise, kindColor } from "../styles.ts";

export interface FiltersPanel {
  setGraph(graph: KnowledgeGraph | null): void;
  kill(): void;
}

type Sync = (filters: Filters) => void;

export function mountFiltersPanel(root: HTMLElement, store: Store): FiltersPanel {
  let syncs: Sync[] = [];
  const patch = (p: (f: Filters) => Partial<Filters>) => store.update((s) => setFilters(s, p(s.filters)));

  function checkbox(label: string, count: number | null, swatch: string | null, line: boolean, isOn: (f: Filters) => boolean, onToggle: (on: boolean) => void): HTMLElement {
    const input = h("input", { attrs: { type: "checkbox" } });
    input.addEventListener("change", () => onToggle(input.checked));
    syncs.push((f) => (input.checked = isOn(f)));
    const mark = swatch ? h("span", { className: line ? "family-line" : "swatch" }) : null;
    if (mark && swatch) mark.style.background = swatch;
    return h("label", { className: "check" }, input, mark, h("span", { className: "name" }, label), count === null ? null : h("span", { className: "count" }, String(count)));
  }

  function build(graph: KnowledgeGraph): void {
    const f = collectFacets(graph);
    syncs = [];
    const kinds = h(
      "fieldset",
      { className: "legend" },
      h("legend", null, "Entities"),
      ...f.kinds.map(({ kind, count }) =>
        checkbox(humanise(kind), count, kindColor(kind), false, (x) => !x.hiddenKinds.includes(kind), (on) => patch((x) => ({ hiddenKinds: toggleIn<EntityKind>(x.hiddenKinds, kind, !on) }))),
      ),
    );
    const families = h(
      "fieldset",
      null,
      h("legend", null, "Relations"),
      ...f.families
        .filter(({ family }) => family !== "mention")
        .map(({ family, count }) =>
          checkbox(family, count, familyColor(family), true, (x) => !x.hiddenFamilies.includes(family), (on) => patch((x) => ({ hiddenFamilies: toggleIn<RelationFamily>(x.hiddenFamilies, family, !on) }))),
        ),
      checkbox("co-mentions, weak", f.families.find((x) => x.family === "mention")?.count ?? 0, familyColor("mention"), true, (x) => !x.hideCoMentions, (on) => patch(() => ({ hideCoMentions: !on }))),
    );
    const predicates = h(
      "details",
      null,
      h("summary", null, "Predicates"),
      ...f.predicates
        .filter(({ predicate }) => predicate !== "co_mentioned")
        .map(({ predicate, count }) =>
          checkbox(humanise(predicate), count, null, false, (x) => !x.hiddenPredicates.includes(predicate), (on) => patch((x) => ({ hiddenPredicates: toggleIn<Predicate>(x.hiddenPredicates, predicate, !on) }))),
        ),
    );
    const outlets = h(
      "details",
      null,
      h("summary", null, `Outlets (${f.outlets.length})`),
      ...f.outlets.map(({ outlet, count }) =>
        checkbox(outlet, count, null, false, (x) => !x.hiddenOutlets.includes(outlet), (on) => patch((x) => ({ hiddenOutlets: toggleIn(x.hiddenOutlets, outlet, !on) }))),
      ),
    );

    const dateInput = (which: "dateFrom" | "dateTo") => {
      const input = h("input", { attrs: { type: "date", min: f.dateMin ?? "", max: f.dateMax ?? "" }, dataset: { filter: which } });
      input.addEventListener("change", () => patch(() => ({ [which]: input.value || null })));
      syncs.push((x) => (input.value = x[which] ?? ""));
      return input;
    };
    const dates = h("fieldset", { className: "dates" }, h("legend", null, "Published"), h("label", null, "from ", dateInput("dateFrom")), h("label", null, "to ", dateInput("dateTo")));

    const range = h("input", { attrs: { type: "range", min: "1", max: String(f.maxSupport), step: "1" }, dataset: { filter: "minSupport" } });
    const out = h("output", null, "1");
    range.addEventListener("input", () => {
      out.textContent = range.value;
      patch(() => ({ minSupport: Number(range.value) }));
    });
    syncs.push((x) => {
      range.value = String(x.minSupport);
      out.textContent = String(x.minSupport);
    });
    const support = h("fieldset", null, h("legend", null, "Minimum support"), h("label", { className: "range" }, range, out, " articles"));

    const resetButton = h("button", { className: "reset", on: { click: () => store.update(reset) } }, "Reset filters and selection");
    clear(root);
    root.append(kinds, families, predicates, outlets, dates, support, resetButton);
    syncs.forEach((s) => s(store.get().filters));
  }

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.filters !== prev.filters) syncs.forEach((s) => s(next.filters));
  });
  return {
    setGraph(graph) {
      if (graph) build(graph);
      else clear(root);
    },
    kill() {
      unsubscribe();
      clear(root);
    },
  };
}
