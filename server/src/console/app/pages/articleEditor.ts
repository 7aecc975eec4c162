import { WECHAT_LANGS } from '../../../contract/lang';
import type { AdminArticleDTO } from '../../../contract/admin';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { call, download, explain, pathOf } from '../api';
import { clearErrors, showError } from '../fieldErrors';
import { setDirty, takeKept, trackDraft } from '../dirty';
import { clear, debounce, h } from '../dom';
import { highlightedText } from '../editor/highlightedText';
import { replaceHits, screenFields, type FieldHit, type FieldName } from '../editor/hits';
import { autosave } from '../editor/autosave';
import { hitsPanel } from '../editor/hitsPanel';
import { imageDrop } from '../editor/imageDrop';
import { previewPane } from '../editor/preview';
import { publishPanel } from '../editor/publishPanel';
import { messages } from '../i18n';
import { ARTICLE_CATEGORIES, common, wechatBadge } from './labels';
import type { Page } from './types';

const t = messages(
  {
    newHeading: '写新文章',
    editHeading: '编辑文章',
    title: '标题',
    slug: '网址名',
    slugHelp: '文章网址的一部分，已自动生成，可以修改：只用小写英文字母、数字和横线。',
    lang: '语言',
    category: '分类',
    summary: '摘要（一两句话）',
    body: '正文（Markdown 格式）',
    bodyHelp: '# 标题，**加粗**，- 列表。空一行开始新段落。',
    export: '下载 Markdown 文件',
    archive: '归档',
    unarchive: '从归档中恢复',
    archiveConfirm: '归档后，这篇文章会从小程序和文章列表中撤下（在“已归档”里还能找到）。确定吗？',
    archivedNotice: '这篇文章已归档：小程序不显示它。',
    unarchived: '已恢复。要在小程序中显示，请勾选“在小程序中显示”并保存。',
    fromContent: '这篇文章来自 content/ 文件夹；在这里保存的修改会在下次导入内容时被文件覆盖。请下载 Markdown 文件并交给技术人员。',
  },
  {
    newHeading: 'Nouvel article',
    editHeading: 'Modifier l’article',
    title: 'Titre',
    slug: 'Nom dans l’adresse',
    slugHelp: 'Partie de l’adresse de l’article, créée pour vous et modifiable : minuscules, chiffres et tirets.',
    lang: 'Langue',
    category: 'Rubrique',
    summary: 'Résumé (une ou deux phrases)',
    body: 'Texte (Markdown)',
    bodyHelp: '# titre, **gras**, - liste. Une ligne vide commence un nouveau paragraphe.',
    export: 'Télécharger le fichier Markdown',
    archive: 'Archiver',
    unarchive: 'Sortir des archives',
    archiveConfirm: 'Archivé, l’article quitte le mini-programme et la liste (il reste dans « Archivé »). Continuer ?',
    archivedNotice: 'Cet article est archivé : le mini-programme ne l’affiche pas.',
    unarchived: 'Sorti des archives. Pour l’afficher dans le mini-programme, cochez « Afficher dans le mini-programme » et enregistrez.',
    fromContent: 'Cet article vient du dossier content/ : un prochain import de contenu remplacera vos changements. Téléchargez le fichier Markdown et donnez-le à la personne technique.',
  },
);

const EMPTY: Pick<AdminArticleDTO, 'slug' | 'lang' | 'category' | 'title' | 'summary' | 'body' | 'listed'> = {
  slug: '',
  lang: 'zh-Hans',
  category: 'health',
  title: '',
  summary: '',
  body: '',
  listed: false,
};

function field(label: string, input: HTMLElement, help?: string): HTMLElement {
  return h('div', { class: 'field', 'data-field': input.id }, h('label', { for: input.id }, label), input, help ? h('p', { class: 'help' }, help) : null);
}

const SLUG_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A slug she need not invent: the title's Latin words when it has some (accents dropped), else the
 * category and a short random id — Chinese titles have no spelling in an address.
 */
export function makeSlug(title: string, category: string): string {
  const latin = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  if (/[a-z0-9].*[a-z0-9].*[a-z0-9]/.test(latin)) return latin;
  const id = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => SLUG_ALPHABET[b % SLUG_ALPHABET.length]).join('');
  return `${category}-${id}`;
}

export const articleEditorPage: Page = {
  route: 'articles/:id',
  async render({ params, go }) {
    let id: string | null = params.id === 'new' ? null : params.id;
    const article = id ? (await call(ADMIN_ROUTES.article, { id })).data : null;
    const draftKey = `article:${params.id}`;
    const kept = takeKept<typeof EMPTY>(draftKey);
    const a = kept ?? article ?? EMPTY;

    const title = h('input', { id: 'title', value: a.title, maxlength: 64 });
    const slug = h('input', { id: 'slug', value: a.slug, maxlength: 60, pattern: '[a-z0-9][a-z0-9-]*', 'data-testid': 'slug' });
    // Filled from the title until she types her own; a saved article keeps the one it has.
    let slugTouched = Boolean(a.slug);
    slug.addEventListener('input', () => (slugTouched = slug.value.trim() !== ''));
    const lang = h('select', { id: 'lang' }, ...WECHAT_LANGS.map((l) => h('option', { value: l, selected: l === a.lang }, common(l))));
    const category = h('select', { id: 'category' }, ...ARTICLE_CATEGORIES.map((c) => h('option', { value: c, selected: c === a.category }, common(c))));
    const summary = h('textarea', { id: 'summary', rows: 2, maxlength: 200, value: a.summary });
    const listed = h('input', { id: 'listed', type: 'checkbox', checked: a.listed });
    // Two separate facts: what the screener says of the saved text, and what WeChat last answered.
    const status = h('span', { class: `badge ${article?.screening ?? ''}`, 'data-testid': 'editor-status' }, article ? common(article.screening) : '');
    const wechatState = h('span', {}, wechatBadge(article?.wechat.status ?? null, h));
    const showWechat = (state: AdminArticleDTO['wechat']['status']) => {
      clear(wechatState);
      wechatState.append(wechatBadge(state, h));
    };
    const heading = h('h1', {}, id ? t('editHeading') : t('newHeading'));
    const message = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'save-message' });
    const labels = { title: t('title'), slug: t('slug'), lang: t('lang'), category: t('category'), summary: t('summary'), body: t('body') };

    let hits: FieldHit[] = [];
    const preview = previewPane();
    const body = highlightedText({ id: 'body', value: a.body, rows: 22, oninput: () => changed() });
    const images = imageDrop({ textarea: body.el.querySelector('textarea')!, dropZone: body.el });
    const inputs: Record<FieldName, { value: string }> = { title, summary, body };
    const panel = hitsPanel({
      replace(group, replacement) {
        for (const f of ['title', 'summary', 'body'] as const) {
          const mine = group.length === 1 ? group.filter((g) => g.field === f) : hits.filter((x) => x.field === f && x.text === group[0].text);
          if (mine.length) inputs[f].value = replaceHits(inputs[f].value, mine, replacement);
        }
        changed(true);
      },
      show(hit) {
        if (hit.field === 'body') body.select(hit);
        else (hit.field === 'title' ? title : summary).focus();
      },
      fields: () => ({ title: title.value, summary: summary.value, body: body.value }),
      target: () => (id ? { type: 'article', id } : null),
      rescreen: () => void rescreen(),
    });

    async function rescreen() {
      const fields = { title: title.value, summary: summary.value, body: body.value };
      try {
        const found = await screenFields(fields, id ? { type: 'article', id } : null);
        if (fields.body !== body.value || fields.title !== title.value || fields.summary !== summary.value) return;
        hits = found;
        body.setHits(hits.filter((x) => x.field === 'body'));
        panel.render(hits);
      } catch (e) {
        message.textContent = explain(e);
      }
    }
    const later = debounce(() => {
      void rescreen();
      void preview.update(title.value, body.value).catch(() => undefined);
    }, 350);
    function changed(now = false) {
      setDirty(true);
      message.textContent = '';
      if (now) {
        void rescreen();
        void preview.update(title.value, body.value).catch(() => undefined);
      } else later();
    }
    const suggestSlug = () => {
      if (!slugTouched) slug.value = makeSlug(title.value, category.value);
    };
    title.addEventListener('input', suggestSlug);
    category.addEventListener('input', () => {
      if (!slugTouched && !/[a-z]{3}/.test(title.value)) slug.value = makeSlug(title.value, category.value);
    });
    for (const input of [title, slug, summary, lang, category, listed]) input.addEventListener('input', () => changed());
    const fieldsNow = () => ({ slug: slug.value.trim(), lang: lang.value as typeof EMPTY.lang, category: category.value as typeof EMPTY.category, title: title.value, summary: summary.value, body: body.value, listed: listed.checked });
    trackDraft(draftKey, fieldsNow);
    if (kept) setDirty(true);
    const autosaved = autosave({
      key: () => `article:${id ?? 'new'}`,
      read: fieldsNow,
      apply(f) {
        title.value = String(f.title ?? '');
        slug.value = String(f.slug ?? '');
        slugTouched = Boolean(slug.value);
        lang.value = String(f.lang ?? 'zh-Hans');
        category.value = String(f.category ?? 'health');
        summary.value = String(f.summary ?? '');
        body.value = String(f.body ?? '');
        listed.checked = f.listed === true;
        changed(true);
      },
      savedAt: article?.updatedAt ?? null,
    });

    async function save(): Promise<AdminArticleDTO> {
      const payload = fieldsNow();
      const saved = id
        ? (await call(ADMIN_ROUTES.articleSave, { id }, payload)).data
        : (await call(ADMIN_ROUTES.articleCreate, {}, payload)).data;
      setDirty(false);
      const before = `article:${id ?? 'new'}`;
      if (!id) {
        history.replaceState(null, '', `#/articles/${saved.id}`);
        trackDraft(`article:${saved.id}`, fieldsNow);
      }
      heading.textContent = t('editHeading');
      id = saved.id;
      status.className = `badge ${saved.screening}`;
      status.textContent = common(saved.screening);
      listed.checked = saved.listed;
      exportButton.hidden = false;
      archiveButton.hidden = false;
      autosaved.saved(before);
      return saved;
    }

    const saveButton = h('button', {
      type: 'button',
      class: 'secondary big',
      'data-testid': 'save',
      onclick: async () => {
        saveButton.disabled = true;
        saveButton.textContent = common('saving');
        try {
          await save();
          clearErrors(form);
          message.className = 'message ok';
          message.textContent = common('saved');
        } catch (e) {
          showError(form, message, e, labels);
        } finally {
          saveButton.disabled = false;
          saveButton.textContent = common('save');
        }
      },
    }, common('save'));
    const exportButton = h('button', {
      type: 'button',
      class: 'quiet',
      onclick: async () => {
        try {
          const file = await download(pathOf(ADMIN_ROUTES.articleExport, { id: String(id) }));
          const link = h('a', { href: URL.createObjectURL(file.blob), download: file.filename });
          link.click();
          setTimeout(() => URL.revokeObjectURL(link.href), 1000);
        } catch (e) {
          message.textContent = explain(e);
        }
      },
    }, t('export'));
    exportButton.hidden = !id;
    let archived = article?.archived ?? false;
    const archivedNotice = h('p', { class: 'notice', 'data-testid': 'archived-notice' }, t('archivedNotice'));
    archivedNotice.hidden = !archived;
    const archiveButton = h('button', {
      type: 'button',
      class: 'quiet',
      'data-testid': 'archive',
      onclick: async () => {
        if (!archived && !confirm(t('archiveConfirm'))) return;
        try {
          const saved = (await call(archived ? ADMIN_ROUTES.articleUnarchive : ADMIN_ROUTES.articleArchive, { id: String(id) })).data;
          archived = saved.archived;
          listed.checked = saved.listed;
          archivedNotice.hidden = !archived;
          archiveButton.textContent = archived ? t('unarchive') : t('archive');
          message.className = 'message ok';
          message.textContent = archived ? t('archivedNotice') : t('unarchived');
        } catch (e) {
          showError(form, message, e, labels);
        }
      },
    }, archived ? t('unarchive') : t('archive'));
    archiveButton.hidden = !id;

    const publish = publishPanel({
      initial: article?.wechat ?? { status: null, url: null, error: null },
      blocked: () => hits.filter((x) => x.level === 'block').length,
      async publish(override) {
        const saved = await save();
        const outcome = (await call(ADMIN_ROUTES.articlePublish, { id: saved.id }, override ? { override } : {})).data;
        const fresh = (await call(ADMIN_ROUTES.article, { id: saved.id })).data;
        status.className = `badge ${fresh.screening}`;
        status.textContent = common(fresh.screening);
        showWechat(fresh.wechat.status);
        // Publishing lists the article in the mini-program; the next save must not unlist it.
        listed.checked = fresh.listed;
        return outcome;
      },
      async markPublished(url) {
        await call(ADMIN_ROUTES.articleMarkPublished, { id: String(id) }, { url });
        listed.checked = true;
        showWechat('published');
      },
    });

    void rescreen();
    void preview.update(title.value, body.value).catch(() => undefined);

    const form = h(
      'div',
      { class: 'editor' },
      h('div', { class: 'page-head' }, h('a', { href: '#/articles', class: 'back', onclick: (e: Event) => { e.preventDefault(); go('articles'); } }, common('back')), heading, status, wechatState),
      autosaved.el,
      article?.source === 'content' ? h('p', { class: 'notice' }, t('fromContent')) : null,
      archivedNotice,
      h(
        'div',
        { class: 'meta-grid card' },
        field(t('title'), title),
        field(t('slug'), slug, t('slugHelp')),
        field(t('lang'), lang),
        field(t('category'), category),
        h('div', { class: 'field wide', 'data-field': 'summary' }, h('label', { for: 'summary' }, t('summary')), summary),
        h('div', { class: 'field wide check' }, listed, h('label', { for: 'listed' }, common('listed'))),
      ),
      h(
        'div',
        { class: 'split' },
        h('div', { class: 'write', 'data-field': 'body' }, h('label', { for: 'body', class: 'strong' }, t('body')), h('p', { class: 'help' }, t('bodyHelp')), body.el, images, panel.el),
        preview.el,
      ),
      h('div', { class: 'actions' }, saveButton, exportButton, archiveButton, message),
      publish,
    );
    return form;
  },
};
