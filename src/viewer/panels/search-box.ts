// The search box: an ARIA combobox over labels and aliases. Arrow keys move through the results, Enter selects,
// Escape clears. Typing also highlights every match in the graph through the store's query.
import { clear, h } from "../dom.ts";
import type { SearchIndex } from "../search-index.ts";
import { select, setQuery, type Store } from "../state/index.ts";
import { humanise, kindColor } from "../styles.ts";

export interface SearchBox {
  setIndex(index: SearchIndex | null): void;
  kill(): void;
}

export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, store: Store, onChoose: (key: string) => void): SearchBox {
  let index: SearchIndex | null = null;
  let hits: ReturnType<SearchIndex["search"]> = [];
  let active = -1;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-autocomplete", "list");
  list.setAttribute("role", "listbox");

  function renderList(): void {
    clear(list);
    hits.forEach((hit, i) => {
      const swatch = h("span", { className: "swatch" });
      swatch.style.background = kindColor(hit.kind);
      const li = h(
        "li",
        { id: `search-option-${i}`, attrs: { role: "option", "aria-selected": String(i === active) }, dataset: { key: hit.key } },
        swatch,
        h("span", { className: "hit-label" }, hit.label),
        hit.via ? h("span", { className: "hit-via" }, `“${hit.via}”`) : null,
        h("span", { className: "hit-kind" }, humanise(hit.kind)),
      );
      // mousedown, not click: it fires before the input's blur hides the list.
      li.addEventListener("mousedown", (e) => {
        e.preventDefault();
        choose(i);
      });
      list.appendChild(li);
    });
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  }

  function choose(i: number): void {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    hits = [];
    active = -1;
    renderList();
    store.update((s) => select(setQuery(s, ""), { type: "node", key: hit.key }));
    onChoose(hit.key);
  }

  const onInput = () => {
    hits = index ? index.search(input.value) : [];
    active = hits.length > 0 ? 0 : -1;
    renderList();
    store.update((s) => setQuery(s, input.value));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (hits.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      renderList();
      list.children[active]?.scrollIntoView({ block: "nearest" });
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(Math.max(0, active));
    } else if (e.key === "Escape") {
      input.value = "";
      onInput();
    }
  };
  const onBlur = () => {
    hits = [];
    renderList();
  };
  input.addEventListener("input", onInput);
  input.addEventListener("keydown", onKeyDown);
  input.addEventListener("blur", onBlur);
  renderList();

  return {
    setIndex(next) {
      index = next;
      input.value = "";
      hits = [];
      renderList();
    },
    kill() {
      input.removeEventListener("input", onInput);
      input.removeEventListener("keydown", onKeyDown);
      input.removeEventListener("blur", onBlur);
    },
  };
}
