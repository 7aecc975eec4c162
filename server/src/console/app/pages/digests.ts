import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import type { CityDTO } from '../../../contract';
import type { MassQuotaDTO } from '../../../contract/digest';
import { ROUTES } from '../../../contract/routes';
import { call, download, explain, pathOf } from '../api';
import { previewPane } from '../editor/preview';
import { publishPanel } from '../editor/publishPanel';
import { showError } from '../fieldErrors';
import { clear, debounce, formatDateTime, h } from '../dom';
import { lang, messages } from '../i18n';
import { common, wechatBadge } from './labels';
import type { Page } from './types';

const t = messages(
  {
    nav: '周报',
    heading: '每周提醒周报',
    intro: '每周一早上 7 点，系统把上一周新确认的提醒按城市整理成一份周报：号码提醒只有数量（按类型和程度），描述提醒是全文，不含任何号码。读一遍，可以修改，确认后发布到公众号。',
    draftNow: '现在整理上周',
    drafting: '正在整理…',
    drafted: '已整理 {n} 份周报（{week} 那一周）。',
    nothing: '{week} 那一周没有新的提醒，没有整理周报。',
    quota: '本月（{month}）还可以群发通知关注者 {left} 次（微信每月最多 {limit} 次）。',
    week: '那一周',
    city: '城市',
    title: '标题',
    state: '状态',
    wechat: '公众号',
    notified: '通知关注者',
    empty: '还没有周报。',
    approved: '已确认',
    sheetHeading: '巴士用的提醒单（A4，打印）',
    sheetIntro: '一张 A4 纸：最近 3 个月的描述提醒全文；号码提醒只印类型、最后几位、月份，不印完整号码。二维码打开小程序的“查号码”。',
    sheetCity: '城市',
    sheetDownload: '下载 PDF',
    sheetTest: '测试样张（标有 TEST）',
    back: '← 返回周报列表',
    counts: '号码提醒 {reports} 条 · 描述提醒 {descriptions} 条',
    hits: '筛查发现 {n} 处需要注意的词。发布前请修改，或写明理由后仍然发布。',
    markdown: '正文',
    save: '保存修改',
    saved: '已保存。修改后需要重新确认。',
    approve: '我已读过，确认这份周报',
    approvedAt: '已确认（{at}）。现在可以发布。',
    mustApprove: '发布前请先确认这份周报。',
    notifyHeading: '通知关注者（群发）',
    notifyHelp: '群发会让所有关注者的手机收到提醒，内容是：“生活小贴士：{title}”和文章链接。微信限制每月的次数，请只在重要的时候用。',
    notifyButton: '群发通知关注者',
    notifyConfirm: '确定要通知所有关注者吗？本月还剩 {left} 次。',
    notifyDone: '已于 {at} 通知关注者。',
    notifyAfterPublish: '发布到公众号以后，才能通知关注者。',
    noneLeft: '本月的群发次数已经用完。',
  },
  {
    nav: 'Récapitulatif',
    heading: 'Récapitulatif hebdomadaire des alertes',
    intro: 'Chaque lundi à 7 h, les alertes confirmées la semaine précédente sont réunies par ville : pour les numéros, seulement des nombres (par type et niveau) ; les alertes par description en entier ; aucun numéro. Relisez, corrigez si besoin, approuvez, puis publiez sur le compte officiel.',
    draftNow: 'Préparer la semaine dernière',
    drafting: 'Préparation…',
    drafted: '{n} récapitulatif(s) préparé(s) (semaine du {week}).',
    nothing: 'Aucune nouvelle alerte la semaine du {week} : pas de récapitulatif.',
    quota: 'Ce mois-ci ({month}), encore {left} envoi(s) groupé(s) possible(s) aux abonnés (WeChat : {limit} par mois au plus).',
    week: 'Semaine du',
    city: 'Ville',
    title: 'Titre',
    state: 'État',
    wechat: 'Compte officiel',
    notified: 'Abonnés prévenus',
    empty: 'Aucun récapitulatif pour l’instant.',
    approved: 'Approuvé',
    sheetHeading: 'Feuille d’alertes pour le bus (A4, à imprimer)',
    sheetIntro: 'Une feuille A4 : les alertes par description des 3 derniers mois en entier ; pour les numéros, seulement le type, les derniers caractères et le mois, jamais le numéro complet. Le QR code ouvre « Vérifier un numéro » dans le mini-programme.',
    sheetCity: 'Ville',
    sheetDownload: 'Télécharger le PDF',
    sheetTest: 'Exemplaire de test (marqué TEST)',
    back: '← Retour aux récapitulatifs',
    counts: '{reports} alerte(s) sur un numéro · {descriptions} alerte(s) par description',
    hits: 'Le filtre a relevé {n} mot(s) à vérifier. Corrigez avant de publier, ou publiez en écrivant la raison.',
    markdown: 'Texte',
    save: 'Enregistrer',
    saved: 'Enregistré. Après une modification, il faut approuver à nouveau.',
    approve: 'Je l’ai relu : j’approuve ce récapitulatif',
    approvedAt: 'Approuvé ({at}). Il peut être publié.',
    mustApprove: 'Approuvez le récapitulatif avant de le publier.',
    notifyHeading: 'Prévenir les abonnés (envoi groupé)',
    notifyHelp: 'L’envoi groupé fait sonner le téléphone de tous les abonnés, avec : « 生活小贴士：{title} » et le lien de l’article. WeChat limite le nombre d’envois par mois : gardez-le pour ce qui compte.',
    notifyButton: 'Prévenir tous les abonnés',
    notifyConfirm: 'Prévenir tous les abonnés ? Il reste {left} envoi(s) ce mois-ci.',
    notifyDone: 'Abonnés prévenus le {at}.',
    notifyAfterPublish: 'Publiez d’abord sur le compte officiel pour pouvoir prévenir les abonnés.',
    noneLeft: 'Plus d’envoi groupé possible ce mois-ci.',
  },
);

const left = (q: MassQuotaDTO) => Math.max(0, q.limit - q.used);
const quotaLine = (q: MassQuotaDTO) => h('p', { class: 'notice', 'data-testid': 'mass-quota' }, t('quota', { month: q.month, left: left(q), limit: q.limit }));

function sheetCard(cities: CityDTO[]): HTMLElement {
  const select = h('select', { id: 'sheet-city' }, ...cities.map((c) => h('option', { value: c.slug, selected: c.slug === 'paris' }, c.name)));
  const line = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'sheet-message' });
  const form = h('div', {}, h('div', { class: 'field', 'data-field': 'city' }, h('label', { for: 'sheet-city' }, t('sheetCity')), select));
  const get = async (test: boolean) => {
    line.textContent = '';
    try {
      const file = await download(pathOf(ADMIN_ROUTES.sheet, {}, { city: select.value, ...(test ? { test: '1' as const } : {}) }));
      const link = h('a', { href: URL.createObjectURL(file.blob), download: file.filename });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    } catch (e) {
      showError(form, line, e, { city: t('sheetCity') });
    }
  };
  return h(
    'section',
    { class: 'card', 'data-testid': 'sheet', style: 'margin-top: 1.5rem' },
    h('h2', {}, t('sheetHeading')),
    h('p', { class: 'muted' }, t('sheetIntro')),
    form,
    h('div', { class: 'row-actions' }, h('button', { type: 'button', class: 'primary', 'data-testid': 'sheet-download', onclick: () => void get(false) }, t('sheetDownload')), h('button', { type: 'button', class: 'quiet', 'data-testid': 'sheet-test', onclick: () => void get(true) }, t('sheetTest'))),
    line,
  );
}

export const digestsPage: Page = {
  route: 'digests',
  nav: { label: () => t('nav') },
  async render({ go }) {
    const cities = await call(ROUTES.cities, {}, { lang: lang() }).then((r) => r.data);
    const names = new Map(cities.map((c) => [c.slug, c.name]));
    const message = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'draft-message' });
    const listBox = h('div', {});
    async function refresh() {
      const { data, meta } = await call(ADMIN_ROUTES.digests, {});
      const rows = data.map((d) =>
        h(
          'tr',
          { class: 'clickable', 'data-testid': 'digest-row', onclick: () => go(`digests/${d.id}`) },
          h('td', {}, d.weekStart),
          h('td', {}, names.get(d.city) ?? d.city),
          h('td', {}, h('a', { href: `#/digests/${d.id}` }, d.title)),
          h('td', {}, h('span', { class: `badge ${d.status === 'approved' ? 'published' : ''}` }, d.status === 'approved' ? t('approved') : common('draft'))),
          h('td', {}, wechatBadge(d.wechat.status, h)),
          h('td', {}, d.massSentAt ? formatDateTime(d.massSentAt) : '—'),
        ),
      );
      clear(listBox);
      listBox.append(
        quotaLine(meta.quota),
        data.length === 0
          ? h('p', { class: 'muted' }, t('empty'))
          : h(
              'table',
              { class: 'list' },
              h('thead', {}, h('tr', {}, ...[t('week'), t('city'), t('title'), t('state'), t('wechat'), t('notified')].map((x) => h('th', { scope: 'col' }, x)))),
              h('tbody', {}, ...rows),
            ),
      );
    }
    const draftButton = h('button', {
      type: 'button',
      class: 'primary big',
      'data-testid': 'draft-now',
      onclick: async () => {
        draftButton.disabled = true;
        draftButton.textContent = t('drafting');
        try {
          const r = await call(ADMIN_ROUTES.digestDraft, {}, {});
          message.textContent = r.data.drafted.length ? t('drafted', { n: r.data.drafted.length, week: r.data.week.start }) : t('nothing', { week: r.data.week.start });
          await refresh();
        } catch (e) {
          message.textContent = explain(e);
        } finally {
          draftButton.disabled = false;
          draftButton.textContent = t('draftNow');
        }
      },
    }, t('draftNow'));
    await refresh();
    return h('div', {}, h('div', { class: 'page-head' }, h('h1', {}, t('heading')), draftButton), h('p', { class: 'muted' }, t('intro')), message, listBox, sheetCard(cities));
  },
};

export const digestEditorPage: Page = {
  route: 'digests/:id',
  async render({ params, go }) {
    const [{ data: initial, meta }, cities] = await Promise.all([
      call(ADMIN_ROUTES.digest, { id: params.id }),
      call(ROUTES.cities, {}, { lang: lang() }).then((r) => r.data),
    ]);
    let digest = initial;
    const { quota } = meta;
    const title = h('input', { id: 'digest-title', type: 'text', value: digest.title, maxlength: 32 });
    const body = h('textarea', { id: 'digest-markdown', rows: 22, class: 'markdown' }, digest.markdown);
    const form = h(
      'div',
      {},
      h('div', { class: 'field', 'data-field': 'title' }, h('label', { for: 'digest-title' }, t('title')), title),
      h('div', { class: 'field', 'data-field': 'markdown' }, h('label', { for: 'digest-markdown' }, t('markdown')), body),
    );
    const line = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'digest-message' });
    // What followers will read, from the same rendering as publishing.
    const preview = previewPane();
    const refreshPreview = debounce(() => void preview.update(title.value, body.value).catch(() => undefined), 400);
    title.addEventListener('input', refreshPreview);
    body.addEventListener('input', refreshPreview);
    void preview.update(digest.title, digest.markdown).catch(() => undefined);
    // A whole digest overflows the phone-sized frame: it scrolls, so the keyboard must reach it too.
    preview.el.querySelector('.phone')?.setAttribute('tabindex', '0');
    const state = h('p', { 'data-testid': 'digest-state' });
    const approveButton = h('button', {
      type: 'button',
      class: 'secondary big',
      'data-testid': 'approve',
      onclick: async () => {
        try {
          digest = (await call(ADMIN_ROUTES.digestApprove, { id: digest.id })).data;
          showState();
        } catch (e) {
          showError(form, line, e, { title: t('title'), markdown: t('markdown') });
        }
      },
    }, t('approve'));
    const saveButton = h('button', {
      type: 'button',
      class: 'quiet',
      'data-testid': 'save',
      onclick: async () => {
        try {
          digest = (await call(ADMIN_ROUTES.digestSave, { id: digest.id }, { title: title.value, markdown: body.value })).data;
          line.textContent = t('saved');
          showState();
        } catch (e) {
          showError(form, line, e, { title: t('title'), markdown: t('markdown') });
        }
      },
    }, t('save'));
    const hits = h('p', { class: 'notice', 'data-testid': 'digest-hits' });
    function showState() {
      state.textContent = digest.status === 'approved' ? t('approvedAt', { at: formatDateTime(digest.approvedAt ?? digest.updatedAt) }) : t('mustApprove');
      state.className = digest.status === 'approved' ? 'result ok' : 'result warn';
      approveButton.hidden = digest.status === 'approved';
      hits.hidden = digest.screenHits === 0;
      hits.textContent = t('hits', { n: digest.screenHits });
    }
    showState();

    const published = publishPanel({
      initial: digest.wechat,
      blocked: () => 0,
      async publish(override) {
        if (title.value !== digest.title || body.value !== digest.markdown) {
          line.textContent = t('mustApprove');
          return null;
        }
        const outcome = (await call(ADMIN_ROUTES.digestPublish, { id: digest.id }, override ? { override } : {})).data;
        digest = (await call(ADMIN_ROUTES.digest, { id: digest.id })).data;
        showNotify();
        return outcome;
      },
      async markPublished(url) {
        digest = (await call(ADMIN_ROUTES.digestMarkPublished, { id: digest.id }, { url })).data;
        showNotify();
      },
    });

    let remaining = left(quota);
    const notifyLine = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'notify-message' });
    const notifyButton = h('button', {
      type: 'button',
      class: 'danger',
      'data-testid': 'notify',
      onclick: async () => {
        if (!window.confirm(t('notifyConfirm', { left: remaining }))) return;
        notifyButton.disabled = true;
        try {
          const r = await call(ADMIN_ROUTES.digestNotify, { id: digest.id });
          digest = r.data;
          remaining = left(r.meta.quota);
        } catch (e) {
          notifyLine.textContent = explain(e);
        } finally {
          notifyButton.disabled = false;
          showNotify();
        }
      },
    }, t('notifyButton'));
    const notifyState = h('p', { 'data-testid': 'notify-state' });
    function showNotify() {
      const live = digest.wechat.status === 'published';
      notifyButton.hidden = !live || Boolean(digest.massSentAt) || remaining === 0;
      notifyState.textContent = digest.massSentAt ? t('notifyDone', { at: formatDateTime(digest.massSentAt) }) : !live ? t('notifyAfterPublish') : remaining === 0 ? t('noneLeft') : t('quota', { month: quota.month, left: remaining, limit: quota.limit });
    }
    showNotify();

    return h(
      'div',
      {},
      h('p', {}, h('a', { href: '#/digests', onclick: (e: Event) => (e.preventDefault(), go('digests')) }, t('back'))),
      h('h1', {}, digest.title),
      h('p', { class: 'muted', 'data-testid': 'digest-about' }, `${cities.find((c) => c.slug === digest.city)?.name ?? digest.city} · ${digest.weekStart} · ${t('counts', { reports: digest.counts.reports.total, descriptions: digest.counts.descriptions.total })}`),
      hits,
      h('section', { class: 'card' }, form, h('div', { class: 'row-actions' }, saveButton), line),
      preview.el,
      h('section', { class: 'card', style: 'margin: 1rem 0' }, state, approveButton),
      published,
      h('section', { class: 'card', style: 'margin-top: 1rem', 'data-testid': 'notify-card' }, h('h2', {}, t('notifyHeading')), h('p', { class: 'muted' }, t('notifyHelp', { title: digest.title })), notifyState, notifyButton, notifyLine),
    );
  },
};
