import { PAGES, type SceneTarget } from '../../../contract/scene';
import { addDays, type FlyerCodesDTO, type SceneCodeDTO } from '../../../contract/admin';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { ROUTES } from '../../../contract/routes';
import jsQR from 'jsqr';
import { call, pathOf } from '../api';
import { showError } from '../fieldErrors';
import { h } from '../dom';
import { lang, messages } from '../i18n';
import type { Page } from './types';

const WEEKS = 13;

const t = messages(
  {
    nav: '传单',
    heading: '传单二维码',
    intro: '每张传单有自己的代号。扫码后小程序直接打开目标页面；服务器只按天记录每张传单被打开的次数，不记录是谁、用什么手机。',
    create: '新建传单',
    kind: '打开',
    city: '城市服务目录',
    article: '文章',
    page: '页面',
    target: '目标',
    label: '说明（地点和时间）',
    labelHelp: '例如：巴黎美丽城巴士，2026年11月',
    code: '代号（可留空，自动生成）',
    codeHelp: '小写字母和数字，最多 12 个',
    submit: '创建',
    created: '已创建传单 {code}。',
    flyer: '传单',
    scans: '扫码次数',
    total: '共计',
    weeks: '最近 13 周（每周）',
    files: '下载',
    empty: '还没有传单。',
    unknown: '无法识别的二维码',
    withoutFlyer: '没有代号的二维码',
    week: '{from} 至 {to}：{n} 次',
    codeCol: '传单代号',
    opensWx: '手机用微信扫传单上的码，会打开 Lotus 小程序的对应页面。',
    opensUrl: '手机扫传单上的二维码，会打开网页：{url}',
    unreachable: '注意：这台服务器还没有设置公开网址或小程序，传单上的二维码会打开 {url}——这个地址手机打不开。现在不能印发传单；只能下载标有“TEST”的测试样张，请联系技术人员。',
    testPdf: '测试样张 PDF',
    check: '检查二维码',
    checking: '正在读取打印用的二维码…',
    decoded: '已读取打印用的二维码：扫码会打开 {url}',
    decodedTarget: '（{target}）',
    wxOnly: '这是微信小程序码，只能用微信扫，无法在这里读取。',
    notDecoded: '读不出二维码。请不要印发，并联系技术人员。',
    home: '小程序首页', directory: '服务目录', articles: '文章列表', checkPage: '查询号码', report: '发提醒', emergency: '紧急求助', about: '关于我们',
  },
  {
    nav: 'Flyers',
    heading: 'QR codes des flyers',
    intro: 'Chaque flyer a son code. Le scan ouvre directement la bonne page du mini-programme ; le serveur ne garde que le nombre d’ouvertures par jour et par flyer — ni qui, ni quel téléphone.',
    create: 'Nouveau flyer',
    kind: 'Ouvre',
    city: 'Annuaire d’une ville',
    article: 'Un article',
    page: 'Une page',
    target: 'Cible',
    label: 'Description (lieu et date)',
    labelHelp: 'par ex. Tournée bus Belleville, nov. 2026',
    code: 'Code (facultatif, créé sinon)',
    codeHelp: 'minuscules et chiffres, 12 au plus',
    submit: 'Créer',
    created: 'Flyer {code} créé.',
    flyer: 'Flyer',
    scans: 'Scans',
    total: 'Total',
    weeks: '13 dernières semaines',
    files: 'Fichiers',
    empty: 'Aucun flyer pour l’instant.',
    unknown: 'QR codes non reconnus',
    withoutFlyer: 'QR codes sans code de flyer',
    week: 'du {from} au {to} : {n}',
    codeCol: 'Code du flyer',
    opensWx: 'Scanné avec WeChat, le code du flyer ouvre la bonne page du mini-programme Lotus.',
    opensUrl: 'Scanné avec un téléphone, le QR code du flyer ouvre la page : {url}',
    unreachable: 'Attention : ce serveur n’a pas encore d’adresse publique ni de mini-programme configuré : le QR code ouvrirait {url}, qu’aucun téléphone ne peut joindre. Impossible d’imprimer des flyers à distribuer ; seul un exemplaire de test marqué « TEST » est possible. Contactez la personne technique.',
    testPdf: 'PDF de test',
    check: 'Vérifier le QR code',
    checking: 'Lecture du QR code imprimé…',
    decoded: 'QR code imprimé lu : le scan ouvre {url}',
    decodedTarget: ' ({target})',
    wxOnly: 'C’est un code de mini-programme WeChat : seul WeChat peut le lire, pas cette page.',
    notDecoded: 'Le QR code est illisible : n’imprimez pas, contactez la personne technique.',
    home: 'Accueil du mini-programme', directory: 'Annuaire', articles: 'Liste des articles', checkPage: 'Vérifier un numéro', report: 'Signaler', emergency: 'Urgences', about: 'À propos',
  },
);

type Names = { cities: Map<string, string>; articles: Map<string, string> };

const PAGE_KEY = { home: 'home', directory: 'directory', articles: 'articles', check: 'checkPage', report: 'report', emergency: 'emergency', about: 'about' } as const;

/** Names in her language, never page ids or slugs. */
function targetText(target: SceneTarget, names: Names): string {
  if (target.kind === 'city') return `${t('city')} · ${names.cities.get(target.city) ?? target.city}`;
  if (target.kind === 'article') return `${t('article')} · ${names.articles.get(target.slug) ?? target.slug}`;
  return `${t('page')} · ${t(PAGE_KEY[target.kind === 'page' ? target.page : 'home'])}`;
}

async function loadNames(): Promise<Names> {
  const [cities, articles] = await Promise.all([
    call(ROUTES.cities, {}, { lang: lang() }).then((r) => r.data),
    call(ROUTES.articles, {}, { lang: lang() }).then((r) => r.data),
  ]);
  return { cities: new Map(cities.map((c) => [c.slug, c.name])), articles: new Map(articles.map((a) => [a.slug, a.title])) };
}

/**
 * Reads the QR code of the card as printed (the SVG drawn on a canvas, then decoded) so what the
 * page says the code opens is proven, not assumed.
 */
async function decodePrinted(code: string, test: boolean): Promise<string | null> {
  const img = new Image();
  img.src = `${pathOf(ADMIN_ROUTES.sceneFlyerSvg, { code })}${test ? '?test=1' : ''}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 846;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  const pixels = g.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(pixels.data, pixels.width, pixels.height)?.data ?? null;
}

function checkButton(f: SceneCodeDTO, codes: FlyerCodesDTO, names: Names): HTMLElement {
  const out = h('p', { class: 'small', 'aria-live': 'polite', 'data-testid': 'decoded' });
  const button = h('button', {
    type: 'button',
    class: 'quiet',
    'aria-label': `${t('check')} · ${f.label}`,
    onclick: async () => {
      if (codes.kind === 'wxacode') {
        out.textContent = t('wxOnly');
        return;
      }
      out.className = 'small';
      out.textContent = t('checking');
      const decoded = await decodePrinted(f.code, !codes.reachable).catch(() => null);
      if (!decoded) {
        out.className = 'small error';
        out.textContent = t('notDecoded');
        return;
      }
      out.textContent = t('decoded', { url: decoded }) + t('decodedTarget', { target: targetText(f.target, names) });
    },
  }, t('check'));
  return h('div', {}, button, out);
}

/** Scans per week over the listed range, newest week last. */
function weekly(days: Array<{ day: string; n: number }>, to: string): Array<{ from: string; to: string; n: number }> {
  return Array.from({ length: WEEKS }, (_, i) => {
    const end = addDays(to, -7 * (WEEKS - 1 - i));
    const start = addDays(end, -6);
    return { from: start, to: end, n: days.filter((d) => d.day >= start && d.day <= end).reduce((s, d) => s + d.n, 0) };
  });
}

function bars(weeks: Array<{ from: string; to: string; n: number }>, max: number): HTMLElement {
  return h(
    'div',
    { style: 'display:flex;align-items:flex-end;gap:3px;height:40px', 'data-testid': 'weeks' },
    ...weeks.map((w) =>
      h('span', {
        title: t('week', { from: w.from, to: w.to, n: w.n }),
        style: `display:inline-block;width:10px;height:${w.n === 0 ? 2 : Math.max(4, Math.round((40 * w.n) / max))}px;background:${w.n === 0 ? '#d8dee2' : '#b4376b'};border-radius:2px`,
      }),
    ),
  );
}

function files(code: string, codes: FlyerCodesDTO): HTMLElement {
  const link = (ext: string, label: string) => h('a', { href: `/api/admin/scenes/${code}/${ext}`, download: `lotus-flyer-${code}.${ext.split('?')[0].split('.').pop()}` }, label);
  const langs = lang() === 'fr' ? 'fr,zh-Hans' : 'zh-Hans,fr';
  if (codes.kind === 'url' && !codes.reachable) return h('span', {}, link(`flyer.pdf?langs=${langs}&test=1`, t('testPdf')));
  return h('span', {}, link(`flyer.pdf?langs=${langs}`, 'PDF'), ' · ', link(`flyer.svg?langs=${langs}`, 'SVG'), ' · ', link('qr.png', 'PNG'));
}

async function targetChoices(kind: string): Promise<Array<{ value: string; label: string }>> {
  if (kind === 'c') {
    const { data } = await call(ROUTES.cities, {}, { lang: lang() });
    return data.map((c) => ({ value: c.slug, label: c.name }));
  }
  if (kind === 'a') {
    const { data } = await call(ROUTES.articles, {}, { lang: lang() });
    return data.map((a) => ({ value: a.slug, label: a.title }));
  }
  return PAGES.map((p) => ({ value: p, label: t(PAGE_KEY[p]) }));
}

function createForm(onCreated: (row: SceneCodeDTO) => void): HTMLElement {
  const kind = h('select', { id: 'flyer-kind' }, h('option', { value: 'c' }, t('city')), h('option', { value: 'a' }, t('article')), h('option', { value: 'p' }, t('page')));
  const target = h('select', { id: 'flyer-target' });
  const label = h('input', { id: 'flyer-label', maxlength: 120 });
  const code = h('input', { id: 'flyer-code', maxlength: 12, pattern: '[a-z0-9]{1,12}' });
  const message = h('p', { class: 'message', 'aria-live': 'polite' });
  const fill = async () => {
    target.replaceChildren(...(await targetChoices(kind.value)).map((c) => h('option', { value: c.value }, c.label)));
  };
  kind.addEventListener('change', () => void fill());
  void fill();
  const submit = h('button', { type: 'submit', class: 'primary big' }, t('submit'));
  const field = (name: string, text: string, input: HTMLElement, help?: string) =>
    h('div', { class: 'field', 'data-field': name }, h('label', { for: input.id }, text), input, help ? h('p', { class: 'help' }, help) : null);
  const form: HTMLElement = h(
    'form',
    {
      class: 'card',
      style: 'margin-bottom:1.2rem',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        submit.disabled = true;
        message.className = 'message';
        try {
          const body = { scene: `${kind.value}=${target.value}`, label: label.value, ...(code.value.trim() ? { code: code.value.trim() } : {}) };
          const { data } = await call(ADMIN_ROUTES.sceneCreate, {}, body);
          message.textContent = t('created', { code: data.code });
          label.value = '';
          code.value = '';
          onCreated(data);
        } catch (err) {
          showError(form, message, err, { scene: t('target'), label: t('label'), code: t('code') });
        } finally {
          submit.disabled = false;
        }
      },
    },
    h('h2', {}, t('create')),
    h(
      'div',
      { class: 'flyer-grid' },
      field('kind', t('kind'), kind),
      field('scene', t('target'), target),
      field('label', t('label'), label, t('labelHelp')),
      field('code', t('code'), code, t('codeHelp')),
    ),
    h('div', { style: 'margin-top:0.8rem' }, submit),
    message,
  );
  return form;
}

async function countsTable(): Promise<HTMLElement> {
  const [{ data, meta }, names] = await Promise.all([call(ADMIN_ROUTES.scenes, {}, {}), loadNames()]);
  const { codes } = meta;
  const series = data.flyers.map((f) => weekly(f.days, data.to));
  const buckets = [
    { name: t('unknown'), weeks: weekly(data.unknown.days, data.to), total: data.unknown.total },
    { name: t('withoutFlyer'), weeks: weekly(data.withoutFlyer.days, data.to), total: data.withoutFlyer.total },
  ];
  // One scale for every row, so a long bar means more scans whichever flyer it is.
  const max = Math.max(1, ...series.flat().map((w) => w.n), ...buckets.flatMap((b) => b.weeks.map((w) => w.n)));
  const rows = data.flyers.map((f, i) =>
    h(
      'tr',
      { 'data-testid': 'flyer-row' },
      h('td', {}, h('strong', {}, f.label), h('div', { class: 'muted small' }, targetText(f.target, names)), checkButton(f, codes, names)),
      h('td', { 'data-label': t('codeCol') }, h('code', {}, f.code)),
      h('td', { 'data-testid': 'total', 'data-label': t('total') }, f.total),
      h('td', { 'data-label': t('weeks') }, bars(series[i], max)),
      h('td', { 'data-label': t('files') }, files(f.code, codes)),
    ),
  );
  const bucketRows = buckets.map((b) =>
    h('tr', {}, h('td', { class: 'muted' }, b.name), h('td', {}, '—'), h('td', {}, b.total), h('td', {}, bars(b.weeks, max)), h('td', {}, '')),
  );
  const opens =
    codes.kind === 'wxacode'
      ? h('p', { class: 'notice', 'data-testid': 'code-opens' }, t('opensWx'))
      : codes.reachable
        ? h('p', { class: 'notice', 'data-testid': 'code-opens' }, t('opensUrl', { url: codes.base }))
        : h('p', { class: 'error', role: 'alert', 'data-testid': 'code-opens' }, t('unreachable', { url: codes.base }));
  return h(
    'div',
    {},
    opens,
    data.flyers.length === 0 ? h('p', { class: 'muted' }, t('empty')) : null,
    h(
      'table',
      { class: 'list' },
      h('thead', {}, h('tr', {}, ...[t('flyer'), t('codeCol'), t('total'), t('weeks'), t('files')].map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, ...rows, ...bucketRows),
    ),
    h('p', { class: 'muted small' }, `${data.from} – ${data.to}`),
  );
}

export const flyersPage: Page = {
  route: 'flyers',
  nav: { label: () => t('nav') },
  async render() {
    const list = h('div', {}, await countsTable());
    const reload = async () => list.replaceChildren(await countsTable());
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading'))),
      h('p', { class: 'muted' }, t('intro')),
      createForm(() => void reload()),
      list,
    );
  },
};
