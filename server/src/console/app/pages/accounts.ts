import type { Role } from '../../../contract/admin';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { call } from '../api';
import { clear, formatDateTime, h } from '../dom';
import { clearErrors, showError } from '../fieldErrors';
import { messages } from '../i18n';
import type { Page } from './types';

const t = messages(
  {
    nav: '账号', heading: '后台账号', intro: '谁可以登录这个后台。新账号和重设的密码只显示一次：请当面或用安全的方式交给对方。',
    username: '用户名', usernameHelp: '2 到 32 个小写英文字母或数字，例如 mei', role: '角色', admin: '管理员', mediator: '调解员', state: '状态', active: '可以登录', disabled: '已停用', since: '创建于', actions: '操作',
    create: '新建账号', created: '账号 {name} 已创建。', reset: '重设 {name} 的密码', disable: '停用 {name}', enable: '重新启用 {name}', makeAdmin: '把 {name} 设为管理员', makeMediator: '把 {name} 设为调解员',
    resetConfirm: '重设 {name} 的密码？对方现在的登录会被退出。', disableConfirm: '停用 {name}？对方会立即被退出，不能再登录。',
    unlock: '解锁 {name}', unlocked: '已解锁 {name}：现在可以重新登录。', unlockHelp: '输错密码太多次的账号会被暂时锁定；“解锁”让对方马上可以再试。',
    password: '{name} 的新密码（只显示这一次，请抄下来或复制）：', copy: '复制', copied: '已复制。', done: '已保存。', you: '（您自己）',
  },
  {
    nav: 'Comptes', heading: 'Comptes de la console', intro: 'Qui peut se connecter à cette console. Le mot de passe d’un nouveau compte ou d’un compte réinitialisé ne s’affiche qu’une fois : transmettez-le en main propre ou par un moyen sûr.',
    username: 'Nom d’utilisateur', usernameHelp: '2 à 32 minuscules ou chiffres, par ex. mei', role: 'Rôle', admin: 'Administrateur', mediator: 'Médiatrice', state: 'État', active: 'Peut se connecter', disabled: 'Désactivé', since: 'Créé le', actions: 'Actions',
    create: 'Créer le compte', created: 'Compte {name} créé.', reset: 'Nouveau mot de passe pour {name}', disable: 'Désactiver {name}', enable: 'Réactiver {name}', makeAdmin: 'Faire de {name} un administrateur', makeMediator: 'Faire de {name} une médiatrice',
    resetConfirm: 'Remplacer le mot de passe de {name} ? Sa session en cours sera fermée.', disableConfirm: 'Désactiver {name} ? Sa session est fermée tout de suite et le compte ne peut plus se connecter.',
    unlock: 'Débloquer {name}', unlocked: '{name} est débloqué : la personne peut se reconnecter tout de suite.', unlockHelp: 'Après trop de mots de passe faux, un compte est bloqué un moment ; « Débloquer » permet de réessayer tout de suite.',
    password: 'Nouveau mot de passe de {name} (affiché une seule fois : notez-le ou copiez-le) :', copy: 'Copier', copied: 'Copié.', done: 'Enregistré.', you: ' (vous)',
  },
);

export const accountsPage: Page = {
  route: 'accounts',
  nav: { label: () => t('nav'), roles: ['admin'] },
  async render({ me }) {
    const list = h('div', {});
    const secret = h('div', { 'aria-live': 'polite', 'data-testid': 'new-password' });
    const message = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'accounts-message' });

    function showPassword(name: string, password: string) {
      clear(secret);
      const copied = h('span', { class: 'ok' });
      secret.append(
        h(
          'div',
          { class: 'result warn' },
          h('p', {}, t('password', { name })),
          h('code', { class: 'secret', 'data-testid': 'password' }, password),
          ' ',
          h('button', { type: 'button', class: 'secondary', onclick: async () => { await navigator.clipboard?.writeText(password).catch(() => undefined); copied.textContent = t('copied'); } }, t('copy')),
          ' ',
          copied,
        ),
      );
    }

    async function act(fn: () => Promise<void>) {
      try {
        await fn();
        clearErrors(form);
        await draw();
      } catch (e) {
        showError(form, message, e, { username: t('username'), role: t('role') });
      }
    }

    async function draw() {
      const { data } = await call(ADMIN_ROUTES.accounts, {});
      const rows = data.map((a) => {
        const name = a.username;
        const buttons = [
          h('button', { type: 'button', class: 'secondary', 'data-testid': 'reset-password', onclick: () => act(async () => {
            if (!confirm(t('resetConfirm', { name }))) return;
            const r = (await call(ADMIN_ROUTES.accountPassword, { id: a.id })).data;
            showPassword(name, r.password);
          }) }, t('reset', { name })),
          h('button', { type: 'button', class: 'quiet', 'data-testid': 'change-role', onclick: () => act(async () => {
            await call(ADMIN_ROUTES.accountRole, { id: a.id }, { role: a.role === 'admin' ? 'mediator' : 'admin' });
            message.className = 'message ok';
            message.textContent = t('done');
          }) }, a.role === 'admin' ? t('makeMediator', { name }) : t('makeAdmin', { name })),
          h('button', { type: 'button', class: 'quiet', 'data-testid': 'unlock', onclick: () => act(async () => {
            await call(ADMIN_ROUTES.unlock, {}, { username: name });
            message.className = 'message ok';
            message.textContent = t('unlocked', { name });
          }) }, t('unlock', { name })),
          h('button', { type: 'button', class: a.disabled ? 'secondary' : 'quiet', 'data-testid': a.disabled ? 'enable' : 'disable', onclick: () => act(async () => {
            if (!a.disabled && !confirm(t('disableConfirm', { name }))) return;
            await call(a.disabled ? ADMIN_ROUTES.accountEnable : ADMIN_ROUTES.accountDisable, { id: a.id });
            message.className = 'message ok';
            message.textContent = t('done');
          }) }, a.disabled ? t('enable', { name }) : t('disable', { name })),
        ];
        return h(
          'tr',
          { 'data-testid': 'account-row' },
          h('td', {}, h('strong', {}, name), name === me.username ? t('you') : ''),
          h('td', { 'data-label': t('role') }, a.role === 'admin' ? t('admin') : t('mediator')),
          h('td', { 'data-label': t('state') }, h('span', { class: `badge ${a.disabled ? 'failed' : 'live'}` }, a.disabled ? t('disabled') : t('active'))),
          h('td', { 'data-label': t('since') }, formatDateTime(a.createdAt)),
          h('td', {}, h('div', { class: 'row-actions' }, ...buttons)),
        );
      });
      list.replaceChildren(
        h('table', { class: 'list' }, h('thead', {}, h('tr', {}, ...[t('username'), t('role'), t('state'), t('since'), t('actions')].map((x) => h('th', { scope: 'col' }, x)))), h('tbody', {}, ...rows)),
      );
    }

    const username = h('input', { id: 'account-username', autocomplete: 'off', maxlength: 32 });
    const role = h('select', { id: 'account-role' }, h('option', { value: 'mediator' }, t('mediator')), h('option', { value: 'admin' }, t('admin')));
    const createForm = h(
      'form',
      {
        class: 'card create-account',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void act(async () => {
            const r = (await call(ADMIN_ROUTES.accountCreate, {}, { username: username.value.trim(), role: role.value as Role })).data;
            username.value = '';
            message.className = 'message ok';
            message.textContent = t('created', { name: r.username });
            showPassword(r.username, r.password);
          });
        },
      },
      h('div', { class: 'field', 'data-field': 'username' }, h('label', { for: 'account-username' }, t('username')), username, h('p', { class: 'help' }, t('usernameHelp'))),
      h('div', { class: 'field', 'data-field': 'role' }, h('label', { for: 'account-role' }, t('role')), role),
      h('div', {}, h('button', { type: 'submit', class: 'primary big' }, t('create'))),
    );
    await draw();
    const form = h('div', {}, h('div', { class: 'page-head' }, h('h1', {}, t('heading'))), h('p', { class: 'muted' }, t('intro')), h('p', { class: 'muted small' }, t('unlockHelp')), createForm, message, secret, list);
    return form;
  },
};
