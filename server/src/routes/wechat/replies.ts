import path from 'node:path';
import { z } from 'zod';
import { loadYaml } from '../../content/yaml';

/** The auto-replies' texts live in content/wechat-replies.yaml, where CI screens them. */
const LANGS = ['zh-Hans', 'fr'] as const;
type ReplyLang = (typeof LANGS)[number];
const TOPICS = ['directory', 'check', 'emergency'] as const;
type Topic = (typeof TOPICS)[number];

const Texts = z.object({ 'zh-Hans': z.string().min(1), fr: z.string().min(1) });
const Link = z.object({ page: z.string().regex(/^pages\/[\w/-]+$/, 'must be a mini-program page such as pages/home/index'), label: Texts });
const Words = z.object({ 'zh-Hans': z.array(z.string().min(1)), fr: z.array(z.string().min(1)) });
const RepliesSchema = z.object({
  links: z.object({ home: Link, directory: Link, check: Link, emergency: Link }),
  keywords: z.object({ directory: Words, check: Words, emergency: Words }),
  replies: z.object({ welcome: Texts, directory: Texts, check: Texts, emergency: Texts, received: Texts, afterHours: Texts, noHours: Texts }),
});
export type Replies = z.infer<typeof RepliesSchema>;
type LinkName = keyof Replies['links'];

export function loadReplies(contentDir: string): Replies {
  return loadYaml(path.join(contentDir, 'wechat-replies.yaml'), RepliesSchema);
}

/** Lower case without accents, so "Vérifier", "VERIFIER" and "vérifier" are one word. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export interface LinkTarget {
  /** Set: the link opens the mini-program page inside WeChat. */
  miniprogramAppid?: string;
  /** The web (H5) version, for WeChat versions or places that cannot open the mini-program. */
  h5Url: string;
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function link(replies: Replies, name: LinkName, lang: ReplyLang, target: LinkTarget): string {
  const { page, label } = replies.links[name];
  const href = new URL(target.h5Url);
  href.hash = `/${page}`;
  const mp = target.miniprogramAppid
    ? ` data-miniprogram-appid="${escapeAttr(target.miniprogramAppid)}" data-miniprogram-path="${escapeAttr(page)}"`
    : '';
  return `<a href="${escapeAttr(href.toString())}"${mp}>${label[lang]}</a>`;
}

function fill(replies: Replies, text: string, lang: ReplyLang, target: LinkTarget): string {
  return text.replace(/\{(home|directory|check|emergency)\}/g, (_, name: LinkName) => link(replies, name, lang, target));
}

function topicOf(replies: Replies, message: string): { topic: Topic; lang: ReplyLang } | null {
  const text = fold(message);
  for (const topic of TOPICS) {
    for (const lang of LANGS) {
      if (replies.keywords[topic][lang].some((word) => text.includes(fold(word)))) return { topic, lang };
    }
  }
  return null;
}

/** Latin letters and no Chinese: a French speaker, most likely. Everything else is answered in Chinese. */
const guessLang = (message: string): ReplyLang => (/\p{Script=Han}/u.test(message) || !/[a-z]/i.test(message) ? 'zh-Hans' : 'fr');

/** Whether a person reads the inbox now, and if not when one next will ("周二 10:00"), in each language. */
export type Presence = { now: true } | { now: false; next: Record<ReplyLang, string> | null };

/** The truth about who reads her message: someone soon, or when, and whom to call meanwhile. */
export function receivedReply(replies: Replies, presence: Presence, lang: ReplyLang, target: LinkTarget): string {
  if (presence.now) return fill(replies, replies.replies.received[lang], lang, target);
  if (!presence.next) return fill(replies, replies.replies.noHours[lang], lang, target);
  return fill(replies, replies.replies.afterHours[lang].replace('{next}', presence.next[lang]), lang, target);
}

/**
 * A keyword for the directory or the check gets its link, as before. Anything else is kept for the
 * mediators and answered with the truth about when a person reads it; danger words get the numbers first.
 */
export function textReply(replies: Replies, message: string, target: LinkTarget, presence: Presence): string {
  const match = topicOf(replies, message);
  if (match && match.topic !== 'emergency') return fill(replies, replies.replies[match.topic][match.lang], match.lang, target);
  const lang = match?.lang ?? guessLang(message);
  const received = receivedReply(replies, presence, lang, target);
  return match ? `${fill(replies, replies.replies.emergency[lang], lang, target)}\n${received}` : received;
}

export function welcomeReply(replies: Replies, target: LinkTarget): string {
  return LANGS.map((lang) => fill(replies, replies.replies.welcome[lang], lang, target)).join('\n\n');
}
