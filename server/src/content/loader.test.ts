import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './loader';
import { YamlError } from './yaml';

const FIXTURE = path.join(__dirname, '../../test/fixtures/content');

function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-content-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function errorOf(fn: () => unknown): YamlError {
  try {
    fn();
  } catch (e) {
    if (e instanceof YamlError) return e;
    throw e;
  }
  throw new Error('expected a YamlError');
}

describe('loadContent', () => {
  it('reads cities, articles and updates from the fixture', () => {
    const c = loadContent(FIXTURE);
    expect(c.cities.map((x) => x.city)).toEqual(['lyon', 'paris']);
    expect(c.articles.map((a) => `${a.slug}.${a.lang}`).sort()).toEqual(['ame.zh-Hans', 'pep.fr', 'pep.zh-Hans']);
    expect(c.updates.map((u) => u.key)).toEqual(['testing-day', 'no-tour-christmas', 'old-news']);
    expect(c.cities[1].organizations[0].services[0].closures[0].from).toBe('2026-12-24');
  });

  it('names the file, the line and the field of a value the schema refuses', () => {
    const dir = copyFixture();
    const file = path.join(dir, 'directory/lyon.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('close: "17:00"', 'close: "5pm"'));
    const e = errorOf(() => loadContent(dir));
    expect(e.file.endsWith('directory/lyon.yaml')).toBe(true);
    expect(e.line).toBe(32);
    expect(e.reason).toBe('organizations.0.services.1.locations.0.hours.0.close: must be HH:MM');
  });

  it('names the line of broken YAML', () => {
    const dir = copyFixture();
    fs.writeFileSync(path.join(dir, 'updates.yaml'), '- key: a\n  title: [unclosed\n');
    const e = errorOf(() => loadContent(dir));
    expect(e.file.endsWith('updates.yaml')).toBe(true);
    expect(e.reason).toMatch(/^YAML: /);
    expect(e.line).toBe(3);
  });

  it('refuses front matter errors with the line inside the article', () => {
    const dir = copyFixture();
    const file = path.join(dir, 'articles/pep.fr.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('category: emergency', 'category: gossip'));
    const e = errorOf(() => loadContent(dir));
    expect(e.line).toBe(4);
    expect(e.reason).toMatch(/^category: /);
  });

  it('refuses an article whose file name does not match its slug and language', () => {
    const dir = copyFixture();
    fs.renameSync(path.join(dir, 'articles/pep.fr.md'), path.join(dir, 'articles/pep-fr.md'));
    const e = errorOf(() => loadContent(dir));
    expect(e.reason).toBe('the file name must be pep.fr.md (slug.lang.md)');
  });

  it('refuses an article without front matter', () => {
    const dir = copyFixture();
    fs.writeFileSync(path.join(dir, 'articles/x.fr.md'), '# no front matter\n');
    expect(errorOf(() => loadContent(dir)).reason).toBe('an article starts with front matter between two --- lines');
  });

  it('refuses a note written in one language only: the app shows it in the reader\'s', () => {
    const dir = copyFixture();
    const file = path.join(dir, 'directory/lyon.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('        verified: false\n        source: test fixture\n        locations:\n          - id: local', '        notes: { zh-Hans: 时间需要确认 }\n        verified: false\n        source: test fixture\n        locations:\n          - id: local'));
    const e = errorOf(() => loadContent(dir));
    expect([e.line, e.reason]).toEqual([14, 'organizations.0.services.0.notes.fr: fr text is required']);
  });

  it('takes verifiedOn with verified: true, and refuses one without the other', () => {
    const dir = copyFixture();
    const file = path.join(dir, 'directory/lyon.yaml');
    const original = fs.readFileSync(file, 'utf8');
    const first = '        verified: false\n        source: test fixture\n        locations:\n          - id: local';
    fs.writeFileSync(file, original.replace(first, first.replace('verified: false', 'verified: true\n        verifiedOn: 2026-12-02')));
    expect(loadContent(dir).cities[0].organizations[0].services[0]).toMatchObject({ verified: true, verifiedOn: '2026-12-02' });

    fs.writeFileSync(file, original.replace(first, first.replace('verified: false', 'verified: true')));
    expect(errorOf(() => loadContent(dir)).reason).toBe('organizations.0.services.0.verifiedOn: verified: true needs verifiedOn, the day it was checked (YYYY-MM-DD)');
    fs.writeFileSync(file, original.replace(first, first.replace('verified: false', 'verified: false\n        verifiedOn: 2026-12-02')));
    expect(errorOf(() => loadContent(dir)).reason).toBe('organizations.0.services.0.verified: verifiedOn is set: write verified: true, or remove verifiedOn');
  });
});
