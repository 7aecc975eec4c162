import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
let dir: string;

/** Runs the CLI as `npm run screen` does, from a scratch directory so paths print relative to it. */
function screen(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/screen.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.join(dir, 'content') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-screen-cli-'));
  write(
    'content/words.yaml',
    [
      'words:',
      '  - { word: 安全套, category: sexual-health, level: block, suggest: [工具] }',
      '  - { word: 警察, category: police, level: warn, suggest: [] }',
      '  - { word: viol, category: violence, level: block, suggest: [agression, atteinte] }',
      '  - { word: 性交, category: sexual-acts, level: block, suggest: [发生关系] }',
      '  - { word: sexe, category: sexual-acts, level: warn, suggest: [] }',
      '  - { word: travailleuses du sexe, category: sex-work, level: warn, suggest: [] }',
      '',
    ].join('\n'),
  );
  write('content/clean.md', '# 工具\n\n我们免费发工具。\n');
  write('content/crisis-words.yaml', 'zh-Hans: [警察来了, 安全套]\n');
  write('content/warn/a.md', '---\ntitle: 权利\n---\n遇到警察时，你有权利。\n');
  write('block/a.yaml', 'title:\n  zh-Hans: 免费的安 全 套\n  fr: ok\n');
  write('block/locale.ts', "export const m = { viol: 'le viol', ok: '工具' };\n");
  write('block/README.md', '安全套 is documented here\n');
  write('block/x.test.ts', "it('安全套', () => {});\n");
  write('accept/a.md', '---\ntitle: 权利\nscreen:\n  accept:\n    - { word: 警察, reason: 讲权利必须提到警察 }\n    - 公安\n---\n遇到警察时，你有权利。警察。\n');
  write('accept/b.yaml', 'screen: { accept: [travailleuses du sexe] }\ntext: Pour les travailleuses du sexe et le 警察.\n');
  write('accept/c.md', '结果是阴性，交给医生。\n');
  write('accept/d.ts', "// screen: { accept: [{ word: 警察, reason: 紧急电话的名字 }] }\nexport const m = { police: '警察 17' };\n");
  write('bad-setting/a.md', '---\nscreen: { accept: [{ word: 警察 }] }\n---\n警察\n');
  write('other-words.yaml', 'words:\n  - { word: 工具, category: x, level: block, suggest: [] }\n');
  write('bad-words.yaml', 'words:\n  - { word: 工具, category: x, level: maybe }\n');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run screen', () => {
  it('exits 0 on a clean directory and does not screen the word list inside it', () => {
    const r = screen('content/clean.md');
    expect(r).toMatchObject({ code: 0, out: '' });
    const all = screen('content');
    expect(all.out).not.toContain('words.yaml');
  });

  it('exits 0 when there are warn hits only, and prints them', () => {
    const r = screen('content');
    expect(r.code).toBe(0);
    expect(r.out).toBe('content/warn/a.md:4:3  警察 → (rewrite)  (police, warn)\ncontent/warn/a.md: 0 block, 1 warn, 0 accepted\n');
    expect(r.err).toBe('screen: 2 files, 0 block, 1 warn, 0 accepted\n');
  });

  it('exits 1 on a block hit, one line per hit with path:line:col, skipping READMEs and tests', () => {
    const r = screen('block');
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      'block/a.yaml:2:15  安 全 套 → 工具  (sexual-health, block)',
      'block/locale.ts:1:30  viol → agression / atteinte  (violence, block)',
      'block/a.yaml: 1 block, 0 warn, 0 accepted',
      'block/locale.ts: 1 block, 0 warn, 0 accepted',
      '',
    ]);
  });

  it('prints JSON with --json', () => {
    const r = screen('--json', 'block/locale.ts');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      files: 1,
      block: 1,
      warn: 0,
      accepted: 0,
      perFile: [{ path: 'block/locale.ts', block: 1, warn: 0, accepted: 0, unusedAccepts: [] }],
      hits: [
        { path: 'block/locale.ts', line: 1, col: 30, start: 29, end: 33, text: 'viol', word: 'viol', category: 'violence', level: 'block', suggest: ['agression', 'atteinte'] },
      ],
    });
  });

  it('replaces the shipped list with --words', () => {
    const r = screen('--words', 'other-words.yaml', 'content/clean.md');
    expect(r.code).toBe(1);
    expect(r.out).toBe('content/clean.md:1:3  工具 → (rewrite)  (x, block)\ncontent/clean.md:3:6  工具 → (rewrite)  (x, block)\ncontent/clean.md: 2 block, 0 warn, 0 accepted\n');
  });

  it('exits 2 on a bad word list, naming file, entry and reason', () => {
    const r = screen('--words', 'bad-words.yaml', 'content');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`screen: bad word list: ${path.join(dir, 'bad-words.yaml')}:2: words[0] "工具": level: must be "block" or "warn"\n`);
  });

  it('counts accepted warnings without printing them, accepts nested ones, and names accepted words not found', () => {
    const r = screen('accept/a.md', 'accept/b.yaml');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'accept/b.yaml:2:44  警察 → (rewrite)  (police, warn)',
      'accept/a.md: 0 block, 0 warn, 2 accepted; accepted but not found: 公安',
      'accept/b.yaml: 0 block, 1 warn, 2 accepted',
      '',
    ]);
    expect(r.err).toBe('screen: 2 files, 0 block, 1 warn, 4 accepted\n');
  });

  it('reads acceptances from a line comment in TypeScript, and does not screen the comment', () => {
    const r = screen('--strict', 'accept/d.ts');
    expect([r.code, r.out]).toEqual([0, 'accept/d.ts: 0 block, 0 warn, 1 accepted\n']);
  });

  it('fails with --strict while a warning is neither rewritten nor accepted', () => {
    expect(screen('--strict', 'accept/a.md').code).toBe(0);
    expect(screen('--strict', 'accept/b.yaml').code).toBe(1);
  });

  it('says why a block-level word is only a warning when it reads across two words', () => {
    const r = screen('accept/c.md');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('accept/c.md:1:5  性，交 → 发生关系  (sexual-acts, warn; may be read as 性交 — 阴性 | 交给, across ，)');
  });

  it('exits 2 on a malformed screen setting, naming the file', () => {
    const r = screen('bad-setting');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^screen: bad screen setting: bad-setting\/a\.md: screen\.accept\.0: /);
  });

  it('exits 2 on an unreadable path or bad arguments', () => {
    expect(screen('nope')).toMatchObject({ code: 2, err: 'screen: cannot read nope (ENOENT)\n' });
    expect(screen().code).toBe(2);
    expect(screen('--frobnicate', 'content').err).toContain('unknown option --frobnicate');
  });
});
