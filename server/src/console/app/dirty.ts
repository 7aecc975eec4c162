/**
 * Typed text not yet saved. Leaving the page then asks first; switching language redraws the page
 * with the text kept.
 */
let dirty = false;
let reader: { key: string; read(): unknown } | null = null;
let kept: { key: string; value: unknown } | null = null;

export function setDirty(value: boolean): void {
  dirty = value;
}

export function isDirty(): boolean {
  return dirty;
}

/** An editor names what it holds (`key`, e.g. its route) and how to read its fields. */
export function trackDraft(key: string, read: () => unknown): void {
  reader = { key, read };
}

/** Called before a redraw: keeps the unsaved fields for the editor that will be drawn again. */
export function keepForRedraw(): void {
  kept = dirty && reader ? { key: reader.key, value: reader.read() } : null;
}

/** The fields kept for `key`, once. */
export function takeKept<T>(key: string): T | null {
  const value = kept?.key === key ? (kept.value as T) : null;
  kept = null;
  return value;
}

/** A new page starts clean. */
export function resetDraft(): void {
  dirty = false;
  reader = null;
}

window.addEventListener('beforeunload', (e) => {
  if (dirty) e.preventDefault();
});
