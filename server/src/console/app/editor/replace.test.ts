import { describe, expect, it } from 'vitest';
import { planReplacement, problemsAfter, replaceable, replaceHits, type FieldHit } from './replace';

const hit = (over: Partial<FieldHit>): FieldHit => ({ field: 'body', start: 0, end: 0, text: '', word: '', category: 'x', level: 'block', suggest: ['工具'], ...over });

describe('one-click replacement', () => {
  const text = '结果是阴性，交给医生。巴士上有安全套。';
  const ambiguous = hit({ start: 4, end: 7, text: '性，交', word: '性交', level: 'warn', suggest: ['发生关系'], ambiguous: { words: ['阴性', '交给'], punctuation: '，' } });
  const real = hit({ start: 15, end: 18, text: '安全套', word: '安全套' });

  it('replaces only real hits: never one read across two words, nor an accepted one', () => {
    expect(replaceable(ambiguous)).toBe(false);
    expect(replaceable({ ...real, accepted: { reason: 'x' } })).toBe(false);
    expect(replaceHits(text, [ambiguous, real], '工具')).toBe('结果是阴性，交给医生。巴士上有工具。');
  });

  it('shows each change with its surroundings and where it lands in the new text', () => {
    const { next, changes } = planReplacement({ title: '', summary: '', body: text }, [ambiguous, real], '工具');
    expect(next.body).toBe('结果是阴性，交给医生。巴士上有工具。');
    expect(changes).toEqual([{ field: 'body', start: 15, end: 17, before: '阴性，交给医生。巴士上有', from: '安全套', to: '工具', after: '。' }]);
  });

  it('refuses a result where the replacement itself is flagged, and keeps one where it is not', () => {
    const { changes } = planReplacement({ title: '', summary: '', body: text }, [real], '工具');
    expect(problemsAfter(changes, [hit({ start: 15, end: 17, text: '工具', word: '工具' })]).map((h) => h.text)).toEqual(['工具']);
    expect(problemsAfter(changes, [hit({ start: 4, end: 7, text: '性，交', level: 'warn' })])).toEqual([]);
  });
});
