// Parses "#rgb" / "#rrggbb" into the r/g/b numbers viz:color needs (networkx cannot read hex colours).

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function hexToRgb(color: string | undefined): Rgb | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  const digits = match?.[1];
  if (!digits) return null;
  const full = digits.length === 3 ? digits.replace(/./g, (d) => d + d) : digits;
  return {
    r: Number.parseInt(full.slice(0, 2), 16),
    g: Number.parseInt(full.slice(2, 4), 16),
    b: Number.parseInt(full.slice(4, 6), 16),
  };
}

export function rgbToHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
}
