import { clear, h } from '../dom';
import { messages } from '../i18n';
import type { FieldHit, FieldName } from './hits';

const t = messages(
  {
    heading: '敏感词检查',
    none: '没有发现需要修改的词语。',
    block: '拦截',
    warn: '注意',
    blockHelp: '标为“拦截”的词必须替换后才能发布。',
    replace: '替换为「{s}」',
    replaceAll: '全部替换为「{s}」（{n} 处）',
    noSuggestion: '没有建议：请改写这句话。',
    title: '标题',
    summary: '摘要',
    body: '正文',
    checking: '正在检查…',
  },
  {
    heading: 'Mots signalés',
    none: 'Aucun mot à changer.',
    block: 'Bloqué',
    warn: 'Attention',
    blockHelp: 'Les mots « bloqués » doivent être remplacés avant de publier.',
    replace: 'Remplacer par « {s} »',
    replaceAll: 'Tout remplacer par « {s} » ({n})',
    noSuggestion: 'Pas de suggestion : reformulez la phrase.',
    title: 'Titre',
    summary: 'Résumé',
    body: 'Texte',
    checking: 'Vérification…',
  },
);

/** The word list's categories (content/words.yaml); an unknown one is shown as written. */
const category = messages(
  { 'sexual-health': '性健康', 'sexual-acts': '性行为', 'sex-work': '性工作', violence: '暴力', police: '警察', migration: '移民', drugs: '毒品' },
  { 'sexual-health': 'santé sexuelle', 'sexual-acts': 'actes sexuels', 'sex-work': 'travail du sexe', violence: 'violence', police: 'police', migration: 'migration', drugs: 'drogues' },
);
const CATEGORIES = ['sexual-health', 'sexual-acts', 'sex-work', 'violence', 'police', 'migration', 'drugs'] as const;
const categoryName = (c: string) => {
  const known = CATEGORIES.find((k) => k === c);
  return known ? category(known) : c;
};

interface Options {
  /** Replaces the given hits (all of one word) with `replacement`. */
  replace(hits: FieldHit[], replacement: string): void;
  /** Puts the cursor on a hit. */
  show(hit: FieldHit): void;
}

/** The list under the editor: each flagged word, where it is, and one-click replacements. */
export function hitsPanel({ replace, show }: Options) {
  const list = h('div', { class: 'hits-list' });
  const el = h('section', { class: 'hits card', 'data-testid': 'hits', 'aria-live': 'polite' }, h('h2', {}, t('heading')), list);

  function render(hits: FieldHit[]) {
    clear(list);
    if (hits.length === 0) {
      list.appendChild(h('p', { class: 'ok' }, t('none')));
      return;
    }
    if (hits.some((x) => x.level === 'block')) list.appendChild(h('p', { class: 'muted' }, t('blockHelp')));
    const groups = new Map<string, FieldHit[]>();
    for (const hit of hits) groups.set(`${hit.level}|${hit.text}`, [...(groups.get(`${hit.level}|${hit.text}`) ?? []), hit]);
    for (const group of groups.values()) {
      const first = group[0];
      const fields = [...new Set(group.map((g) => g.field))].map((f: FieldName) => t(f)).join('、');
      const actions = h('div', { class: 'hit-actions' });
      for (const s of first.suggest) {
        actions.appendChild(h('button', { type: 'button', class: 'secondary', 'data-testid': 'replace', onclick: () => replace([first], s) }, t('replace', { s })));
        if (group.length > 1) {
          actions.appendChild(h('button', { type: 'button', class: 'secondary', 'data-testid': 'replace-all', onclick: () => replace(group, s) }, t('replaceAll', { s, n: group.length })));
        }
      }
      if (first.suggest.length === 0) actions.appendChild(h('span', { class: 'muted' }, t('noSuggestion')));
      list.appendChild(
        h(
          'div',
          { class: `hit-row ${first.level}`, 'data-testid': 'hit' },
          h('span', { class: `badge ${first.level}` }, t(first.level)),
          h('button', { type: 'button', class: 'word', onclick: () => show(first) }, first.text),
          h('span', { class: 'muted' }, `${fields} · ${categoryName(first.category)}${group.length > 1 ? ` · ×${group.length}` : ''}`),
          actions,
        ),
      );
    }
  }

  return {
    el,
    render,
    checking() {
      clear(list);
      list.appendChild(h('p', { class: 'muted' }, t('checking')));
    },
  };
}
