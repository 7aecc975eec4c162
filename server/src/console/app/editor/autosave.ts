import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { call } from '../api';
import { isDirty } from '../dirty';
import { h } from '../dom';
import { messages } from '../i18n';

const t = messages(
  {
    found: '有一份 {at} 自动保存、还没有保存的内容。',
    restore: '恢复这份内容',
    discard: '丢弃',
    kept: '已自动保存（{at}）',
  },
  {
    found: 'Un texte gardé automatiquement le {at} n’a pas été enregistré.',
    restore: 'Reprendre ce texte',
    discard: 'L’abandonner',
    kept: 'Gardé automatiquement ({at})',
  },
);

/** Every few seconds: often enough that a closed tab loses a sentence at most. */
export const AUTOSAVE_MS = 5000;

type Fields = Record<string, string | boolean | null>;

interface Options {
  /** The editor's draft key: `article:new`, `article:<id>`, `update:<id>`. */
  key(): string;
  read(): Fields;
  /** Puts a kept draft back into the fields. */
  apply(fields: Fields): void;
  /** When the row was last saved (null for a new one): an older kept draft is not offered. */
  savedAt: string | null;
}

const when = (iso: string) => new Date(iso).toLocaleString(document.documentElement.lang || 'zh-Hans', { dateStyle: 'short', timeStyle: 'short' });

/**
 * Keeps unsaved text on the server, per mediator, while she types; offers it back when she opens the
 * editor again. `saved()` after an explicit save drops the kept copy.
 */
export function autosave(o: Options): { el: HTMLElement; saved(previousKey?: string): void } {
  const status = h('span', { class: 'muted small', 'aria-live': 'off', 'data-testid': 'autosave-status' });
  const banner = h('div', { class: 'notice row-actions', 'data-testid': 'autosave-banner' });
  banner.hidden = true;
  const el = h('div', {}, banner, status);
  let lastSent = JSON.stringify(o.read());

  void call(ADMIN_ROUTES.draft, { key: o.key() })
    .then(({ data }) => {
      if (!data || (o.savedAt && data.savedAt <= o.savedAt) || JSON.stringify(data.fields) === lastSent) return;
      banner.replaceChildren(
        h('span', {}, t('found', { at: when(data.savedAt) })),
        h('button', { type: 'button', class: 'secondary', 'data-testid': 'autosave-restore', onclick: () => { o.apply(data.fields); banner.hidden = true; } }, t('restore')),
        h('button', { type: 'button', class: 'quiet', onclick: () => { banner.hidden = true; void call(ADMIN_ROUTES.draftDelete, { key: o.key() }).catch(() => undefined); } }, t('discard')),
      );
      banner.hidden = false;
    })
    .catch(() => undefined);

  const timer = setInterval(() => {
    // The editor was left: stop keeping.
    if (!document.contains(el)) return clearInterval(timer);
    if (!isDirty()) return;
    const fields = o.read();
    const json = JSON.stringify(fields);
    if (json === lastSent) return;
    lastSent = json;
    call(ADMIN_ROUTES.draftSave, { key: o.key() }, { fields })
      .then(({ data }) => (status.textContent = t('kept', { at: when(data.savedAt) })))
      .catch(() => (lastSent = ''));
  }, AUTOSAVE_MS);

  return {
    el,
    saved(previousKey) {
      lastSent = JSON.stringify(o.read());
      status.textContent = '';
      banner.hidden = true;
      for (const key of new Set([o.key(), previousKey ?? o.key()])) void call(ADMIN_ROUTES.draftDelete, { key }).catch(() => undefined);
    },
  };
}
