import { describe, expect, it } from 'vitest';
import { toggleCategory } from './categories';

describe('choosing what happened', () => {
  it('adds a tapped category, keeps them in the catalogue order, and removes one tapped again', () => {
    const one = toggleCategory([], 'stealthing');
    expect(one).toEqual(['stealthing']);
    const two = toggleCategory(one, 'violence');
    expect(two).toEqual(['violence', 'stealthing']);
    expect(toggleCategory(two, 'stealthing')).toEqual(['violence']);
    expect(toggleCategory(['violence'], 'violence')).toEqual([]);
  });
});
