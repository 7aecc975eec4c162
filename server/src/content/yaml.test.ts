import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadFlyerTexts } from '../flyers/texts';
import { loadReplies } from '../routes/wechat/replies';
import { loadWordList } from '../screen/wordList';
import { loadContent } from './loader';
import { loadYaml, YamlError } from './yaml';

const SHIPPED = path.resolve(__dirname, '../../../content');
const dirs: string[] = [];

/** A copy of the shipped content/ where one file is replaced. */
function contentWith(name: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-yaml-'));
  dirs.push(dir);
  fs.cpSync(SHIPPED, dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  return dir;
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof YamlError) return e.message;
    throw e;
  }
  throw new Error('expected a YamlError');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('one YAML loader for the team’s files: file:line: message', () => {
  it('words, auto-replies, flyer texts and content all say where a bad YAML file goes wrong', () => {
    const broken = (text: string) => `broken: a: b\n${text}`;
    for (const name of ['words.yaml', 'wechat-replies.yaml', 'flyer-texts.yaml', 'updates.yaml']) {
      const dir = contentWith(name, broken);
      const file = path.join(dir, name);
      const load = {
        'words.yaml': () => loadWordList(file),
        'wechat-replies.yaml': () => loadReplies(dir),
        'flyer-texts.yaml': () => loadFlyerTexts(dir),
        'updates.yaml': () => loadContent(dir),
      }[name]!;
      expect(messageOf(load), name).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: YAML: `));
    }
  });

  it('names the line and field a schema refuses', () => {
    const dir = contentWith('flyer-texts.yaml', (text) => text.replace(/^contact: .*$/m, 'contact: not-an-address'));
    const line = fs.readFileSync(path.join(dir, 'flyer-texts.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('contact:')) + 1;
    expect(messageOf(() => loadFlyerTexts(dir))).toMatch(new RegExp(`flyer-texts\\.yaml:${line}: contact: `));
  });

  it('keeps a file until it changes on disk, then reads it again', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-yaml-'));
    dirs.push(dir);
    const file = path.join(dir, 'x.yaml');
    const schema = z.object({ n: z.number() });
    fs.writeFileSync(file, 'n: 1\n');
    const first = loadYaml(file, schema);
    expect(loadYaml(file, schema)).toBe(first);
    fs.writeFileSync(file, 'n: 22\n');
    expect(loadYaml(file, schema)).toEqual({ n: 22 });
    fs.writeFileSync(file, 'n: two\n');
    expect(messageOf(() => loadYaml(file, schema))).toBe(`${file}:1: n: Invalid input: expected number, received string`);
    fs.rmSync(file);
    expect(messageOf(() => loadYaml(file, schema))).toBe(`${file}: cannot be read (ENOENT)`);
  });
});
