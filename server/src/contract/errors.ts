import type { ScreenHit } from './admin';

/**
 * Every error code the API can answer with: the one catalogue clients translate. `AppError` only takes
 * an `ErrorCode`, so a code missing here cannot be thrown; the mini-program's locales need a sentence for
 * each (a test checks zh-Hans, fr and en), and the console translates them too.
 *
 * To add one: a line here with the English sentence curl users read, then its text in
 * `miniprogram/src/locales/{zh-Hans,fr,en}.ts` (`errors`) — tsc says where it is missing.
 */
export const ERROR_CODES = {
  // Any request
  invalid_request: 'The request could not be read',
  invalid_json: 'The request body is not valid JSON',
  required: 'A required field is missing',
  too_long: 'A field is too long',
  invalid_choice: 'A field is not one of the accepted values',
  invalid_format: 'A field is not written as expected',
  out_of_range: 'A number is out of range',
  not_found: 'Not found',
  payload_too_large: 'The request is too large',
  rate_limited: 'Too many requests: try again later',
  db_unavailable: 'The database is not reachable; try again in a moment',
  internal: 'Something went wrong on our side; please try again later',
  // Checks and reports (the mini-program)
  invalid_phone: 'value is not a phone number we recognise: write it like 06 12 34 56 78, or with its country code like +86 138 0013 8000',
  invalid_wechat: 'value is not a WeChat ID: 6 to 20 letters, digits, _ or -, starting with a letter',
  invalid_plate: 'value is not a licence plate: write it like AB-123-CD or 123 ABC 75, or as 2 to 10 letters and digits for other countries',
  invalid_email: 'value is not an email address: write it like name@example.com',
  invalid_device: 'device must be 16 to 64 letters, digits, _ or -',
  invalid_month: 'month must be written YYYY-MM',
  no_category: 'categories must name at least one category',
  month_in_future: 'month cannot be in the future',
  month_too_old: 'month is older than the reports we keep',
  invalid_reference: 'reference must be the code shown when the report was sent, like 7KQM-3XPA-9D2F-H8RT-C4WN',
  report_not_found: 'No report has this reference: it may have been withdrawn already or have expired',
  // Directory and articles
  city_not_found: 'There is no such city in the directory',
  article_not_found: 'There is no such article',
  // The console
  unauthorized: 'Please log in first',
  wrong_password: 'Wrong username or password',
  forbidden: 'You are not allowed to do this',
  session_expired: 'Your session has expired: please log in again',
  csrf: 'Missing or wrong X-CSRF-Token: reload the page and try again',
  account_locked: 'Too many failed logins: this account is locked for a while',
  conflict: 'This conflicts with something that already exists',
  blocked: 'Publishing is refused while blocked words remain',
  wechat: 'WeChat refused the request',
  wechat_not_configured: 'WeChat is not configured',
  lang_not_for_wechat: 'This language does not go to WeChat: only Chinese, French and English texts are screened for it',
  not_configured: 'This feature is not set up on the server',
  account_not_found: 'There is no such account',
  last_admin: 'This is the last active admin account',
  username_taken: 'This account name already exists',
  // The console: articles, updates, publishing, flyers, images
  slug_taken: 'An article with this slug already exists in this language',
  key_taken: 'An update with this key already exists in this language',
  update_not_found: 'There is no such update',
  invalid_date: 'must be a real calendar day written YYYY-MM-DD',
  date_too_far: 'A date is more than a year away',
  dates_out_of_order: 'The last day comes before the first day',
  already_expired: 'The last day is already past: the update would never show',
  update_expired: 'This update has expired: confirm to publish it anyway',
  not_wechat_link: 'url must be the address of the published article at mp.weixin.qq.com (https://mp.weixin.qq.com/s/…)',
  flyer_not_found: 'There is no such flyer',
  flyer_code_taken: 'This flyer code is already used',
  invalid_flyer_code: 'A flyer code takes 1 to 12 lowercase letters or digits',
  scene_too_long: 'The flyer code makes the scene longer than WeChat takes',
  flyer_private_address: 'The flyer code would open an address phones cannot reach',
  image_too_large: 'The image is too large',
  image_type: 'The image must be a JPG or PNG file',
  image_not_found: 'There is no such image',
  // The console: inbox
  reply_window_closed: 'WeChat accepts a reply only within 48 hours of her last message',
  reply_limit: 'WeChat accepts at most 20 replies until she writes again',
  media_expired: 'WeChat no longer keeps this voice or image (3 days) and no copy was kept',
  // The console: weekly digest and mass messages
  digest_not_found: 'There is no such digest',
  digest_not_approved: 'A mediator must approve the digest before it is published',
  digest_not_published: 'Publish the digest before notifying followers',
  mass_already_sent: 'Followers were already notified of this digest',
  mass_quota_exhausted: 'The account has used every mass message allowed this month',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];

/**
 * Every error the API returns has this shape; `code` is stable, `field` names the input concerned, `message` is English for a person.
 * Any further detail goes inside `error`, never beside it: a console reply refused by the screener carries its `hits`.
 */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; field?: string; hits?: ScreenHit[] };
}
