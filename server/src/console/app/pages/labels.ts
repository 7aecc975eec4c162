import { ARTICLE_CATEGORIES } from '../../../contract/vocab';
import { messages } from '../i18n';

export { ARTICLE_CATEGORIES };

/** Words shared by several pages. */
export const common = messages(
  {
    draft: '草稿',
    blocked: '有拦截词',
    clear: '已检查',
    'zh-Hans': '中文',
    fr: '法语',
    en: '英语',
    es: '西班牙语',
    pt: '葡萄牙语',
    ro: '罗马尼亚语',
    bg: '保加利亚语',
    news: '新闻',
    rights: '权利',
    insurance: '医保',
    health: '健康',
    emergency: '紧急',
    safety: '安全',
    about: '关于我们',
    history: '历史',
    content: '内容文件',
    console: '后台',
    save: '保存草稿',
    saving: '正在保存…',
    saved: '已保存。',
    back: '← 返回列表',
    loading: '正在加载…',
    live: '正在显示',
    scheduled: '待显示',
    expired: '已过期',
    listed: '在小程序中显示',
    lang: '语言',
    inDraftBox: '在公众号草稿箱，等待发表',
    wxPublished: '已发表',
    wxFailed: '发布失败',
    archived: '已归档',
    allCities: '全部城市',
  },
  {
    draft: 'Brouillon',
    blocked: 'Mots bloqués',
    clear: 'Vérifié',
    'zh-Hans': 'Chinois',
    fr: 'Français',
    en: 'Anglais',
    es: 'Espagnol',
    pt: 'Portugais',
    ro: 'Roumain',
    bg: 'Bulgare',
    news: 'Actualités',
    rights: 'Droits',
    insurance: 'Assurance maladie',
    health: 'Santé',
    emergency: 'Urgence',
    safety: 'Sécurité',
    about: 'À propos',
    history: 'Histoire',
    content: 'Fichier content/',
    console: 'Console',
    save: 'Enregistrer le brouillon',
    saving: 'Enregistrement…',
    saved: 'Enregistré.',
    back: '← Retour à la liste',
    loading: 'Chargement…',
    live: 'Affichée',
    scheduled: 'À venir',
    expired: 'Expirée',
    listed: 'Afficher dans le mini-programme',
    lang: 'Langue',
    inDraftBox: 'Dans les brouillons du compte, à publier',
    wxPublished: 'Publié',
    wxFailed: 'Échec',
    archived: 'Archivé',
    allCities: 'Toutes les villes',
  },
);

/** A piece's state on the official account, as a badge (a dash when never sent). */
export function wechatBadge(status: 'draft' | 'published' | 'failed' | null, h: (tag: 'span', attrs: Record<string, string>, text: string) => HTMLElement): HTMLElement | string {
  if (!status) return '—';
  const text = status === 'draft' ? common('inDraftBox') : status === 'published' ? common('wxPublished') : common('wxFailed');
  return h('span', { class: `badge ${status === 'draft' ? 'warn' : status}`, 'data-testid': 'wechat-state' }, text);
}
