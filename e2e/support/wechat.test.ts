import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWechat, findByText, setPath, templateBindings, textOf, walk, type TreeNode } from './wechat';

/**
 * The stand-in decides what the weapp tests can see, so it is tested on its own: against a tiny
 * hand-written "build" (app.js, comp.js, one page, base.wxml) and a real HTTP server.
 */

const WXML = `
<template name="tmpl_0_view"><view bindtap="eh" id="{{i.uid}}"></view></template>
<template name="tmpl_0_button"><button bindtap="eh" bind:longpress="eh"></button></template>
<template name="tmpl_0_33_focus"><input bindinput="eh" /></template>
<template name="tmpl_0_33_blur"><input bindblur="eh" /></template>
<template name="tmpl_0_text"><text></text></template>
`;

const PAGE = `
Page({
  data: { root: null },
  onLoad(query) {
    this.loaded = query;
    wx.request({
      url: 'https://api.example.org/api/ping?x=1',
      method: 'POST',
      data: { hello: 'wx' },
      header: { 'X-Test': 'yes' },
      success: (res) => this.setData({ answer: res }),
    });
    wx.request({ url: 'https://api.example.org/api/text', success: (res) => this.setData({ text: res.data }) });
  },
  onShow() { this.shown = true; },
  onReady() { this.ready = true; },
  eh(e) { (this.events = this.events || []).push(e.currentTarget.id + ':' + e.type); },
});
`;

let dist: string;
let server: Server;
let apiBase: string;
const received: { url: string; method: string; body: string; header: string | undefined }[] = [];

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'lotus-wx-standin-'));
  mkdirSync(path.join(dist, 'pages/ping'), { recursive: true });
  writeFileSync(path.join(dist, 'app.js'), 'App({ onLaunch(o) { this.launched = o; }, onShow() { this.shown = true; } });');
  writeFileSync(path.join(dist, 'comp.js'), '');
  writeFileSync(path.join(dist, 'pages/ping/index.js'), PAGE);
  writeFileSync(path.join(dist, 'base.wxml'), WXML);
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ url: req.url ?? '', method: req.method ?? '', body, header: req.headers['x-test'] as string | undefined });
      if (req.url === '/api/text') {
        res.end('plain words');
        return;
      }
      res.writeHead(201, { 'Content-Type': 'application/json', ETag: 'W/"7"' });
      res.end(JSON.stringify({ data: { pong: true } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dist, { recursive: true, force: true });
});

describe('setPath', () => {
  it("applies WeChat's path keys, creating arrays for index segments", () => {
    const data: Record<string, unknown> = { a: { keep: 1 } };
    setPath(data, 'a.b[0].c', 'x');
    setPath(data, 'a.b.[1].c', 'y');
    setPath(data, 'top', 2);
    expect(data).toEqual({ a: { keep: 1, b: [{ c: 'x' }, { c: 'y' }] }, top: 2 });
    expect(Array.isArray((data.a as { b: unknown }).b)).toBe(true);
  });
});

describe('templateBindings', () => {
  it('reads which events each node type binds, merging the focus and blur templates of a field', () => {
    const map = templateBindings(WXML);
    expect([...map.get('view')!]).toEqual(['tap']);
    expect([...map.get('button')!].sort()).toEqual(['longpress', 'tap']);
    expect([...map.get('33')!].sort()).toEqual(['blur', 'input']);
    expect([...map.get('text')!]).toEqual([]);
  });
});

describe('tree helpers', () => {
  const tree: TreeNode = {
    nn: 'view',
    uid: 'root',
    cn: [
      { nn: 'view', sid: 'row', cn: [{ nn: 'text', cn: [{ v: '巴黎 ' }] }, { nn: 'button', uid: 'go', cn: [{ v: '查看' }] }] },
      { nn: 'view', cn: [{ v: '无编号' }] },
    ],
  };

  it('textOf joins text depth first; walk visits every node', () => {
    expect(textOf(tree)).toBe('巴黎 查看无编号');
    expect([...walk(tree)].length).toBe(8);
  });

  it('findByText returns the deepest addressable element, and none when only an anonymous one holds the text', () => {
    expect(findByText(tree, '查看')?.uid).toBe('go');
    expect(findByText(tree, '巴黎')?.sid).toBe('row');
    expect(findByText(tree, '巴黎', true)).toBeUndefined();
    expect(findByText(tree, '无编号')?.uid).toBe('root');
    expect(findByText(tree, 'absent')).toBeUndefined();
  });
});

describe('createWechat', () => {
  it('launches the app, opens a page through its lifecycle, and sends wx.request to the real server', async () => {
    const wechat = createWechat({ distDir: dist, apiBase });
    try {
      wechat.launch({ scene: 'c=paris' });
      const page = wechat.openPage('pages/ping/index', { id: '7' });
      expect(page.loaded).toEqual({ id: '7' });
      expect(page.shown && page.ready).toBe(true);
      expect(wechat.stack).toHaveLength(1);
      await wechat.settle();

      const ping = received.find((r) => r.url === '/api/ping?x=1')!;
      expect(ping).toMatchObject({ method: 'POST', body: '{"hello":"wx"}', header: 'yes' });
      expect(page.data.answer).toMatchObject({ statusCode: 201, data: { data: { pong: true } }, header: { ETag: 'W/"7"' } });
      expect(page.data.text).toBe('plain words');
      expect(wechat.calls.filter((c) => c.api === 'request').map((c) => c.options.url)).toContain('https://api.example.org/api/ping?x=1');
    } finally {
      wechat.uninstall();
    }
  });

  it('fails wx.request as WeChat does when the server cannot be reached', async () => {
    const wechat = createWechat({ distDir: dist, apiBase: 'http://127.0.0.1:9' });
    try {
      wechat.launch();
      const outcome = new Promise<string>((resolve) => {
        (wechat.wx.request as (o: Record<string, unknown>) => void)({ url: 'https://x/api/a', success: () => resolve('success'), fail: (e: { errMsg: string }) => resolve(e.errMsg) });
      });
      expect(await outcome).toMatch(/^request:fail /);
    } finally {
      wechat.uninstall();
    }
  });

  it('bubbles a tap to bound ancestors only, innermost first; a non-bubbling event reaches the target alone', () => {
    const wechat = createWechat({ distDir: dist, apiBase });
    try {
      wechat.launch();
      const page = wechat.openPage('pages/ping/index');
      const field = { nn: '33', uid: 'field' };
      const button = { nn: 'button', uid: 'btn', cn: [{ v: 'OK' }] };
      page.data.root = { nn: 'view', uid: 'outer', cn: [{ nn: 'text', uid: 'label', cn: [button, field] }] };
      wechat.fire(page, button, 'tap');
      wechat.fire(page, field, 'input', { value: 'a' });
      wechat.fire(page, field, 'tap');
      expect(page.events).toEqual(['btn:tap', 'outer:tap', 'field:input', 'outer:tap']);
      expect(() => wechat.fire(page, { nn: 'view', uid: 'elsewhere' }, 'tap')).toThrow('node is not in the page');
    } finally {
      wechat.uninstall();
    }
  });

  it('keeps storage as copies, answers modals in the queued order, and restores the globals it replaced', () => {
    const before = (globalThis as Record<string, unknown>).wx;
    const wechat = createWechat({ distDir: dist, apiBase });
    wechat.launch();
    const wx = (globalThis as Record<string, unknown>).wx as Record<string, (...a: unknown[]) => unknown>;
    const value = { list: [1] };
    wx.setStorageSync('k', value);
    value.list.push(2);
    expect(wx.getStorageSync('k')).toEqual({ list: [1] });
    expect(wx.getStorageSync('missing')).toBe('');

    const answers: boolean[] = [];
    wechat.answerModals(false);
    wx.showModal({ success: (r: { confirm: boolean }) => answers.push(r.confirm) });
    wx.showModal({ success: (r: { confirm: boolean }) => answers.push(r.confirm) });
    expect(answers).toEqual([false, true]);

    wechat.uninstall();
    expect((globalThis as Record<string, unknown>).wx).toBe(before);
  });
});
