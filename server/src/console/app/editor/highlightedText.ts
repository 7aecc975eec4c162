import { clear, h } from '../dom';
import type { FieldHit } from './hits';

/**
 * A textarea with the screener's hits painted behind the text: a mirror <div> with the same font and
 * wrapping holds the same text, transparent, with <mark>s where the hits are.
 */
export function highlightedText(attrs: { id: string; value: string; rows: number; oninput(): void }) {
  const backdrop = h('div', { class: 'hl-backdrop', 'aria-hidden': 'true' });
  const textarea = h('textarea', { id: attrs.id, class: 'hl-input', rows: attrs.rows, spellcheck: 'false', value: attrs.value });
  const wrap = h('div', { class: 'hl-wrap' }, backdrop, textarea);
  let hits: FieldHit[] = [];

  function paint() {
    clear(backdrop);
    const text = textarea.value;
    let at = 0;
    for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
      if (hit.start < at || text.slice(hit.start, hit.end) !== hit.text) continue;
      // Accepted warnings and words read across two others stay visible, in a quieter colour.
      const state = hit.accepted ? 'accepted' : hit.ambiguous ? `${hit.level} ambiguous` : hit.level;
      backdrop.append(text.slice(at, hit.start), h('mark', { class: `hit ${state}`, 'data-word': hit.word }, hit.text));
      at = hit.end;
    }
    // A final newline needs something after it, or the mirror ends one line short.
    backdrop.append(`${text.slice(at)}\u200b`);
    backdrop.scrollTop = textarea.scrollTop;
  }

  textarea.addEventListener('input', () => {
    paint();
    attrs.oninput();
  });
  textarea.addEventListener('scroll', () => {
    backdrop.scrollTop = textarea.scrollTop;
  });
  paint();

  return {
    el: wrap,
    textarea,
    get value() {
      return textarea.value;
    },
    set value(v: string) {
      textarea.value = v;
      paint();
    },
    setHits(next: FieldHit[]) {
      hits = next;
      paint();
    },
    select(hit: FieldHit) {
      textarea.focus();
      textarea.setSelectionRange(hit.start, hit.end);
    },
  };
}
