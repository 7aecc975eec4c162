import type { AppDeps } from '../context';
import { imageSources, renderForWechat } from '../render/wechat';
import { neutralCover } from './cover';
import { WechatError } from './errors';
import { accountGateway, type DraftArticle, type WechatGateway } from './gateway';
import { loadImage } from './images';
import { UploadedImage } from '../entities';
import { uploadedImageId } from '../commands/imageUpload';

export type PublishOutcome =
  | { status: 'published'; url: string; mediaId: string }
  /** 48001: the account may not publish through the API; the draft waits in its draft box. */
  | { status: 'draft'; mediaId: string; message: string }
  | { status: 'failed'; code: string; message: string };

export interface ArticleToPublish {
  title: string;
  summary: string;
  markdown: string;
  author?: string;
  /** The WeChat draft made by an earlier attempt: updated rather than duplicated. */
  mediaId?: string | null;
}

export interface PublishOptions {
  /** WeChat publishes asynchronously; its status is polled this often, this many times. */
  pollIntervalMs?: number;
  pollAttempts?: number;
}

export const TITLE_MAX = 32;
export const CONTENT_MAX = 20_000;
const DIGEST_MAX = 120;
const AUTHOR_MAX = 16;

/** English for API users; the console words the draft-box state in the mediator's own language. */
export const DRAFT_MESSAGE =
  'In the WeChat draft box: press Publish at mp.weixin.qq.com (this account may not publish through the API), then mark the article published with its URL.';

const chars = (text: string) => [...text].length;
const clip = (text: string, max: number) => (chars(text) <= max ? text : `${[...text].slice(0, max - 1).join('')}…`);

/** An image dropped into the console (stored in the database), else one loadImage() finds. */
async function imageBytes(deps: AppDeps, src: string): Promise<{ bytes: Buffer; filename: string }> {
  const id = uploadedImageId(src);
  if (!id) return loadImage(src, deps.config.CONTENT_DIR);
  const image = await deps.db.dataSource.getRepository(UploadedImage).findOne({ where: { id } });
  if (!image) throw new WechatError('invalid_image', 'An image of the article was uploaded to the console and is no longer there: upload it again.');
  return { bytes: Buffer.from(image.bytes), filename: `${id}.${image.contentType === 'image/png' ? 'png' : 'jpg'}` };
}

async function uploadImages(deps: AppDeps, gateway: WechatGateway, markdown: string): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const src of imageSources(markdown)) {
    const { bytes, filename } = await imageBytes(deps, src);
    urls.set(src, (await gateway.uploadImage(bytes, filename)).url);
  }
  return urls;
}

async function saveDraft(gateway: WechatGateway, article: DraftArticle, mediaId: string | null | undefined): Promise<string> {
  if (mediaId) {
    try {
      await gateway.updateDraft(mediaId, 0, article);
      return mediaId;
    } catch (e) {
      // Deleted from the draft box at mp.weixin.qq.com since: make a new one.
      if (!(e instanceof WechatError && e.errcode === 40007)) throw e;
    }
  }
  return (await gateway.addDraft([article])).mediaId;
}

async function waitForUrl(gateway: WechatGateway, publishId: string, mediaId: string, options: PublishOptions): Promise<PublishOutcome> {
  const { pollIntervalMs = 2000, pollAttempts = 30 } = options;
  for (let attempt = 0; attempt < pollAttempts; attempt++) {
    const status = await gateway.getPublishStatus(publishId);
    if (status.state === 'published') return { status: 'published', url: status.url, mediaId };
    if (status.state === 'failed') return { status: 'failed', code: 'publish_failed', message: `WeChat did not publish the article: ${status.reason}.` };
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
  }
  return {
    status: 'failed',
    code: 'publish_pending',
    message: 'WeChat is still publishing the article. Check mp.weixin.qq.com in a few minutes, then mark it published with its URL.',
  };
}

/**
 * Renders the article for WeChat, uploads its images and a cover, saves it as a draft and publishes
 * it. Never throws for WeChat's reasons: every outcome is a value with a message for the mediator.
 * Without the account's credentials it throws WechatNotConfiguredError (accountGateway).
 */
export async function publishToWechat(deps: AppDeps, article: ArticleToPublish, options: PublishOptions = {}): Promise<PublishOutcome> {
  const gateway = accountGateway(deps);
  const title = article.title.trim();
  if (!title) return { status: 'failed', code: 'title_missing', message: 'The article needs a title.' };
  if (chars(title) > TITLE_MAX) {
    return { status: 'failed', code: 'title_too_long', message: `The title has ${chars(title)} characters; WeChat takes at most ${TITLE_MAX}. Shorten it.` };
  }
  try {
    const content = renderForWechat(article.markdown, await uploadImages(deps, gateway, article.markdown));
    if (content.length >= CONTENT_MAX) {
      return {
        status: 'failed',
        code: 'content_too_long',
        message: `Formatted for WeChat the article takes ${content.length} characters; WeChat takes fewer than ${CONTENT_MAX}. Shorten it or split it into two articles.`,
      };
    }
    const cover = await gateway.addThumb(neutralCover(), 'cover.png');
    const draft: DraftArticle = {
      title,
      digest: clip(article.summary.trim(), DIGEST_MAX),
      content,
      thumb_media_id: cover.mediaId,
      need_open_comment: 0,
      ...(article.author?.trim() ? { author: clip(article.author.trim(), AUTHOR_MAX) } : {}),
    };
    const mediaId = await saveDraft(gateway, draft, article.mediaId);
    let publishId: string;
    try {
      publishId = (await gateway.submitPublish(mediaId)).publishId;
    } catch (e) {
      if (e instanceof WechatError && e.errcode === 48001) return { status: 'draft', mediaId, message: DRAFT_MESSAGE };
      throw e;
    }
    return await waitForUrl(gateway, publishId, mediaId, options);
  } catch (e) {
    if (!(e instanceof WechatError)) throw e;
    // The code only: never the article, nor WeChat's message (it can quote what was sent).
    deps.logger.warn({ code: e.code, errcode: e.errcode }, 'wechat publish failed');
    return { status: 'failed', code: e.code, message: e.message };
  }
}
