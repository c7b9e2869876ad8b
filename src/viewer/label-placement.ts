// Which node labels to draw so that none overlaps another: sigma's label grid allows a few labels per cell, but a
// long label runs into the next cells ("Syrian Constitutional Committee" over "Sergei Shoigu"). Pure geometry:
// forced labels (hovered, selected, matched) first, then bigger nodes, each kept only where no kept label is.

export interface LabelCandidate {
  key: string;
  label: string;
  /** Viewport position and rendered radius of the node. */
  x: number;
  y: number;
  size: number;
  forceLabel?: boolean;
}

export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where sigma's drawDiscNodeLabel writes a label: from 3 px right of the disc, about one text height tall. */
export function labelBox(c: LabelCandidate, textWidth: number, labelSize: number): LabelBox {
  const left = c.x + c.size + 3;
  return { left, top: c.y - (labelSize * 2) / 3, right: left + textWidth, bottom: c.y + labelSize / 3 + 2 };
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Forced labels first, then the biggest nodes; ties by key, so the same view always shows the same labels. */
function priority(a: LabelCandidate, b: LabelCandidate): number {
  return Number(!!b.forceLabel) - Number(!!a.forceLabel) || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The candidates whose labels fit, in drawing order. A forced label is always kept, even over another forced one:
 * what the user points at must be readable.
 */
export function placeLabels<C extends LabelCandidate>(candidates: readonly C[], width: (label: string) => number, labelSize: number): C[] {
  const kept: C[] = [];
  const boxes: LabelBox[] = [];
  for (const c of [...candidates].sort(priority)) {
    const box = labelBox(c, width(c.label), labelSize);
    if (!c.forceLabel && boxes.some((b) => overlaps(b, box))) continue;
    kept.push(c);
    boxes.push(box);
  }
  return kept;
}
