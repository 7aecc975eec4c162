import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { call, explain } from '../api';
import { clear, h } from '../dom';
import { messages } from '../i18n';
import { planReplacement, problemsAfter, replaceable, screenFields, type Change, type FieldHit, type FieldName, type Fields, type ScreenTarget } from './hits';

const t = messages(
  {
    heading: '敏感词检查',
    none: '没有发现需要修改的词语。',
    block: '拦截',
    warn: '注意',
    accepted: '已确认',
    blockHelp: '标为“拦截”的词必须替换后才能发布。',
    replace: '替换为「{s}」',
    replaceAll: '全部替换为「{s}」（{n} 处）',
    noSuggestion: '没有建议：请改写这句话。',
    title: '标题',
    summary: '摘要',
    body: '正文',
    checking: '正在检查…',
    ambiguous: '可能被读成「{w}」：这里是「{words}」，不是这个词，不用替换。',
    ambiguousPunct: '可能被读成「{w}」：这里是「{words}」，中间隔着标点「{p}」，不是这个词，不用替换。',
    confirmHeading: '请确认替换：',
    confirm: '确认替换',
    cancel: '取消',
    checkingResult: '正在检查替换后的句子…',
    replaced: '已替换 {n} 处。',
    refused: '没有替换：替换后的句子里「{w}」仍然被标记。请改写这句话。',
    accept: '保留这个词…',
    acceptReason: '为什么要保留？（会记录在操作记录里）',
    acceptConfirm: '确认保留',
    acceptNeedsSave: '先保存，才能确认保留这个词。',
    acceptedBy: '已确认保留：{reason}（{by}）',
    withdraw: '撤销确认',
    reasonTooShort: '请写至少 5 个字的理由。',
    and: '」「',
    spread: '「{text}」中间夹着符号，读起来还是「{w}」：审查也会这样读。',
  },
  {
    heading: 'Mots signalés',
    none: 'Aucun mot à changer.',
    block: 'Bloqué',
    warn: 'Attention',
    accepted: 'Accepté',
    blockHelp: 'Les mots « bloqués » doivent être remplacés avant de publier.',
    replace: 'Remplacer par « {s} »',
    replaceAll: 'Tout remplacer par « {s} » ({n})',
    noSuggestion: 'Pas de suggestion : reformulez la phrase.',
    title: 'Titre',
    summary: 'Résumé',
    body: 'Texte',
    checking: 'Vérification…',
    ambiguous: 'Peut se lire « {w} » : ici ce sont les mots « {words} », pas ce mot ; rien à remplacer.',
    ambiguousPunct: 'Peut se lire « {w} » : ici ce sont les mots « {words} », séparés par « {p} », pas ce mot ; rien à remplacer.',
    confirmHeading: 'Vérifiez le remplacement :',
    confirm: 'Remplacer',
    cancel: 'Annuler',
    checkingResult: 'Vérification de la phrase remplacée…',
    replaced: '{n} remplacement(s) fait(s).',
    refused: 'Rien n’a été remplacé : après remplacement, « {w} » serait encore signalé. Reformulez la phrase.',
    accept: 'Garder ce mot…',
    acceptReason: 'Pourquoi le garder ? (noté dans le journal)',
    acceptConfirm: 'Garder',
    acceptNeedsSave: 'Enregistrez d’abord, puis vous pourrez garder ce mot.',
    acceptedBy: 'Gardé : {reason} ({by})',
    withdraw: 'Annuler l’accord',
    reasonTooShort: 'Écrivez une raison d’au moins 5 caractères.',
    and: ' » et « ',
    spread: '« {text} » a des signes entre ses lettres mais se lit toujours « {w} » : la censure le lit ainsi.',
  },
);

/** The word list's categories (content/words.yaml); an unknown one is shown as written. */
const category = messages(
  {
    'sexual-health': '性健康', 'sexual-acts': '性行为', 'sex-work': '性工作', violence: '暴力', police: '警察', migration: '移民', drugs: '毒品',
    rights: '权利', political: '政治', lgbt: 'LGBT', gambling: '赌博和借贷', abortion: '终止怀孕',
  },
  {
    'sexual-health': 'santé sexuelle', 'sexual-acts': 'actes sexuels', 'sex-work': 'travail du sexe', violence: 'violence', police: 'police', migration: 'migration', drugs: 'drogues',
    rights: 'droits', political: 'politique', lgbt: 'LGBT', gambling: 'jeux d’argent et prêts', abortion: 'IVG',
  },
);
const CATEGORIES = ['sexual-health', 'sexual-acts', 'sex-work', 'violence', 'police', 'migration', 'drugs', 'rights', 'political', 'lgbt', 'gambling', 'abortion'] as const;
const categoryName = (c: string) => {
  const known = CATEGORIES.find((k) => k === c);
  return known ? category(known) : c;
};

interface Options {
  /** Replaces the given hits (all of one word) with `replacement`, once the mediator confirmed and the result passed. */
  replace(hits: FieldHit[], replacement: string): void;
  /** Puts the cursor on a hit. */
  show(hit: FieldHit): void;
  /** The fields as they are now: the change is shown and screened again before it is kept. */
  fields(): Fields;
  /** The saved article or update warnings are accepted for; null until it is saved. */
  target(): ScreenTarget | null;
  /** Screen again (after an acceptance changed). */
  rescreen(): void;
}

/** Why the hit was found where it was: read across two words, or a word written with signs inside it. */
function reason(hit: FieldHit): string | null {
  const a = hit.ambiguous;
  const signs = (x: string) => x.replace(/[\p{L}\p{N}\p{M}]/gu, '');
  // "garde à vue" written as listed has its own spaces: only signs the listed form lacks need saying.
  if (!a) return signs(hit.text) !== signs(hit.word) ? t('spread', { text: hit.text, w: hit.word }) : null;
  const words = a.words.join(t('and'));
  return a.punctuation ? t('ambiguousPunct', { w: hit.word, words, p: a.punctuation }) : t('ambiguous', { w: hit.word, words });
}

function diff(c: Change): HTMLElement {
  return h('li', { class: 'diff', 'data-testid': 'diff' }, `…${c.before}`, h('del', {}, c.from), h('ins', {}, c.to), `${c.after}…`);
}

/** The list under the editor: each flagged word, where it is, why, and replacements the mediator confirms. */
export function hitsPanel(o: Options) {
  const list = h('div', { class: 'hits-list' });
  const status = h('p', { class: 'message', 'data-testid': 'hits-status', tabindex: '-1' });
  const el = h('section', { class: 'hits card', 'data-testid': 'hits', 'aria-live': 'polite' }, h('h2', {}, t('heading')), status, list);

  function confirmBox(row: HTMLElement, hits: FieldHit[], replacement: string) {
    row.querySelector('.replace-confirm')?.remove();
    const { next, changes } = planReplacement(o.fields(), hits, replacement);
    if (changes.length === 0) return;
    const box = h('div', { class: 'replace-confirm', 'data-testid': 'replace-confirm', role: 'group', 'aria-label': t('confirmHeading') });
    const ok = h('button', {
      type: 'button',
      'data-testid': 'confirm-replace',
      onclick: async () => {
        ok.disabled = true;
        status.className = 'message';
        status.textContent = t('checkingResult');
        try {
          const after = await screenFields(next, o.target());
          const problems = problemsAfter(changes, after);
          if (problems.length > 0) {
            status.className = 'message error';
            status.textContent = t('refused', { w: problems[0].text });
          } else {
            o.replace(hits, replacement);
            status.className = 'message ok';
            status.textContent = t('replaced', { n: changes.length });
          }
        } catch (e) {
          status.className = 'message error';
          status.textContent = explain(e);
        }
        box.remove();
        status.focus();
      },
    }, t('confirm'));
    const cancel = h('button', { type: 'button', class: 'quiet', onclick: () => box.remove() }, t('cancel'));
    box.append(h('p', {}, t('confirmHeading')), h('ul', { class: 'diffs' }, ...changes.map(diff)), h('div', { class: 'hit-actions' }, ok, cancel));
    row.appendChild(box);
    ok.focus();
  }

  function acceptBox(row: HTMLElement, hit: FieldHit) {
    row.querySelector('.accept-box')?.remove();
    const target = o.target();
    if (!target) {
      row.appendChild(h('p', { class: 'muted accept-box' }, t('acceptNeedsSave')));
      return;
    }
    const id = `accept-${hit.field}-${hit.start}`;
    const input = h('input', { id, maxlength: 500 });
    const error = h('p', { class: 'message error', 'aria-live': 'polite' });
    const save = h('button', {
      type: 'button',
      'data-testid': 'confirm-accept',
      onclick: async () => {
        if (input.value.trim().length < 5) {
          error.textContent = t('reasonTooShort');
          return;
        }
        try {
          await call(ADMIN_ROUTES.screenAccept, {}, { target, word: hit.word, reason: input.value.trim() });
          o.rescreen();
        } catch (e) {
          error.textContent = explain(e);
        }
      },
    }, t('acceptConfirm'));
    row.appendChild(h('div', { class: 'accept-box', 'data-testid': 'accept-box' }, h('label', { for: id }, t('acceptReason')), input, h('div', { class: 'hit-actions' }, save), error));
    input.focus();
  }

  function render(hits: FieldHit[]) {
    clear(list);
    if (hits.length === 0) {
      list.appendChild(h('p', { class: 'ok' }, t('none')));
      return;
    }
    if (hits.some((x) => x.level === 'block')) list.appendChild(h('p', { class: 'muted' }, t('blockHelp')));
    const groups = new Map<string, FieldHit[]>();
    for (const hit of hits) {
      const key = `${hit.level}|${hit.text}|${hit.accepted ? 'a' : ''}|${hit.ambiguous ? 'x' : ''}`;
      groups.set(key, [...(groups.get(key) ?? []), hit]);
    }
    for (const group of groups.values()) {
      const first = group[0];
      const fields = [...new Set(group.map((g) => g.field))].map((f: FieldName) => t(f)).join('、');
      const actions = h('div', { class: 'hit-actions' });
      const state = first.accepted ? 'accepted' : first.level;
      const row = h(
        'div',
        { class: `hit-row ${state}`, 'data-testid': 'hit' },
        h('span', { class: `badge ${state}` }, t(state)),
        h('button', { type: 'button', class: 'word', onclick: () => o.show(first) }, first.text),
        h('span', { class: 'muted' }, `${fields} · ${categoryName(first.category)}${group.length > 1 ? ` · ×${group.length}` : ''}`),
      );
      const why = reason(first);
      if (why) row.appendChild(h('p', { class: 'why', 'data-testid': 'hit-why' }, why));
      if (first.accepted) {
        row.appendChild(h('p', { class: 'muted', 'data-testid': 'hit-accepted' }, t('acceptedBy', { reason: first.accepted.reason ?? '', by: first.accepted.by ?? '' })));
        const target = o.target();
        if (target) {
          actions.appendChild(
            h('button', {
              type: 'button',
              class: 'quiet',
              onclick: async () => {
                await call(ADMIN_ROUTES.screenWithdraw, {}, { target, word: first.word }).catch((e) => (status.textContent = explain(e)));
                o.rescreen();
              },
            }, t('withdraw')),
          );
        }
      } else if (replaceable(first)) {
        for (const s of first.suggest) {
          actions.appendChild(h('button', { type: 'button', class: 'secondary', 'data-testid': 'replace', onclick: () => confirmBox(row, [first], s) }, t('replace', { s })));
          if (group.length > 1) {
            actions.appendChild(h('button', { type: 'button', class: 'secondary', 'data-testid': 'replace-all', onclick: () => confirmBox(row, group, s) }, t('replaceAll', { s, n: group.length })));
          }
        }
      } else if (!first.ambiguous) {
        actions.appendChild(h('span', { class: 'muted' }, t('noSuggestion')));
      }
      if (first.level === 'warn' && !first.accepted) {
        actions.appendChild(h('button', { type: 'button', class: 'quiet', 'data-testid': 'accept', onclick: () => acceptBox(row, first) }, t('accept')));
      }
      row.appendChild(actions);
      list.appendChild(row);
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
