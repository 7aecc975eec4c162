import type { AdminUpdateDTO } from '../../../presenters/admin';
import { api, explain } from '../api';
import { setDirty, takeKept, trackDraft } from '../dirty';
import { debounce, h } from '../dom';
import { replaceHits, screenFields, type FieldHit } from '../editor/hits';
import { hitsPanel } from '../editor/hitsPanel';
import { publishPanel, type Outcome } from '../editor/publishPanel';
import { messages } from '../i18n';
import { common } from './labels';
import type { Page } from './types';

const t = messages(
  {
    newHeading: '新通知',
    editHeading: '编辑通知',
    key: '代号',
    keyHelp: '小写英文字母、数字和横线，例如 thursday-cancelled',
    title: '标题',
    body: '内容',
    city: '城市（留空 = 全部城市）',
    from: '开始显示日期',
    until: '最后显示日期（可留空）',
    save: '保存',
    expire: '立即结束显示',
    expired: '已从小程序撤下。',
    optional: '可选：也可以把这条通知作为短文章发布到公众号。',
  },
  {
    newHeading: 'Nouvelle annonce',
    editHeading: 'Modifier l’annonce',
    key: 'Code',
    keyHelp: 'minuscules, chiffres et tirets, par ex. jeudi-annule',
    title: 'Titre',
    body: 'Texte',
    city: 'Ville (vide = toutes)',
    from: 'Affichée à partir du',
    until: 'Dernier jour affiché (facultatif)',
    save: 'Enregistrer',
    expire: 'Retirer maintenant',
    expired: 'Retirée du mini-programme.',
    optional: 'Facultatif : publier aussi cette annonce comme article court sur le compte officiel.',
  },
);

function field(label: string, input: HTMLElement, help?: string): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), input, help ? h('p', { class: 'help' }, help) : null);
}

export const updateEditorPage: Page = {
  route: 'updates/:id',
  async render({ params, go }) {
    let id: string | null = params.id === 'new' ? null : params.id;
    const loaded = id ? (await api<{ data: AdminUpdateDTO }>('GET', `/api/admin/updates/${id}`)).data : null;
    const draftKey = `update:${params.id}`;
    const kept = takeKept<Partial<AdminUpdateDTO>>(draftKey);
    const u = (kept ? { ...loaded, ...kept } : loaded) as AdminUpdateDTO | null;
    const key = h('input', { id: 'key', value: u?.key ?? '', maxlength: 60 });
    const lang = h('select', { id: 'lang' }, ...(['zh-Hans', 'fr', 'en'] as const).map((l) => h('option', { value: l, selected: l === (u?.lang ?? 'zh-Hans') }, common(l))));
    const city = h('input', { id: 'city', value: u?.city ?? '', placeholder: 'paris' });
    const title = h('input', { id: 'title', value: u?.title ?? '', maxlength: 64 });
    const body = h('textarea', { id: 'body', rows: 6, value: u?.body ?? '' });
    const from = h('input', { id: 'from', type: 'date', value: u?.publishedOn ?? '' });
    const until = h('input', { id: 'until', type: 'date', value: u?.expiresOn ?? '' });
    const state = h('span', { class: `badge ${loaded?.state ?? 'draft'}` }, loaded ? common(loaded.state) : '');
    const heading = h('h1', {}, id ? t('editHeading') : t('newHeading'));
    const message = h('p', { class: 'message', 'aria-live': 'polite' });
    let hits: FieldHit[] = [];

    const panel = hitsPanel({
      replace(group, replacement) {
        for (const [f, input] of [['title', title], ['body', body]] as const) {
          const mine = group.length === 1 ? group.filter((g) => g.field === f) : hits.filter((x) => x.field === f && x.text === group[0].text);
          if (mine.length) input.value = replaceHits(input.value, mine, replacement);
        }
        void rescreen();
      },
      show(hit) {
        (hit.field === 'title' ? title : body).focus();
      },
    });
    async function rescreen() {
      hits = await screenFields({ title: title.value, summary: '', body: body.value }).catch(() => hits);
      panel.render(hits);
    }
    const later = debounce(() => void rescreen(), 350);
    title.addEventListener('input', later);
    body.addEventListener('input', later);
    for (const input of [key, lang, city, title, body, from, until]) input.addEventListener('input', () => setDirty(true));
    const fieldsNow = () => ({ key: key.value.trim(), lang: lang.value as AdminUpdateDTO['lang'], city: city.value.trim() || null, title: title.value, body: body.value, publishedOn: from.value, expiresOn: until.value || null });
    trackDraft(draftKey, fieldsNow);
    if (kept) setDirty(true);

    function show(saved: AdminUpdateDTO) {
      setDirty(false);
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
      const saved = id ? (await api<{ data: AdminUpdateDTO }>('PUT', `/api/admin/updates/${id}`, payload)).data : (await api<{ data: AdminUpdateDTO }>('POST', '/api/admin/updates', payload)).data;
      show(saved);
      return saved;
    }
    async function act(fn: () => Promise<string>) {
      try {
        message.className = 'message ok';
        message.textContent = await fn();
      } catch (e) {
        message.className = 'message error';
        message.textContent = explain(e);
      }
    }
    const saveButton = h('button', { type: 'button', class: 'primary big', 'data-testid': 'save', onclick: () => act(async () => (await save(), common('saved'))) }, t('save'));
    const expireButton = h('button', {
      type: 'button',
      class: 'secondary big',
      'data-testid': 'expire',
      onclick: () => act(async () => (show((await api<{ data: AdminUpdateDTO }>('POST', `/api/admin/updates/${id}/expire`)).data), t('expired'))),
    }, t('expire'));
    expireButton.hidden = !id;

    const publish = publishPanel({
      initial: { url: loaded?.wechatUrl ?? null, error: loaded?.wechatStatus === 'failed' ? loaded.wechatError : null },
      blocked: () => hits.filter((x) => x.level === 'block').length,
      async publish(override) {
        const saved = await save();
        return api<Outcome>('POST', `/api/admin/updates/${saved.id}/publish`, override ? { override } : {});
      },
      async markPublished(url) {
        await api('POST', `/api/admin/updates/${id}/mark-published`, { url });
      },
    });
    void rescreen();

    return h(
      'div',
      { class: 'editor narrow' },
      h('div', { class: 'page-head' }, h('a', { href: '#/updates', class: 'back', onclick: (e: Event) => { e.preventDefault(); go('updates'); } }, common('back')), heading, state),
      h(
        'div',
        { class: 'meta-grid card' },
        field(t('title'), title),
        field(t('key'), key, t('keyHelp')),
        field(common('lang'), lang),
        field(t('city'), city),
        field(t('from'), from),
        field(t('until'), until),
        h('div', { class: 'field wide' }, h('label', { for: 'body' }, t('body')), body),
      ),
      panel.el,
      h('div', { class: 'actions' }, saveButton, expireButton, message),
      h('p', { class: 'muted' }, t('optional')),
      publish,
    );
  },
};
