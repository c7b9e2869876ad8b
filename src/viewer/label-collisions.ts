// Draws sigma's node labels without overlaps. While sigma renders a frame, the labels it would write on its labels
// canvas are only collected; once the frame is done they are placed (label-placement.ts) and drawn. Labels drawn
// elsewhere (the highlight layer, hover boxes) go straight through. Returns the set of labels actually drawn, for
// the layers that label what sigma did not, and the cleanup.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { placeLabels, type LabelCandidate } from "./label-placement.ts";

interface Collected<N extends Attributes, E extends Attributes, G extends Attributes> extends LabelCandidate {
  data: Parameters<NodeLabelDrawingFunction<N, E, G>>[1];
}

export interface LabelCollisions {
  /** Keys of the nodes whose label the last frame drew on sigma's labels canvas. */
  drawn(): ReadonlySet<string>;
  kill(): void;
}

export function mountLabelCollisions<N extends Attributes, E extends Attributes, G extends Attributes>(sigma: Sigma<N, E, G>): LabelCollisions {
  const draw = sigma.getSetting("defaultDrawNodeLabel");
  const labels = sigma.getCanvases().labels?.getContext("2d") ?? null;
  let collected: Collected<N, E, G>[] = [];
  let drawn = new Set<string>();
  let settings: Settings<N, E, G> | null = null;
  let font = "";
  const widths = new Map<string, number>();

  const collect: NodeLabelDrawingFunction<N, E, G> = (context, data, s) => {
    if (context !== labels || !data.label) return draw(context, data, s);
    settings = s;
    collected.push({ key: String(data.key ?? data.label), label: data.label, x: data.x, y: data.y, size: data.size, forceLabel: data.forceLabel, data });
  };
  const width = (label: string): number => {
    const known = widths.get(label);
    if (known !== undefined || !labels) return known ?? 0;
    const w = labels.measureText(label).width;
    widths.set(label, w);
    return w;
  };
  const onBefore = () => {
    collected = [];
  };
  const onAfter = () => {
    const s = settings;
    drawn = new Set();
    if (!labels || !s || collected.length === 0) return;
    // Widths are measured in the font sigma draws with; a change of font starts a new cache.
    const wanted = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
    if (wanted !== font) {
      font = wanted;
      widths.clear();
    }
    labels.font = font;
    for (const c of placeLabels(collected, width, s.labelSize)) {
      draw(labels, c.data, s);
      drawn.add(c.key);
    }
    collected = [];
  };

  sigma.setSetting("defaultDrawNodeLabel", collect);
  sigma.on("beforeRender", onBefore);
  sigma.on("afterRender", onAfter);
  return {
    drawn: () => drawn,
    kill() {
      sigma.removeListener("beforeRender", onBefore);
      sigma.removeListener("afterRender", onAfter);
      sigma.setSetting("defaultDrawNodeLabel", draw);
    },
  };
}
