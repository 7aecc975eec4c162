import { describe, expect, it } from 'vitest';
import { draftReducer, initialDraft, toRequest, type Draft, type DraftAction } from './draft';

const run = (d: Draft, ...actions: DraftAction[]) => actions.reduce(draftReducer, d);
const fresh = () => initialDraft({ prefill: null, lastCity: 'paris' });

describe('report draft', () => {
  it('starts from a checked number when one is handed over, else from the kind in the link', () => {
    expect(initialDraft({ prefill: { kind: 'plate', value: 'AB-123-CD' }, kind: 'email', lastCity: null })).toMatchObject({ kind: 'plate', value: 'AB-123-CD', region: 'FR', step: 1 });
    expect(initialDraft({ prefill: null, kind: 'email', lastCity: 'lyon' })).toMatchObject({ kind: 'email', value: '', city: 'lyon' });
  });

  it('stays on the first step with the server’s reason until the identifier is valid', () => {
    const empty = run(fresh(), { type: 'next' });
    expect(empty).toMatchObject({ step: 1, problem: 'required' });
    const typo = run(empty, { type: 'value', value: '12' }, { type: 'next' });
    expect(typo).toMatchObject({ step: 1, problem: 'invalid_phone' });
    expect(run(typo, { type: 'value', value: '06 12 34 56 78' })).toMatchObject({ problem: null });
    expect(run(typo, { type: 'value', value: '06 12 34 56 78' }, { type: 'next' })).toMatchObject({ step: 2, problem: null });
  });

  it('asks for at least one category before the last step, and goes back without losing anything', () => {
    const atWhat = run(fresh(), { type: 'value', value: '06 12 34 56 78' }, { type: 'next' });
    expect(run(atWhat, { type: 'next' })).toMatchObject({ step: 2, problem: 'no_category' });
    const chosen = run(atWhat, { type: 'category', category: 'robbery' }, { type: 'category', category: 'violence' }, { type: 'next' });
    expect(chosen).toMatchObject({ step: 3, categories: ['violence', 'robbery'] });
    expect(run(chosen, { type: 'previous' }, { type: 'previous' }, { type: 'previous' })).toMatchObject({ step: 1, value: '06 12 34 56 78', categories: ['violence', 'robbery'] });
  });

  it('sends only what she filled in, the phone country only for a phone, trimmed', () => {
    const d = run(fresh(), { type: 'value', value: ' 06 12 34 56 78 ' }, { type: 'region', region: 'CN' }, { type: 'category', category: 'violence' }, { type: 'level', level: 'dangerous' }, { type: 'city', city: null }, { type: 'details', details: '  ' });
    expect(toRequest(d, 'dev-1')).toEqual({ kind: 'phone', value: '06 12 34 56 78', region: 'CN', categories: ['violence'], level: 'dangerous', device: 'dev-1' });
    const plate = run(d, { type: 'kind', kind: 'plate' }, { type: 'value', value: 'AB-123-CD' }, { type: 'city', city: 'paris' }, { type: 'month', month: '2026-11' }, { type: 'details', details: ' grey car ' });
    expect(toRequest(plate, 'dev-1')).toEqual({ kind: 'plate', value: 'AB-123-CD', categories: ['violence'], level: 'dangerous', city: 'paris', month: '2026-11', details: 'grey car', device: 'dev-1' });
  });

  it('a new report keeps the kind, country and city and clears the rest', () => {
    const d = run(fresh(), { type: 'kind', kind: 'wechat' }, { type: 'value', value: 'bad_guy88' }, { type: 'category', category: 'violence' }, { type: 'month', month: '2026-10' }, { type: 'restart' });
    expect(d).toMatchObject({ step: 1, kind: 'wechat', value: '', categories: [], level: 'risky', month: null, details: '', city: 'paris' });
  });
});
