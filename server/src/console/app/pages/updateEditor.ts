import { WECHAT_LANGS } from '../../../contract/lang';
import type { AdminUpdateDTO } from '../../../contract/admin';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { ROUTES } from '../../../contract/routes';
import { call } from '../api';
import { setDirty, takeKept, trackDraft } from '../dirty';
import { debounce, h } from '../dom';
import { replaceHits, screenFields, type FieldHit } from '../editor/hits';
import { autosave } from '../editor/autosave';
import { hitsPanel } from '../editor/hitsPanel';
import { publishPanel } from '../editor/publishPanel';
import { clearErrors, showError } from '../fieldErrors';
import { lang as consoleLang, messages } from '../i18n';
import { common } from './labels';
import type { Page } from './types';

const t = messages(
  {
    newHeading: '新通知',
    editHeading: '编辑通知',
    key: '代号',
    keyHelp: '用来区分通知，已自动生成，可以修改：小写英文字母、数字和横线。',
    title: '标题',
    body: '内容',
    city: '城市',
    allCities: '全部城市',
    from: '开始显示日期',
    until: '最后显示日期（可留空）',
    save: '保存',
    expire: '立即结束显示',
    expired: '已从小程序撤下。',
    optional: '可选：也可以把这条通知作为短文章发布到公众号。',
    expiredConfirm: '这条通知已经过期（最后显示日期 {day}）。公众号的读者会看到一条过时的通知。确定仍然发布吗？',
  },
  {
    newHeading: 'Nouvelle annonce',
    editHeading: 'Modifier l’annonce',
    key: 'Code',
    keyHelp: 'Distingue les annonces ; créé pour vous et modifiable : minuscules, chiffres et tirets.',
    title: 'Titre',
    body: 'Texte',
    city: 'Ville',
    allCities: 'Toutes les villes',
    from: 'Affichée à partir du',
    until: 'Dernier jour affiché (facultatif)',
    save: 'Enregistrer',
    expire: 'Retirer maintenant',
    expired: 'Retirée du mini-programme.',
    optional: 'Facultatif : publier aussi cette annonce comme article court sur le compte officiel.',
    expiredConfirm: 'Cette annonce a expiré (dernier jour affiché : {day}). Les abonnés liraient une annonce dépassée. La publier quand même ?',
  },
);

function field(label: string, input: HTMLElement, help?: string): HTMLElement {
  return h('div', { class: 'field', 'data-field': input.getAttribute('data-name') ?? input.id }, h('label', { for: input.id }, label), input, help ? h('p', { class: 'help' }, help) : null);
}

/** A key she need not invent: "u-" and the day, then a short random part. */
function makeKey(): string {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  const id = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => 'abcdefghjkmnpqrstuvwxyz23456789'[b % 31]).join('');
  return `u-${day}-${id}`;
}

export const updateEditorPage: Page = {
  route: 'updates/:id',
  async render({ params, go }) {
    let id: string | null = params.id === 'new' ? null : params.id;
    const [loaded, cities] = await Promise.all([
      id ? call(ADMIN_ROUTES.update, { id }).then((r) => r.data) : Promise.resolve(null),
      call(ROUTES.cities, {}, { lang: consoleLang() }).then((r) => r.data),
    ]);
    const draftKey = `update:${params.id}`;
    const kept = takeKept<Partial<AdminUpdateDTO>>(draftKey);
    const u = (kept ? { ...loaded, ...kept } : loaded) as AdminUpdateDTO | null;
    const key = h('input', { id: 'key', value: u?.key ?? makeKey(), maxlength: 60 });
    const lang = h('select', { id: 'lang' }, ...WECHAT_LANGS.map((l) => h('option', { value: l, selected: l === (u?.lang ?? 'zh-Hans') }, common(l))));
    const city = h(
      'select',
      { id: 'city' },
      h('option', { value: '' }, t('allCities')),
      ...cities.map((c) => h('option', { value: c.slug, selected: c.slug === u?.city }, c.name)),
    );
    const title = h('input', { id: 'title', value: u?.title ?? '', maxlength: 64 });
    const body = h('textarea', { id: 'body', rows: 6, value: u?.body ?? '' });
    const from = h('input', { id: 'from', 'data-name': 'publishedOn', type: 'date', value: u?.publishedOn ?? '', min: '2020-01-01', max: '2099-12-31' });
    const until = h('input', { id: 'until', 'data-name': 'expiresOn', type: 'date', value: u?.expiresOn ?? '', min: '2020-01-01', max: '2099-12-31' });
    const state = h('span', { class: `badge ${loaded?.state ?? 'draft'}`, 'data-testid': 'update-state' }, loaded ? common(loaded.state) : '');
    const heading = h('h1', {}, id ? t('editHeading') : t('newHeading'));
    const message = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'save-message' });
    const labels = { key: t('key'), lang: common('lang'), city: t('city'), title: t('title'), body: t('body'), publishedOn: t('from'), expiresOn: t('until') };
    let hits: FieldHit[] = [];

    const panel = hitsPanel({
      replace(group, replacement) {
        for (const [f, input] of [['title', title], ['body', body]] as const) {
          const mine = group.length === 1 ? group.filter((g) => g.field === f) : hits.filter((x) => x.field === f && x.text === group[0].text);
          if (mine.length) input.value = replaceHits(input.value, mine, replacement);
        }
        // A replacement is a change like typing: leaving now must ask first.
        setDirty(true);
        void rescreen();
      },
      show(hit) {
        (hit.field === 'title' ? title : body).focus();
      },
      fields: () => ({ title: title.value, summary: '', body: body.value }),
      target: () => (id ? { type: 'update', id } : null),
      rescreen: () => void rescreen(),
    });
    async function rescreen() {
      hits = await screenFields({ title: title.value, summary: '', body: body.value }, id ? { type: 'update', id } : null).catch(() => hits);
      panel.render(hits);
    }
    const later = debounce(() => void rescreen(), 350);
    title.addEventListener('input', later);
    body.addEventListener('input', later);
    for (const input of [key, lang, city, title, body, from, until]) input.addEventListener('input', () => setDirty(true));
    const fieldsNow = () => ({ key: key.value.trim(), lang: lang.value as AdminUpdateDTO['lang'], city: city.value || null, title: title.value, body: body.value, publishedOn: from.value, expiresOn: until.value || null });
    trackDraft(draftKey, fieldsNow);
    if (kept) setDirty(true);
    const autosaved = autosave({
      key: () => `update:${id ?? 'new'}`,
      read: fieldsNow,
      apply(f) {
        key.value = String(f.key ?? key.value);
        lang.value = String(f.lang ?? 'zh-Hans');
        city.value = String(f.city ?? '');
        title.value = String(f.title ?? '');
        body.value = String(f.body ?? '');
        from.value = String(f.publishedOn ?? '');
        until.value = String(f.expiresOn ?? '');
        setDirty(true);
        void rescreen();
      },
      savedAt: loaded?.updatedAt ?? null,
    });

    function show(saved: AdminUpdateDTO) {
      setDirty(false);
      autosaved.saved(`update:${id ?? 'new'}`);
      if (!id) {
        history.replaceState(null, '', `#/updates/${saved.id}`);
        trackDraft(`update:${saved.id}`, fieldsNow);
      }
      heading.textContent = t('editHeading');
      id = saved.id;
      from.value = saved.publishedOn;
      until.value = saved.expiresOn ?? '';
      state.className = `badge ${saved.state}`;
      state.textContent = common(saved.state);
      expireButton.hidden = false;
    }
    async function save(): Promise<AdminUpdateDTO> {
      const payload = { ...fieldsNow(), publishedOn: from.value || undefined };
      const saved = id ? (await call(ADMIN_ROUTES.updateSave, { id }, payload)).data : (await call(ADMIN_ROUTES.updateCreate, {}, payload)).data;
      show(saved);
      return saved;
    }
    async function act(fn: () => Promise<string>) {
      try {
        const done = await fn();
        clearErrors(form);
        message.className = 'message ok';
        message.textContent = done;
      } catch (e) {
        showError(form, message, e, labels);
      }
    }
    const saveButton = h('button', { type: 'button', class: 'primary big', 'data-testid': 'save', onclick: () => act(async () => (await save(), common('saved'))) }, t('save'));
    const expireButton = h('button', {
      type: 'button',
      class: 'secondary big',
      'data-testid': 'expire',
      onclick: () => act(async () => (show((await call(ADMIN_ROUTES.updateExpire, { id: String(id) })).data), t('expired'))),
    }, t('expire'));
    expireButton.hidden = !id;

    const publish = publishPanel({
      initial: loaded?.wechat ?? { status: null, url: null, error: null },
      blocked: () => hits.filter((x) => x.level === 'block').length,
      async publish(override) {
        let saved: AdminUpdateDTO;
        try {
          saved = await save();
        } catch (e) {
          showError(form, message, e, labels);
          return null;
        }
        const expired = saved.state === 'expired';
        if (expired && !confirm(t('expiredConfirm', { day: saved.expiresOn ?? '' }))) return null;
        return (await call(ADMIN_ROUTES.updatePublish, { id: saved.id }, { ...(override ? { override } : {}), ...(expired ? { expired: true } : {}) })).data;
      },
      async markPublished(url) {
        await call(ADMIN_ROUTES.updateMarkPublished, { id: String(id) }, { url });
      },
    });
    void rescreen();

    const form = h(
      'div',
      { class: 'editor narrow' },
      h('div', { class: 'page-head' }, h('a', { href: '#/updates', class: 'back', onclick: (e: Event) => { e.preventDefault(); go('updates'); } }, common('back')), heading, state),
      autosaved.el,
      h(
        'div',
        { class: 'meta-grid card' },
        field(t('title'), title),
        field(t('key'), key, t('keyHelp')),
        field(common('lang'), lang),
        field(t('city'), city),
        field(t('from'), from),
        field(t('until'), until),
        h('div', { class: 'field wide', 'data-field': 'body' }, h('label', { for: 'body' }, t('body')), body),
      ),
      panel.el,
      h('div', { class: 'actions' }, saveButton, expireButton, message),
      h('p', { class: 'muted' }, t('optional')),
      publish,
    );
    return form;
  },
};
