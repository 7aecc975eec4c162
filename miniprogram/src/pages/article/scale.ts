export const SCALES = [1, 1.2, 1.45, 1.75] as const;

/**
 * The server inlines pixel font sizes (RichText has no stylesheet); enlarging the text means
 * scaling those numbers.
 */
export function scaleHtml(html: string, scale: number): string {
  if (scale === 1) return html;
  return html.replace(/font-size:\s*(\d+(?:\.\d+)?)px/g, (_, px: string) => `font-size:${Math.round(Number(px) * scale)}px`);
}

export function nextScale(current: number, step: 1 | -1): number {
  const i = SCALES.findIndex((s) => s >= current);
  const at = i === -1 ? SCALES.length - 1 : i;
  return SCALES[Math.min(SCALES.length - 1, Math.max(0, at + step))];
}
