import { ERROR_CODES, type ErrorCode } from './contract/errors';
import type { Hit } from './screen/screener';

/**
 * The errors a client can see. `code` comes from the catalogue in contract/errors.ts (clients translate
 * it), `field` names the input concerned, `message` tells a person reading English what to do.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string = ERROR_CODES[code],
    readonly headers: Record<string, string> = {},
    readonly field?: string,
  ) {
    super(message);
  }
}

interface Coded {
  code?: ErrorCode;
  field?: string;
}

export const ValidationError = (message: string, { code = 'invalid_request', field }: Coded = {}) =>
  new AppError(400, code, message, {}, field);
export const NotFoundError = (message = 'Not found', { code = 'not_found', field }: Coded = {}) =>
  new AppError(404, code, message, {}, field);
export const UnauthorizedError = (message = 'Please log in first') => new AppError(401, 'unauthorized', message);
export const ForbiddenError = (message = 'You are not allowed to do this') => new AppError(403, 'forbidden', message);
export const ConflictError = (message: string) => new AppError(409, 'conflict', message);
export const PayloadTooLargeError = (message = 'The request is too large') => new AppError(413, 'payload_too_large', message);
export const RateLimitedError = (retryAfterSeconds: number) =>
  new AppError(429, 'rate_limited', `Too many requests: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`, {
    'Retry-After': String(Math.ceil(retryAfterSeconds)),
  });
export const DatabaseUnavailableError = (message = 'The database is not reachable; try again in a moment') =>
  new AppError(503, 'db_unavailable', message);

// The console: signing in
export const WrongPasswordError = () => new AppError(401, 'wrong_password', 'Wrong username or password');
/** The same for a name that exists and one that does not: the answer must not say which. */
export const TooManyLoginsError = (retryAfterMs: number) => {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new AppError(429, 'rate_limited', `Too many failed logins for this name from this address: try again in ${minutes} minute(s), or ask an admin to unlock it`, {
    'Retry-After': String(Math.ceil(retryAfterMs / 1000)),
  });
};
export const SessionExpiredError = () => new AppError(401, 'session_expired', 'Your session has expired: please log in again');
export const CsrfError = () => new AppError(403, 'csrf', 'Missing or wrong X-CSRF-Token: reload the page and try again');

// The console: accounts
export const AccountNotFoundError = () => NotFoundError('There is no such account', { code: 'account_not_found' });
export const LastAdminError = () =>
  new AppError(409, 'last_admin', 'This is the last active admin account: make another account admin first, or the console has nobody to manage it');
export const UsernameTakenError = (username: string) => new AppError(409, 'username_taken', `The account "${username}" already exists`, {}, 'username');

// The console: articles, updates, publishing
export const ArticleNotFoundError = () => NotFoundError('There is no such article', { code: 'article_not_found' });
export const SlugTakenError = (slug: string, lang: string) => new AppError(409, 'slug_taken', `An article "${slug}" in ${lang} already exists`, {}, 'slug');
export const UpdateNotFoundError = () => NotFoundError('There is no such update', { code: 'update_not_found' });
export const KeyTakenError = (key: string, lang: string) => new AppError(409, 'key_taken', `An update "${key}" in ${lang} already exists`, {}, 'key');
export const UpdateExpiredError = (day: string) =>
  new AppError(409, 'update_expired', `This update stopped showing after ${day}: send expired: true to publish it anyway`);
export const WechatNotConfiguredError = () =>
  new AppError(409, 'wechat_not_configured', 'WeChat is not configured: set WECHAT_APPID, WECHAT_SECRET');
export const LangNotForWechatError = (lang: string) =>
  new AppError(409, 'lang_not_for_wechat', `A text in ${lang} is not published to WeChat: the screener only knows Chinese, French and English, so it goes to the web app only`);
export const BlockedError = (count: number) =>
  new AppError(
    409,
    'blocked',
    `Publishing is refused: ${count} blocked word(s) remain. Replace them, or publish anyway with a written reason.`,
  );
/** WeChat's refusal, written for a mediator, rather than a 500. */
export const WechatRefusedError = (message: string) => new AppError(502, 'wechat', message);

// The console: flyers and images
export const FlyerCodeTakenError = (message: string) => new AppError(409, 'flyer_code_taken', message, {}, 'code');
export const PrivateAddressError = (url: string) =>
  new AppError(
    409,
    'flyer_private_address',
    `The code would open ${url}, which a phone cannot reach: set H5_URL to the public address of the H5 build (or MINIPROGRAM_APPID and MINIPROGRAM_SECRET), or ask for a test print`,
  );
export const ImageTooLargeError = (size: number) =>
  new AppError(413, 'image_too_large', `The image is ${(size / 1024 / 1024).toFixed(1)} MB; WeChat takes 1 MB at most: make it smaller (a screenshot often is)`, {}, 'image');
export const ImageTypeError = () => new AppError(400, 'image_type', 'The image must be a JPG or PNG file', {}, 'image');

// The console: inbox
export const ReplyImageTooLargeError = () => new AppError(413, 'image_too_large', 'The image is larger than 2 MB: send a smaller one.');
/** Answers 415 (the body itself is the image, not a form field). */
export const ReplyImageTypeError = () => new AppError(415, 'image_type', 'The image must be a JPG or PNG file.');
/** A reply the screener blocks: carries the hits so the console can show them. */
export class ReplyBlockedError extends AppError {
  constructor(readonly hits: Hit[]) {
    const first = hits[0];
    const instead = first.suggest.length ? ` Write ${first.suggest.map((s) => `“${s}”`).join(' or ')} instead.` : ' Rewrite it.';
    super(422, 'blocked', `The reply is not sent: “${first.text}” is blocked on WeChat.${instead}`);
  }
}
export const MediaExpiredError = () =>
  new AppError(410, 'media_expired', 'WeChat keeps a voice or image 3 days and this one was not opened in time: it is gone.');
export const ReplyLimitError = (message: string) => new AppError(409, 'reply_limit', message);
export const ReplyWindowClosedError = () =>
  new AppError(409, 'reply_window_closed', 'WeChat accepts a reply only within 48 hours of her last message, and that time has passed: the reply can be sent once she writes again.');

// The console: description alerts
export const DescriptionAlertNotFoundError = () => NotFoundError('No description alert has this id: it may have been rejected or have expired');
/** The approved text is shown in WeChat: a block-level word must be rewritten first. */
export const DescriptionBlockedError = (words: string[]) =>
  new AppError(409, 'blocked', `Approval refused: the text holds ${words.length} blocked word(s) (${words.join(', ')}). Rewrite them and approve again.`, {}, 'text');

// The console: weekly digest and mass messages
export const DigestNotFoundError = () => NotFoundError('There is no such digest', { code: 'digest_not_found' });
export const DigestNotApprovedError = () =>
  new AppError(409, 'digest_not_approved', 'A mediator must approve the digest (POST …/approve) before it is published');
export const DigestNotPublishedError = () =>
  new AppError(409, 'digest_not_published', 'Publish the digest on the account before notifying followers');
export const MassAlreadySentError = () => new AppError(409, 'mass_already_sent', 'Followers were already notified of this digest');
export const MassQuotaExhaustedError = (limit: number, month: string) =>
  new AppError(409, 'mass_quota_exhausted', `The account has sent its ${limit} mass message(s) allowed for ${month} (WECHAT_MASS_PER_MONTH): followers can be notified again next month`);

// The mini-program: city alerts by WeChat message
export const SubscriptionsNotConfiguredError = () => new AppError(503, 'not_configured', 'City alerts by WeChat message are not set up on this server');
export const WechatUnreachableError = () => new AppError(503, 'wechat', 'WeChat could not be reached: try again in a moment');

// The official account's webhook
export const WebhookNotConfiguredError = () =>
  new AppError(503, 'not_configured', 'The official-account webhook is not set up: WECHAT_TOKEN is empty.');
