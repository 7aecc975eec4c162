import { messages } from './i18n';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter: number | null,
  ) {
    super(message);
  }
}

const t = messages(
  {
    unauthorized: '请先登录。',
    session_expired: '登录已过期，请重新登录。',
    wrong_password: '用户名或密码错误。',
    account_locked: '登录失败次数过多，账户已锁定。请 {minutes} 分钟后再试。',
    csrf: '页面已过期，请刷新页面后再试。',
    forbidden: '您没有权限执行此操作。',
    wechat_not_configured: '公众号尚未配置（需要设置 WECHAT_APPID 和 WECHAT_SECRET）。请联系技术人员。',
    blocked: '还有被拦截的词语，不能发布。请替换它们，或写明理由后仍然发布。',
    network: '无法连接服务器，请检查网络后再试。',
    internal: '服务器出错了，请稍后再试。',
  },
  {
    unauthorized: 'Connectez-vous d’abord.',
    session_expired: 'Votre session a expiré : reconnectez-vous.',
    wrong_password: 'Nom d’utilisateur ou mot de passe incorrect.',
    account_locked: 'Trop d’essais manqués : le compte est bloqué. Réessayez dans {minutes} minute(s).',
    csrf: 'La page n’est plus à jour : rechargez-la et réessayez.',
    forbidden: 'Vous n’avez pas le droit de faire cela.',
    wechat_not_configured: 'Le compte officiel n’est pas configuré (WECHAT_APPID et WECHAT_SECRET). Contactez la personne technique.',
    blocked: 'Des mots bloqués restent : publication refusée. Remplacez-les, ou publiez quand même en écrivant la raison.',
    network: 'Le serveur ne répond pas : vérifiez la connexion et réessayez.',
    internal: 'Erreur du serveur : réessayez un peu plus tard.',
  },
);

/** The sentence to show a mediator for an error: ours when we know the code, the server's otherwise. */
export function explain(e: unknown): string {
  if (!(e instanceof ApiError)) return t('network');
  if (e.code === 'unauthorized' && e.message === 'Wrong username or password') return t('wrong_password');
  if (e.code === 'account_locked') return t('account_locked', { minutes: Math.max(1, Math.ceil((e.retryAfter ?? 900) / 60)) });
  const known = ['unauthorized', 'session_expired', 'csrf', 'forbidden', 'wechat_not_configured', 'blocked', 'internal'] as const;
  const code = known.find((k) => k === e.code);
  return code ? t(code) : e.message;
}

let csrfToken = '';
/** Called when a request meets a 401; resolves once the mediator has signed in again. */
let relogin: ((reason: ApiError) => Promise<void>) | null = null;
/** Several calls can meet the same expiry at once: they all wait for one sign-in box. */
let pending: Promise<void> | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function onUnauthorized(handler: (reason: ApiError) => Promise<void>): void {
  relogin = handler;
}

async function send(method: string, url: string, body?: unknown): Promise<Response> {
  try {
    return await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(method === 'GET' ? {} : { 'X-CSRF-Token': csrfToken }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'network', null);
  }
}

async function toError(res: Response): Promise<ApiError> {
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const retry = Number(res.headers.get('Retry-After'));
  return new ApiError(res.status, json?.error?.code ?? 'internal', json?.error?.message ?? res.statusText, Number.isFinite(retry) && retry > 0 ? retry : null);
}

/**
 * One admin API call. A 401 opens the sign-in box over the page (what was typed stays there) and the
 * call is sent again once signed in.
 */
export async function api<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, retried = false): Promise<T> {
  const res = await send(method, url, body);
  if (res.ok) return (res.status === 204 ? undefined : await res.json()) as T;
  const err = await toError(res);
  if (err.status === 401 && !retried && relogin && !url.endsWith('/login')) {
    pending ??= relogin(err).finally(() => {
      pending = null;
    });
    await pending;
    return api<T>(method, url, body, true);
  }
  throw err;
}

export async function download(url: string): Promise<{ filename: string; blob: Blob }> {
  const res = await send('GET', url);
  if (!res.ok) throw await toError(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'article.md';
  return { filename: name, blob: await res.blob() };
}
