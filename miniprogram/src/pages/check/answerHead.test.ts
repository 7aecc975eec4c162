import { describe, expect, it } from 'vitest';
import type { CheckResponse } from '@lotus/server/contract/alerts';
import { MESSAGES } from '../../locales/all';
import { answerHead } from './answerHead';

const answer = (over: Partial<CheckResponse>): CheckResponse => ({
  reported: false,
  count: 0,
  unconfirmed: 0,
  categories: [],
  level: null,
  lastReported: null,
  advice: '',
  ...over,
});

describe('answerHead', () => {
  it('never puts a zero count beside a warning: pending reports read "being checked"', () => {
    for (const a of [answer({ reported: true }), answer({ unconfirmed: 2 })]) {
      expect(answerHead(a, MESSAGES['zh-Hans']).head).toBe('⚠️ 有姐妹提醒过，正在核实');
      expect(answerHead(a, MESSAGES['zh-Hans']).head).not.toMatch(/\d/);
    }
    expect(answerHead(answer({ unconfirmed: 1 }), MESSAGES.fr).head).toContain('en cours de vérification');
  });

  it('counts approved reports and takes the level’s tone; nothing reported is clear', () => {
    expect(answerHead(answer({ reported: true, count: 2, level: 'dangerous' }), MESSAGES['zh-Hans'])).toEqual({ head: '⚠️ 有 2 位姐妹提醒过', tone: 'answer-danger', confirmed: true });
    expect(answerHead(answer({}), MESSAGES['zh-Hans'])).toMatchObject({ head: '✅ 还没有姐妹提醒过这个号码', tone: 'answer-clear' });
  });
});
