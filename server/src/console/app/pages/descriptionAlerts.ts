import {
  DESCRIPTION_LEVELS,
  DESCRIPTION_MAX,
  AREA_MAX,
  DESCRIPTION_STATUSES,
  type DescriptionApproveRequest,
  type DescriptionLevel,
  type DescriptionStatus,
  type ModerationDescriptionAlertDTO,
} from '../../../contract/descriptionAlerts';
import type { ScreenHit } from '../../../contract/admin';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { ROUTES } from '../../../contract/routes';
import { ApiError, call, explain } from '../api';
import { clear, formatDateTime, h } from '../dom';
import { lang, messages } from '../i18n';
import type { Page } from './types';

const t = messages(
  {
    nav: '样子提醒', heading: '按样子的提醒',
    intro: '没有号码的提醒：城市、地点、月份、情况和他的样子。号码、车牌和账号在收到时已经自动遮住；发提醒的人不会被记录。',
    rule: '确认后，这条提醒马上显示在小程序“最近的提醒”里（按城市，最新的在前），24 个月后自动删除。您可以先修改文字：原来的文字不会保留。发到微信的文字不能有敏感词。拒绝会直接删除这条提醒。',
    show: '显示', pending: '待审核', approved: '已显示',
    where: '城市 / 月份', area: '地点', what: '情况', text: '文字（会原样显示）', level: '程度', chooseLevel: '— 选择程度 —',
    information: 'ℹ️ 知道一下', caution: '⚠️ 要小心', danger: '🛑 危险',
    approve: '确认并显示', save: '保存修改', reject: '拒绝并删除', remove: '不再显示并删除',
    about: '{action}：{who}',
    confirmReject: '删除这条提醒？文字不会保留。', flagged: '筛查标出 {n} 处', notScreened: '没有筛查', received: '收到于 {at}', shownSince: '显示于 {at}',
    approvedDone: '已确认，小程序里已经显示。', savedDone: '已保存，小程序里已经更新。', rejectedDone: '已删除。', needLevel: '请先选择程度。',
    empty: '没有这类提醒。', words: '要改的词（会发到微信）：{list}', warnWords: '要留意的词：{list}', instead: '{word} → {suggest}', blocked: '还有要改的词，不能显示：请按上面的提示替换，再确认。',
    violence: '粗暴对待', robbery: '抢走财物', 'non-payment': '不付钱', harassment: '骚扰', 'refuses-tools': '拒绝用工具',
    stealthing: '偷偷摘掉工具', 'fake-client': '假客人', other: '其他',
  },
  {
    nav: 'Alertes description', heading: 'Alertes par description',
    intro: 'Les alertes sans numéro : ville, lieu, mois, ce qui s’est passé et à quoi il ressemble. Numéros, plaques et comptes ont été masqués à la réception ; qui a envoyé n’est jamais enregistré.',
    rule: 'Une fois confirmée, l’alerte s’affiche tout de suite dans « Alertes récentes » du mini-programme (par ville, la plus récente d’abord), puis s’efface au bout de 24 mois. Vous pouvez d’abord corriger le texte : l’original n’est pas gardé. Le texte envoyé dans WeChat ne doit contenir aucun mot bloqué. Rejeter supprime l’alerte.',
    show: 'Afficher', pending: 'À modérer', approved: 'Affichées',
    where: 'Ville / mois', area: 'Lieu', what: 'Quoi', text: 'Texte (affiché tel quel)', level: 'Niveau', chooseLevel: '— choisir le niveau —',
    information: 'ℹ️ Pour info', caution: '⚠️ Prudence', danger: '🛑 Danger',
    approve: 'Confirmer et afficher', save: 'Enregistrer', reject: 'Rejeter et supprimer', remove: 'Retirer et supprimer',
    about: '{action} : {who}',
    confirmReject: 'Supprimer cette alerte ? Le texte ne sera pas gardé.', flagged: 'Le filtre a relevé {n} passage(s)', notScreened: 'Non filtré', received: 'Reçue le {at}', shownSince: 'Affichée le {at}',
    approvedDone: 'Confirmée : elle s’affiche dans le mini-programme.', savedDone: 'Enregistrée : le mini-programme est à jour.', rejectedDone: 'Supprimée.', needLevel: 'Choisissez d’abord un niveau.',
    empty: 'Aucune alerte ici.', words: 'Mots à changer (le texte part dans WeChat) : {list}', warnWords: 'Mots à surveiller : {list}', instead: '{word} → {suggest}', blocked: 'Des mots bloqués restent : remplacez-les comme indiqué au-dessus, puis confirmez.',
    violence: 'Atteintes', robbery: 'Vol', 'non-payment': 'Non-paiement', harassment: 'Harcèlement', 'refuses-tools': 'Refuse le matériel de prévention',
    stealthing: 'Retire le matériel en cachette', 'fake-client': 'Faux client', other: 'Autre',
  },
);

type Key = Parameters<typeof t>[0];

function card(a: ModerationDescriptionAlertDTO, cities: Map<string, string>, done: (note: string) => Promise<void>): HTMLElement {
  const city = cities.get(a.city) ?? a.city;
  const categories = a.categories.map((c) => t(c as Key)).join(lang() === 'fr' ? ', ' : '、');
  const who = `${city} ${a.month}（${categories}）`;
  const id = (name: string) => `${name}-${a.id}`;
  const area = h('input', { id: id('area'), value: a.area ?? '', maxlength: AREA_MAX, 'data-testid': 'description-area' });
  const text = h('textarea', { id: id('text'), rows: 5, maxlength: DESCRIPTION_MAX, 'data-testid': 'description-text' }, a.text);
  const level = h(
    'select',
    { id: id('level'), 'data-testid': 'description-level' },
    h('option', { value: '' }, t('chooseLevel')),
    ...DESCRIPTION_LEVELS.map((l) => h('option', { value: l, selected: a.level === l }, t(l))),
  );
  if (a.level) level.value = a.level;
  const line = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'description-message' });
  const words = h('p', { class: 'help', style: 'margin: -0.4rem 0 0.8rem', 'data-testid': 'description-words' });
  // The screener's words in the text as it stands, with what to write instead: which ones block approval.
  const showWords = async () => {
    const { data: hits } = await call(ADMIN_ROUTES.screen, {}, { text: `${area.value}\n${text.value}` });
    const said = (list: ScreenHit[]) => [...new Set(list.map((x) => (x.suggest.length ? t('instead', { word: x.text, suggest: x.suggest.join(' / ') }) : x.text)))].join('、');
    const blocking = hits.filter((x) => x.level === 'block' && !x.ambiguous);
    const warning = hits.filter((x) => !blocking.includes(x));
    words.textContent = [blocking.length ? t('words', { list: said(blocking) }) : '', warning.length ? t('warnWords', { list: said(warning) }) : ''].filter(Boolean).join(' ');
  };
  if (a.screenHits) void showWords();
  const fail = (e: unknown) => {
    line.className = 'message error';
    // Not the publishing sentence: there is no "publish anyway" for an alert.
    if (e instanceof ApiError && e.code === 'blocked') {
      line.textContent = t('blocked');
      void showWords();
      return;
    }
    line.textContent = explain(e, (field) => (field === 'text' ? t('text') : field === 'area' ? t('area') : field === 'level' ? t('level') : field));
  };
  const approve = async () => {
    if (!level.value) {
      line.className = 'message error';
      line.textContent = t('needLevel');
      level.focus();
      return;
    }
    const body: DescriptionApproveRequest = { text: text.value, area: area.value, level: level.value as DescriptionLevel };
    try {
      await call(ADMIN_ROUTES.descriptionAlertApprove, { id: a.id }, body);
      await done(t(a.status === 'pending' ? 'approvedDone' : 'savedDone'));
    } catch (e) {
      fail(e);
    }
  };
  const reject = async () => {
    if (!window.confirm(t('confirmReject'))) return;
    try {
      await call(ADMIN_ROUTES.descriptionAlertReject, { id: a.id });
      await done(t('rejectedDone'));
    } catch (e) {
      fail(e);
    }
  };
  // The accessible name starts with the words on the button, then says which alert.
  const button = (kind: string, testId: string, label: string, onclick: () => Promise<void>) =>
    h('button', { type: 'button', class: kind, style: 'min-height: 40px; padding: 0.35rem 0.9rem', 'data-testid': testId, 'aria-label': t('about', { action: label, who }), onclick: () => void onclick() }, label);
  const field = (label: string, control: HTMLElement, forId: string) => h('div', { class: 'field', style: 'margin-bottom: 0.8rem' }, h('label', { for: forId }, label), control);
  return h(
    'section',
    { class: 'card', style: 'margin-bottom: 1rem', 'data-testid': 'description-row' },
    h('p', {}, h('strong', {}, city), ` · ${a.month} · `, h('span', { 'data-testid': 'description-categories' }, categories)),
    h(
      'p',
      { class: 'muted small' },
      t(a.status === 'pending' ? 'received' : 'shownSince', { at: formatDateTime(a.decidedAt ?? a.createdAt) }),
      ' ',
      a.screenHits === null ? h('span', { class: 'badge warn' }, t('notScreened')) : a.screenHits > 0 ? h('span', { class: 'badge warn' }, t('flagged', { n: a.screenHits })) : null,
    ),
    field(t('area'), area, id('area')),
    field(t('text'), text, id('text')),
    words,
    field(t('level'), level, id('level')),
    h(
      'div',
      { class: 'actions' },
      button('primary', 'description-approve', t(a.status === 'pending' ? 'approve' : 'save'), approve),
      button('secondary', 'description-reject', t(a.status === 'pending' ? 'reject' : 'remove'), reject),
    ),
    line,
  );
}

export const descriptionAlertsPage: Page = {
  route: 'description-alerts',
  nav: { label: () => t('nav') },
  async render() {
    const list = h('div', {});
    const message = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'descriptions-message' });
    const select = h('select', { id: 'description-status', 'data-testid': 'description-status', onchange: () => void load() }, ...DESCRIPTION_STATUSES.map((s) => h('option', { value: s }, t(s))));
    const cities = await call(ROUTES.cities, {}, { lang: lang() }).then((r) => new Map(r.data.map((c) => [c.slug, c.name])));

    async function done(note: string) {
      message.className = 'message ok';
      message.textContent = note;
      await load();
    }
    async function load() {
      const { data } = await call(ADMIN_ROUTES.descriptionAlerts, {}, { status: select.value as DescriptionStatus, limit: 200 });
      clear(list);
      if (data.length === 0) list.appendChild(h('p', { class: 'muted' }, t('empty')));
      for (const a of data) list.appendChild(card(a, cities, done));
    }
    await load();
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading')), h('div', { class: 'status-filter' }, h('label', { class: 'small', for: 'description-status' }, t('show')), select)),
      h('p', { class: 'muted' }, t('intro')),
      h('p', { class: 'notice', 'data-testid': 'descriptions-rule' }, t('rule')),
      message,
      list,
    );
  },
};
