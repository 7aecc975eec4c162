import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A small stand-in for the WeChat mini-program runtime, enough to run the weapp build (dist/) in
 * Node: the `wx` API (recording every call; `wx.request` goes to a real HTTP server), `App`, `Page`,
 * `Component`, `getApp`, `getCurrentPages`, and page instances whose `setData` applies WeChat's
 * path syntax to `data`, so the rendered tree (what base.wxml would draw) can be read and tapped.
 */

export interface WxCall {
  api: string;
  options: Record<string, unknown>;
}

export interface TreeNode {
  nn?: string | number;
  v?: string;
  uid?: string;
  sid?: string;
  cn?: TreeNode[];
  [key: string]: unknown;
}

type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> };

export interface PageInstance {
  route: string;
  options: Record<string, string>;
  data: { root?: TreeNode } & Record<string, unknown>;
  setData(patch: Record<string, unknown>, cb?: () => void): void;
  [method: string]: unknown;
}

/** Applies `a.b[0].c` / `a.b.[0].c` style keys, as WeChat's setData does. */
export function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  let at: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i];
    const nextIsIndex = /^\d+$/.test(parts[i + 1]);
    const holder = at as Record<string, unknown>;
    if (holder[k] === undefined || holder[k] === null) holder[k] = nextIsIndex ? [] : {};
    at = holder[k] as Record<string, unknown>;
  }
  (at as Record<string, unknown>)[parts[parts.length - 1]] = value;
}

export function createWechat({ distDir, apiBase, fetchImpl = fetch }: { distDir: string; apiBase: string; fetchImpl?: typeof fetch }) {
  const calls: WxCall[] = [];
  const storage = new Map<string, unknown>();
  const pageConfigs = new Map<string, PageConfig>();
  const stack: PageInstance[] = [];
  const pending = new Set<Promise<unknown>>();
  let appConfig: Record<string, unknown> | null = null;
  let appInstance: Record<string, unknown> | null = null;
  let currentRoute = '';

  const record = (api: string, options: Record<string, unknown> = {}) => calls.push({ api, options });
  const ok = (api: string, options: Record<string, unknown>, res: Record<string, unknown> = {}) => {
    const result = { errMsg: `${api}:ok`, ...res };
    (options.success as ((r: unknown) => void) | undefined)?.(result);
    (options.complete as ((r: unknown) => void) | undefined)?.(result);
  };
  /** What the person answers to the next wx.showModal calls, in order; confirm when none is queued. */
  const modalAnswers: boolean[] = [];
  const showModal = (options: Record<string, unknown> = {}) => {
    record('showModal', options);
    const confirm = modalAnswers.shift() ?? true;
    ok('showModal', options, { confirm, cancel: !confirm });
  };
  const recorded =
    (api: string, res: Record<string, unknown> = {}) =>
    (options: Record<string, unknown> = {}) => {
      record(api, options);
      ok(api, options, res);
    };

  /** wx.request against the server at `apiBase`; the URL the app built is kept as is in `calls`. */
  function request(options: Record<string, unknown>) {
    record('request', options);
    const url = String(options.url);
    const method = String(options.method ?? 'GET');
    const headers = { ...((options.header as Record<string, string>) ?? {}) };
    const body = method === 'GET' || options.data === undefined ? undefined : JSON.stringify(options.data);
    const target = url.replace(/^https?:\/\/[^/]+/, apiBase);
    const p = fetchImpl(target, { method, headers, body })
      .then(async (res) => {
        const text = await res.text();
        let data: unknown = text;
        try {
          data = text ? JSON.parse(text) : '';
        } catch {
          // not JSON: keep the text, as wx.request does
        }
        const header: Record<string, string> = {};
        res.headers.forEach((v, k) => {
          header[k === 'etag' ? 'ETag' : k] = v;
        });
        ok('request', options, { statusCode: res.status, data, header });
      })
      .catch((e: Error) => {
        const err = { errMsg: `request:fail ${e.message}` };
        (options.fail as ((r: unknown) => void) | undefined)?.(err);
        (options.complete as ((r: unknown) => void) | undefined)?.(err);
      });
    pending.add(p);
    void p.finally(() => pending.delete(p));
    return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
  }

  const systemInfo = {
    brand: 'devtools', model: 'iPhone 6', pixelRatio: 2, screenWidth: 375, screenHeight: 667, windowWidth: 375, windowHeight: 603,
    statusBarHeight: 20, language: 'zh_CN', version: '8.0.50', system: 'iOS 16', platform: 'devtools', SDKVersion: '3.5.0',
    safeArea: { top: 20, left: 0, right: 375, bottom: 667, width: 375, height: 647 },
  };

  function navigate(api: string) {
    return (options: Record<string, unknown> = {}) => {
      record(api, options);
      ok(api, options);
    };
  }

  const wx: Record<string, unknown> = {
    request,
    getStorageSync: (key: string) => (storage.has(key) ? structuredClone(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, structuredClone(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getSystemInfoSync: () => systemInfo,
    getWindowInfo: () => systemInfo,
    getDeviceInfo: () => systemInfo,
    getAppBaseInfo: () => systemInfo,
    getSystemSetting: () => ({}),
    getAppAuthorizeSetting: () => ({}),
    getMenuButtonBoundingClientRect: () => ({ top: 24, right: 368, bottom: 56, left: 281, width: 87, height: 32 }),
    getLaunchOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    canIUse: () => true,
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    makePhoneCall: recorded('makePhoneCall'),
    setClipboardData: recorded('setClipboardData'),
    openLocation: recorded('openLocation'),
    showToast: recorded('showToast'),
    showModal,
    hideToast: recorded('hideToast'),
    showLoading: recorded('showLoading'),
    hideLoading: recorded('hideLoading'),
    setNavigationBarTitle: recorded('setNavigationBarTitle'),
    stopPullDownRefresh: recorded('stopPullDownRefresh'),
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    reLaunch: navigate('reLaunch'),
    navigateBack: navigate('navigateBack'),
    switchTab: navigate('switchTab'),
    onNetworkStatusChange: (fn: unknown) => record('onNetworkStatusChange', { fn }),
    offNetworkStatusChange: () => undefined,
    getNetworkType: recorded('getNetworkType', { networkType: 'wifi' }),
    // Anything that would ask for a permission is recorded so a test can assert none was used.
    getLocation: recorded('getLocation'),
    authorize: recorded('authorize'),
    getUserProfile: recorded('getUserProfile'),
    login: recorded('login'),
    vibrateShort: recorded('vibrateShort'),
    vibrateLong: recorded('vibrateLong'),
    createInnerAudioContext: () => {
      record('createInnerAudioContext');
      return {};
    },
    createSelectorQuery: () => ({ select: () => ({ boundingClientRect: () => ({ exec: () => undefined }) }), in: () => ({}) }),
    getPerformance: () => ({ now: () => Date.now() }),
    reportEvent: () => undefined,
    env: { USER_DATA_PATH: '/tmp' },
  };

  const g = globalThis as Record<string, unknown>;
  const saved: Record<string, unknown> = {};
  const globals: Record<string, unknown> = {
    wx,
    App: (config: Record<string, unknown>) => {
      appConfig = config;
    },
    Page: (config: PageConfig) => {
      pageConfigs.set(currentRoute, config);
    },
    Component: (config: PageConfig) => {
      pageConfigs.set(`component:${currentRoute}`, config);
    },
    Behavior: (b: unknown) => b,
    getApp: () => appInstance,
    getCurrentPages: () => [...stack],
    requirePlugin: () => ({}),
    __wxConfig: { envVersion: 'develop' },
  };

  function install() {
    for (const [k, v] of Object.entries(globals)) {
      saved[k] = g[k];
      g[k] = v;
    }
  }

  function uninstall() {
    for (const k of Object.keys(globals)) g[k] = saved[k];
    for (const file of Object.keys(require.cache)) if (file.startsWith(distDir)) delete require.cache[file];
  }

  function load(file: string, route = '') {
    currentRoute = route;
    require(path.join(distDir, file));
  }

  /** Runs app.js and App.onLaunch/onShow, as WeChat does on a cold start. */
  function launch(query: Record<string, string> = {}) {
    install();
    load('app.js');
    load('comp.js', 'comp');
    if (!appConfig) throw new Error('app.js did not call App()');
    appInstance = Object.create(appConfig);
    const options = { path: 'pages/home/index', query, scene: 1047 };
    (appInstance!.onLaunch as ((o: unknown) => void) | undefined)?.call(appInstance, options);
    (appInstance!.onShow as ((o: unknown) => void) | undefined)?.call(appInstance, options);
  }

  /** Loads a page's script and runs onLoad/onShow/onReady on a fresh instance pushed on the stack. */
  function openPage(route: string, query: Record<string, string> = {}): PageInstance {
    if (!pageConfigs.has(route)) load(`${route}.js`, route);
    const config = pageConfigs.get(route);
    if (!config) throw new Error(`${route}.js did not call Page()`);
    const inst = Object.create(config) as PageInstance;
    inst.route = route;
    inst.options = query;
    inst.data = structuredClone(config.data ?? {}) as PageInstance['data'];
    inst.setData = (patch, cb) => {
      for (const [k, v] of Object.entries(patch)) setPath(inst.data, k, structuredClone(v));
      if (cb) setTimeout(cb, 0);
    };
    (inst as Record<string, unknown>).__wxExparserNodeId__ = `page-${stack.length}`;
    (inst as Record<string, unknown>).__wxWebviewId__ = stack.length + 1;
    (inst as Record<string, unknown>).getPageId = () => `page-${stack.length}`;
    stack.push(inst);
    (inst.onLoad as (q: unknown) => void).call(inst, query);
    (inst.onShow as (() => void) | undefined)?.call(inst);
    (inst.onReady as (() => void) | undefined)?.call(inst);
    return inst;
  }

  /** Waits until the page's renders and requests settle. */
  async function settle(rounds = 20) {
    for (let i = 0; i < rounds; i++) {
      await new Promise((r) => setTimeout(r, 10));
      if (pending.size) await Promise.allSettled([...pending]);
    }
  }

  const bindings = templateBindings(readFileSync(path.join(distDir, 'base.wxml'), 'utf8'));

  /**
   * Dispatches an event as WeChat would: to the page's `eh` for the target, then, for bubbling
   * events, for each ancestor whose template binds that event (base.wxml decides, not us).
   */
  function fire(page: PageInstance, node: TreeNode, type: string, detail: Record<string, unknown> = {}): void {
    const chain = ancestry(page.data.root, node);
    if (!chain) throw new Error('node is not in the page');
    const targetId = String(node.uid ?? node.sid);
    const target = { id: targetId, dataset: { sid: node.sid ?? targetId } };
    const order = BUBBLING.has(type) ? chain.slice().reverse() : [node];
    for (const el of order) {
      if (!bindings.get(String(el.nn))?.has(type)) continue;
      const id = String(el.uid ?? el.sid);
      const currentTarget = { id, dataset: { sid: el.sid ?? id } };
      (page.eh as (e: unknown) => void).call(page, { type, timeStamp: Date.now(), target, currentTarget, detail, touches: [], changedTouches: [] });
    }
  }

  const answerModals = (...answers: boolean[]) => void modalAnswers.push(...answers);
  return { wx, calls, storage, stack, launch, openPage, settle, fire, uninstall, answerModals, pageConfig: (route: string) => pageConfigs.get(route) };
}

export type Wechat = ReturnType<typeof createWechat>;

/** All text under a node, as WeChat would draw it. */
export function textOf(node: TreeNode | undefined): string {
  if (!node) return '';
  return (node.v ?? '') + (node.cn ?? []).map(textOf).join('');
}

/** Every element node, depth first. */
export function* walk(node: TreeNode | undefined): Generator<TreeNode> {
  if (!node) return;
  yield node;
  for (const child of node.cn ?? []) yield* walk(child);
}

/** The first, deepest element (not a text node) whose text contains `text`; a tap on it bubbles to its handlers as in WeChat. */
export function findByText(root: TreeNode | undefined, text: string, exact = false): TreeNode | undefined {
  if (!root || root.v !== undefined || !textOf(root).includes(text)) return undefined;
  for (const child of root.cn ?? []) {
    const hit = findByText(child, text, exact);
    if (hit) return hit;
  }
  if (exact && textOf(root).trim() !== text) return undefined;
  return root.sid || root.uid ? root : undefined;
}

const BUBBLING = new Set(['tap', 'longpress', 'touchstart', 'touchmove', 'touchend', 'touchcancel', 'longtap']);

/** For each node type (`nn`), the events its base.wxml template binds to `eh`. */
export function templateBindings(wxml: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const re = /<template name="tmpl_\d+_(\w+)">\s*<[\w-]+([^>]*)>/g;
  for (let m = re.exec(wxml); m; m = re.exec(wxml)) {
    // Form fields have two templates, `33_focus` and `33_blur`, chosen at render time.
    const nn = m[1].replace(/_(focus|blur)$/, '');
    const events = map.get(nn) ?? new Set<string>();
    for (const b of m[2].matchAll(/(?:bind|catch):?(\w+)="eh"/g)) events.add(b[1]);
    map.set(nn, events);
  }
  return map;
}

/** The path of element nodes from the root to `node`, both included. */
function ancestry(root: TreeNode | undefined, node: TreeNode): TreeNode[] | null {
  if (!root) return null;
  if (root === node) return [root];
  for (const child of root.cn ?? []) {
    const path = ancestry(child, node);
    if (path) return [root, ...path];
  }
  return null;
}
