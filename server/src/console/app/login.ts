import { explain } from './api';
import { h } from './dom';
import { messages } from './i18n';
import { signIn, type Me } from './session';

const t = messages(
  { title: '登录', username: '用户名', password: '密码', submit: '登录', busy: '正在登录…', intro: 'Lotus 调解员后台' },
  { title: 'Connexion', username: 'Nom d’utilisateur', password: 'Mot de passe', submit: 'Se connecter', busy: 'Connexion…', intro: 'Console des médiatrices Lotus' },
);

/** The sign-in form, used as the whole page and as the box that opens over a page when a session expires. */
export function loginForm(onDone: (me: Me) => void, notice?: string): HTMLElement {
  const error = h('p', { class: 'error', role: 'alert', 'data-testid': 'login-error' }, notice ?? '');
  if (!notice) error.hidden = true;
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, id: 'login-username' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, id: 'login-password' });
  const button = h('button', { type: 'submit', class: 'primary big' }, t('submit'));
  const form = h(
    'form',
    {
      class: 'login card',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        button.disabled = true;
        button.textContent = t('busy');
        try {
          onDone(await signIn(username.value.trim(), password.value));
        } catch (err) {
          error.textContent = explain(err);
          error.hidden = false;
          password.value = '';
          password.focus();
        } finally {
          button.disabled = false;
          button.textContent = t('submit');
        }
      },
    },
    h('h1', {}, t('title')),
    h('p', { class: 'muted' }, t('intro')),
    error,
    h('label', { for: 'login-username' }, t('username')),
    username,
    h('label', { for: 'login-password' }, t('password')),
    password,
    button,
  );
  return form;
}

/**
 * Opens the sign-in box over the page as a real modal: the page behind is inert (Tab stays in the
 * box), Escape closes it. Resolves once signed in; rejects when she closes it (what she typed stays).
 */
export function loginOverlay(notice: string): Promise<Me> {
  return new Promise((resolve, reject) => {
    const app = document.getElementById('app');
    const before = document.activeElement as HTMLElement | null;
    const overlay = h('div', { class: 'overlay', 'data-testid': 'login-overlay' });
    const close = () => {
      overlay.remove();
      if (app) app.inert = false;
      before?.focus();
    };
    const form = loginForm((me) => {
      close();
      resolve(me);
    }, notice);
    form.setAttribute('role', 'dialog');
    form.setAttribute('aria-modal', 'true');
    form.setAttribute('aria-labelledby', 'login-title');
    form.querySelector('h1')?.setAttribute('id', 'login-title');
    overlay.appendChild(form);
    overlay.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
        reject(new Error('closed'));
        return;
      }
      if (e.key !== 'Tab') return;
      const stops = Array.from(form.querySelectorAll<HTMLElement>('input, button')).filter((el) => !el.hasAttribute('disabled'));
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    });
    if (app) app.inert = true;
    document.body.appendChild(overlay);
    overlay.querySelector('input')?.focus();
  });
}
