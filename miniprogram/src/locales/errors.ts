import type { ErrorCode } from '@lotus/server/contract/errors';
import type { Lang } from '@lotus/server/contract/lang';

/**
 * What the person reads for each error code the server can answer with (server/src/contract/errors.ts),
 * and for the two the app makes itself. A code added there fails tsc here until it has all three texts.
 */
export type AppErrorCode = ErrorCode | 'network' | 'http_error';

export const ERROR_TEXT: Record<AppErrorCode, Record<Lang, string>> = {
  invalid_request: { 'zh-Hans': '请求有问题，请再试一次', fr: 'La demande n’a pas pu être lue : réessayez.', en: 'The request could not be read: try again.' },
  invalid_json: { 'zh-Hans': '请求有问题，请再试一次', fr: 'La demande n’a pas pu être lue : réessayez.', en: 'The request could not be read: try again.' },
  required: { 'zh-Hans': '还有一项没有填', fr: 'Un champ obligatoire est vide.', en: 'A required field is empty.' },
  too_long: { 'zh-Hans': '写得太长了，请短一点', fr: 'C’est trop long : raccourcissez.', en: 'That is too long: make it shorter.' },
  invalid_choice: { 'zh-Hans': '选项不对，请重新选择', fr: 'Ce choix n’existe pas : choisissez à nouveau.', en: 'That choice does not exist: choose again.' },
  invalid_format: { 'zh-Hans': '格式不对，请检查一下', fr: 'Le format n’est pas le bon : vérifiez.', en: 'That is not written as expected: check it.' },
  out_of_range: { 'zh-Hans': '数字超出范围', fr: 'Le nombre est hors limites.', en: 'The number is out of range.' },
  not_found: { 'zh-Hans': '找不到这个内容', fr: 'Introuvable.', en: 'Not found.' },
  payload_too_large: { 'zh-Hans': '内容太长，发不出去', fr: 'Le texte est trop long pour être envoyé.', en: 'The text is too long to send.' },
  rate_limited: { 'zh-Hans': '操作太频繁，请过一会儿再试', fr: 'Trop de demandes : réessayez dans un moment.', en: 'Too many requests: try again in a while.' },
  db_unavailable: { 'zh-Hans': '服务器暂时出了问题，请过一会儿再试', fr: 'Le serveur a un souci passager : réessayez dans un moment.', en: 'The server has a passing problem: try again in a moment.' },
  internal: { 'zh-Hans': '服务器出了问题，请稍后再试', fr: 'Le serveur a un problème : réessayez plus tard.', en: 'Something went wrong on our side: try again later.' },
  invalid_phone: {
    'zh-Hans': '这不是一个有效的电话号码：像 06 12 34 56 78 这样写，或带国家号 +86 138 0013 8000',
    fr: 'Ce n’est pas un numéro valide : écrivez-le comme 06 12 34 56 78, ou avec l’indicatif, +86 138 0013 8000.',
    en: 'That is not a valid phone number: write it like 06 12 34 56 78, or with its country code, +86 138 0013 8000.',
  },
  invalid_wechat: {
    'zh-Hans': '微信号是6到20个字母、数字、_或-，第一个是字母',
    fr: 'Un identifiant WeChat a 6 à 20 lettres, chiffres, _ ou -, et commence par une lettre.',
    en: 'A WeChat ID is 6 to 20 letters, digits, _ or -, starting with a letter.',
  },
  invalid_plate: {
    'zh-Hans': '这不是一个有效的车牌：法国车牌像 AB-123-CD 或 123 ABC 75',
    fr: 'Ce n’est pas une plaque valide : en France, AB-123-CD ou 123 ABC 75.',
    en: 'That is not a valid plate: French ones look like AB-123-CD or 123 ABC 75.',
  },
  invalid_email: { 'zh-Hans': '这不是一个有效的邮箱，像 name@example.com', fr: 'Ce n’est pas une adresse e-mail valide (nom@exemple.fr).', en: 'That is not a valid email address (name@example.com).' },
  invalid_device: { 'zh-Hans': '小程序数据有问题，请删除小程序后重新打开', fr: 'Les données de l’application sont abîmées : supprimez-la puis rouvrez-la.', en: 'The app’s data is damaged: remove it and open it again.' },
  invalid_month: { 'zh-Hans': '月份不对，请重新选择', fr: 'Le mois n’est pas valable : choisissez à nouveau.', en: 'That month is not valid: choose again.' },
  no_category: { 'zh-Hans': '请至少选一种情况', fr: 'Choisissez au moins une situation.', en: 'Choose at least one situation.' },
  month_in_future: { 'zh-Hans': '不能选还没到的月份', fr: 'Ce mois n’est pas encore arrivé.', en: 'That month has not come yet.' },
  month_too_old: { 'zh-Hans': '这个月份太久了，我们不保存这么早的提醒', fr: 'Ce mois est trop ancien : nous ne gardons pas les signalements aussi vieux.', en: 'That month is too long ago: we do not keep reports that old.' },
  invalid_reference: { 'zh-Hans': '编号不对：是发送时显示的那串字母和数字', fr: 'Ce code n’est pas le bon : c’est celui affiché à l’envoi.', en: 'That is not the code: it is the one shown when you sent it.' },
  report_not_found: { 'zh-Hans': '没有这个编号的提醒：可能已经撤回或过期了', fr: 'Aucun signalement avec ce code : déjà retiré, ou expiré.', en: 'No report has this code: already withdrawn, or expired.' },
  city_not_found: { 'zh-Hans': '没有这个城市，请重新选择', fr: 'Cette ville n’est pas dans l’annuaire : choisissez-en une autre.', en: 'That city is not in the directory: choose another.' },
  article_not_found: { 'zh-Hans': '找不到这篇文章', fr: 'Cet article est introuvable.', en: 'This article cannot be found.' },
  unauthorized: { 'zh-Hans': '请先登录', fr: 'Connectez-vous d’abord.', en: 'Please log in first.' },
  forbidden: { 'zh-Hans': '你没有权限这样做', fr: 'Vous n’avez pas le droit de faire cela.', en: 'You are not allowed to do this.' },
  session_expired: { 'zh-Hans': '登录已过期，请重新登录', fr: 'Votre session a expiré : reconnectez-vous.', en: 'Your session has expired: log in again.' },
  csrf: { 'zh-Hans': '页面过期了，请刷新后再试', fr: 'La page est périmée : rechargez-la et réessayez.', en: 'The page is out of date: reload it and try again.' },
  account_locked: { 'zh-Hans': '登录失败太多次，账号暂时锁定', fr: 'Trop d’échecs de connexion : compte bloqué pour un moment.', en: 'Too many failed logins: the account is locked for a while.' },
  conflict: { 'zh-Hans': '已经有一样的内容了', fr: 'Cela existe déjà.', en: 'This already exists.' },
  blocked: { 'zh-Hans': '还有被屏蔽的词，不能发布', fr: 'Publication refusée : des mots bloqués restent.', en: 'Publishing refused: blocked words remain.' },
  wechat: { 'zh-Hans': '微信拒绝了这个请求', fr: 'WeChat a refusé la demande.', en: 'WeChat refused the request.' },
  wechat_not_configured: { 'zh-Hans': '服务器还没有设置微信', fr: 'WeChat n’est pas configuré sur le serveur.', en: 'WeChat is not configured on the server.' },
  not_configured: { 'zh-Hans': '服务器还没有设置这项功能', fr: 'Cette fonction n’est pas configurée sur le serveur.', en: 'This feature is not set up on the server.' },
  account_not_found: { 'zh-Hans': '没有这个账号', fr: 'Ce compte n’existe pas.', en: 'There is no such account.' },
  last_admin: { 'zh-Hans': '这是最后一个管理员账号', fr: 'C’est le dernier compte administrateur.', en: 'This is the last admin account.' },
  username_taken: { 'zh-Hans': '这个账号名已经有了', fr: 'Ce nom de compte existe déjà.', en: 'This account name already exists.' },
  slug_taken: { 'zh-Hans': '已经有同名的文章了', fr: 'Un article porte déjà ce nom.', en: 'An article already has this name.' },
  key_taken: { 'zh-Hans': '已经有同名的通知了', fr: 'Une annonce porte déjà ce nom.', en: 'An update already has this name.' },
  update_not_found: { 'zh-Hans': '找不到这条通知', fr: 'Cette annonce est introuvable.', en: 'This update cannot be found.' },
  invalid_date: { 'zh-Hans': '日期不对，请重新选择', fr: 'Cette date n’existe pas : choisissez à nouveau.', en: 'That date does not exist: choose again.' },
  date_too_far: { 'zh-Hans': '日期离今天太远了', fr: 'Cette date est trop loin d’aujourd’hui.', en: 'That date is too far from today.' },
  dates_out_of_order: { 'zh-Hans': '结束日期在开始日期之前', fr: 'La fin vient avant le début.', en: 'The end comes before the start.' },
  already_expired: { 'zh-Hans': '结束日期已经过去了', fr: 'La date de fin est déjà passée.', en: 'The end date is already past.' },
  update_expired: { 'zh-Hans': '这条通知已经过期了', fr: 'Cette annonce a expiré.', en: 'This update has expired.' },
  not_wechat_link: { 'zh-Hans': '这不是公众号文章的链接', fr: 'Ce n’est pas l’adresse d’un article du compte officiel.', en: 'That is not the address of an article of the official account.' },
  flyer_not_found: { 'zh-Hans': '找不到这张传单', fr: 'Ce flyer est introuvable.', en: 'This flyer cannot be found.' },
  flyer_code_taken: { 'zh-Hans': '这个传单代号已经用过了', fr: 'Ce code de flyer est déjà pris.', en: 'This flyer code is already taken.' },
  invalid_flyer_code: { 'zh-Hans': '传单代号只能用小写字母和数字', fr: 'Un code de flyer n’a que des minuscules et des chiffres.', en: 'A flyer code has only lowercase letters and digits.' },
  scene_too_long: { 'zh-Hans': '传单代号太长了', fr: 'Ce code de flyer est trop long.', en: 'This flyer code is too long.' },
  flyer_private_address: { 'zh-Hans': '这个二维码打开的地址手机访问不了', fr: 'Ce QR code ouvre une adresse qu’un téléphone ne peut pas joindre.', en: 'This QR code opens an address a phone cannot reach.' },
  image_too_large: { 'zh-Hans': '图片太大了', fr: 'L’image est trop lourde.', en: 'The image is too large.' },
  image_type: { 'zh-Hans': '图片只能是 JPG 或 PNG', fr: 'L’image doit être un JPG ou un PNG.', en: 'The image must be a JPG or PNG.' },
  image_not_found: { 'zh-Hans': '找不到这张图片', fr: 'Cette image est introuvable.', en: 'This image cannot be found.' },
  reply_window_closed: { 'zh-Hans': '已超过 48 小时，暂时不能回复', fr: 'Plus de 48 heures : réponse impossible pour l’instant.', en: 'More than 48 hours: no reply possible for now.' },
  reply_limit: { 'zh-Hans': '回复次数已满', fr: 'Trop de réponses de suite.', en: 'Too many replies in a row.' },
  media_expired: { 'zh-Hans': '这条语音或图片已过期', fr: 'Ce message vocal ou cette image a expiré.', en: 'This voice message or image has expired.' },
  digest_not_found: { 'zh-Hans': '找不到这份周报', fr: 'Ce récapitulatif est introuvable.', en: 'This digest cannot be found.' },
  digest_not_approved: { 'zh-Hans': '周报还没有确认', fr: 'Le récapitulatif n’est pas encore approuvé.', en: 'The digest is not approved yet.' },
  digest_not_published: { 'zh-Hans': '请先发布周报', fr: 'Publiez d’abord le récapitulatif.', en: 'Publish the digest first.' },
  mass_already_sent: { 'zh-Hans': '已经通知过关注者', fr: 'Les abonnés ont déjà été prévenus.', en: 'Followers were already notified.' },
  mass_quota_exhausted: { 'zh-Hans': '本月的群发次数已用完', fr: 'Plus d’envoi groupé possible ce mois-ci.', en: 'No mass message left this month.' },
  network: { 'zh-Hans': '没有网络，请连上网络再试', fr: 'Pas de réseau : reconnectez-vous et réessayez.', en: 'No network: reconnect and try again.' },
  http_error: { 'zh-Hans': '服务器没有回应，请稍后再试', fr: 'Le serveur ne répond pas : réessayez plus tard.', en: 'The server did not answer: try again later.' },
};

/** The person's sentence for an error; a code this build does not know yet reads as a generic failure. */
export function errorText(code: string, lang: Lang): string {
  const known = ERROR_TEXT[code as AppErrorCode];
  return (known ?? ERROR_TEXT.http_error)[lang];
}
