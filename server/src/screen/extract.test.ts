import { describe, expect, it } from 'vitest';
import { decodeEscapes, extractSegments, screenSource } from './extract';
import { buildScreener } from './screener';

const screener = buildScreener({
  file: 'test list',
  words: ['安全套', 'viol', '卖淫'].map((word) => ({ word, category: 'test', level: 'block' as const, suggest: [] })),
  allow: [],
});

/** Hits as `text@fileStart`, and a check that offsets point at the matched text when it is verbatim. */
function hits(file: string, source: string): string[] {
  return screenSource(screener, file, source).map((h) => `${source.slice(h.fileStart, h.fileEnd) || h.text}@${h.fileStart}`);
}

describe('what the CLI screens in each kind of file', () => {
  it('YAML: values, not keys, with file offsets', () => {
    const yaml = 'viol: 安全套\nlist:\n  - "卖\\u6DEB"\n  - ok\n';
    expect(hits('a.yaml', yaml)).toEqual(['安全套@6', `卖\\u6DEB@${yaml.indexOf('卖')}`]);
  });

  it('YAML: a word split by a folded line break is still found, at its value', () => {
    const yaml = 'text: >-\n  我们发安全\n  套给大家\n';
    expect(hits('a.yaml', yaml)).toEqual(['安全 套@6']);
  });

  it('YAML: falls back to the whole text when it cannot be parsed', () => {
    expect(hits('a.yml', 'a: [安全套\n')).toEqual(['安全套@4']);
  });

  it('JSON: string values with escapes mapped back, keys skipped', () => {
    const json = '{"viol": "x \\u5b89全套", "k": ["viol"]}';
    expect(hits('a.json', json)).toEqual(['\\u5b89全套@12', `viol@${json.lastIndexOf('viol')}`]);
  });

  it('TypeScript: literals and JSX text, never identifiers, imports, keys or types', () => {
    const code = [
      "import viol from 'viol';",
      "type T = 'viol';",
      "const viol2 = { 'viol': obj['viol'], t: 'le viol' };",
      'const c = `a ${viol2} 安全套 ${x}卖淫`;',
      'const e = <p>安全套</p>;',
    ].join('\n');
    const at = (w: string, from = 0) => `${w}@${code.indexOf(w, from)}`;
    expect(hits('a.tsx', code)).toEqual([at('viol', code.indexOf('le viol')), at('安全套'), at('卖淫'), at('安全套', code.indexOf('<p>'))]);
  });

  it('Markdown: front matter values and the whole body', () => {
    const md = '---\ntitle: 安全套\nviol: x\n---\n# viol\n\n敏感的卖淫\n';
    expect(hits('a.md', md)).toEqual(['安全套@11', `viol@${md.indexOf('# viol') + 2}`, `卖淫@${md.indexOf('卖淫')}`]);
  });

  it('decodes JS escapes with a map back to the source', () => {
    const seg = decodeEscapes('a\\u5b89\\n\\x41\\u{1F600}b', 10);
    expect(seg.text).toBe('a安\nA😀b');
    expect([...seg.map]).toEqual([10, 11, 17, 19, 23, 23, 32, 33]);
  });

  it('returns one verbatim segment for plain Markdown', () => {
    const [seg] = extractSegments('x.md', 'abc');
    expect(seg.text).toBe('abc');
    expect([...seg.map]).toEqual([0, 1, 2, 3]);
  });
});
