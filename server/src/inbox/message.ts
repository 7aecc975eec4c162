import type { InboxKind } from '../contract/admin';

/**
 * What is kept of one WeChat message, sealed as JSON in `body_sealed`. Only the fields a mediator
 * reads; WeChat's envelope (ToUserName, CreateTime…) is dropped.
 */
export interface InboxBody {
  text?: string;
  mediaId?: string;
  /** Voice: WeChat's format (amr, speex) and its own transcription when the account has it on. */
  format?: string;
  recognition?: string;
  picUrl?: string;
  location?: { lat: number; lng: number; label: string };
  link?: { title: string; description: string; url: string };
  event?: string;
  /** Our reply: an image sent as WeChat media. */
  imageMediaId?: string;
}

export function kindOf(msgType: string): InboxKind {
  return (['text', 'voice', 'image', 'location', 'link', 'event', 'video'] as const).find((k) => k === msgType) ?? (msgType === 'shortvideo' ? 'video' : 'other');
}

export function bodyOf(m: Record<string, string>): InboxBody {
  switch (m.MsgType) {
    case 'text':
      return { text: m.Content ?? '' };
    case 'voice':
      return { mediaId: m.MediaId, format: m.Format, recognition: m.Recognition || undefined };
    case 'image':
      return { mediaId: m.MediaId, picUrl: m.PicUrl };
    case 'location':
      return { location: { lat: Number(m.Location_X), lng: Number(m.Location_Y), label: m.Label ?? '' } };
    case 'link':
      return { link: { title: m.Title ?? '', description: m.Description ?? '', url: m.Url ?? '' } };
    case 'event':
      return { event: (m.Event ?? '').toLowerCase() };
    default:
      return { mediaId: m.MediaId };
  }
}

/** The words of a message the crisis list is matched against. */
export function searchableText(body: InboxBody): string {
  return [body.text, body.recognition, body.link?.title, body.link?.description, body.location?.label].filter(Boolean).join('\n');
}
