// Which labels to draw so that none overlaps another: sigma's label grid allows a few node labels per cell, but a
// long label runs into the next cells ("Syrian Constitutional Committee" over "Sergei Shoigu"), and the labels of
// two edges between the same nodes are written on top of each other. Pure geometry: forced labels (hovered,
// selected, matched) first, then bigger nodes or thicker edges, each kept only where no kept label is.

/** A label's rectangle on screen: centre, half width and height, and rotation (edge labels follow their edge). */
export interface LabelBox {
  cx: number;
  cy: number;
  halfWidth: number;
  halfHeight: number;
  angle: number;
}

export interface LabelCandidate {
  key: string;
  /** Rendered node radius or edge thickness: bigger wins. */
  size: number;
  forceLabel?: boolean;
}

/** Where sigma's drawDiscNodeLabel writes a label at viewport (x, y): from 3 px right of the disc, on its centre line. */
export function nodeLabelBox(x: number, y: number, nodeSize: number, textWidth: number, labelSize: number): LabelBox {
  return { cx: x + nodeSize + 3 + textWidth / 2, cy: y, halfWidth: textWidth / 2, halfHeight: labelSize / 2 + 1, angle: 0 };
}

export interface EdgeEnds {
  source: { x: number; y: number; size: number };
  target: { x: number; y: number; size: number };
  /** Rendered thickness. */
  size: number;
}

/**
 * Where sigma's drawStraightEdgeLabel writes a label: centred on the part of the edge between the two discs, just
 * under the line, cut to the edge's length. Null when the discs touch and sigma writes nothing.
 */
export function edgeLabelBox({ source, target, size }: EdgeEnds, textWidth: number, labelSize: number): LabelBox | null {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const d = Math.hypot(dx, dy);
  if (d < source.size + target.size) return null;
  const shown = d - source.size - target.size;
  const ux = dx / d;
  const uy = dy / d;
  const mx = source.x + ux * source.size + (ux * shown) / 2;
  const my = source.y + uy * source.size + (uy * shown) / 2;
  // Text reads left to right, so the label's "down" is the edge's normal turned to the lower side of the screen.
  let angle = Math.atan2(dy, dx);
  if (angle > Math.PI / 2) angle -= Math.PI;
  else if (angle < -Math.PI / 2) angle += Math.PI;
  // sigma writes the baseline one text height under the line: the text's middle is about two thirds of that.
  const offset = size / 2 + labelSize * 0.65;
  return {
    cx: mx - Math.sin(angle) * offset,
    cy: my + Math.cos(angle) * offset,
    halfWidth: Math.min(textWidth, shown) / 2,
    halfHeight: labelSize / 2 + 1,
    angle,
  };
}

/** Half the box's extent along a unit axis. */
function extent(b: LabelBox, ax: number, ay: number): number {
  const c = Math.cos(b.angle);
  const s = Math.sin(b.angle);
  return b.halfWidth * Math.abs(c * ax + s * ay) + b.halfHeight * Math.abs(-s * ax + c * ay);
}

/** Separating-axis test on the two boxes' own axes. */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
    const ax = Math.cos(angle);
    const ay = Math.sin(angle);
    const gap = Math.abs((b.cx - a.cx) * ax + (b.cy - a.cy) * ay);
    if (gap >= extent(a, ax, ay) + extent(b, ax, ay)) return false;
  }
  return true;
}

/** Forced labels first, then the biggest; ties by key, so the same view always shows the same labels. */
function priority(a: LabelCandidate, b: LabelCandidate): number {
  return Number(!!b.forceLabel) - Number(!!a.forceLabel) || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The candidates whose labels fit, in drawing order, and the boxes they take. `taken` holds boxes already drawn
 * (node labels, when edge labels are placed). A forced label is always kept: what the user points at must be
 * readable.
 */
export function placeLabels<C extends LabelCandidate>(
  candidates: readonly C[],
  boxOf: (c: C) => LabelBox | null,
  taken: readonly LabelBox[] = [],
): { kept: C[]; boxes: LabelBox[] } {
  const kept: C[] = [];
  const boxes = [...taken];
  for (const c of [...candidates].sort(priority)) {
    const box = boxOf(c);
    if (!box) continue;
    if (!c.forceLabel && boxes.some((b) => boxesOverlap(b, box))) continue;
    kept.push(c);
    boxes.push(box);
  }
  return { kept, boxes };
}
