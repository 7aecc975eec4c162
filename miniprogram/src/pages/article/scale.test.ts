import { describe, expect, it } from 'vitest';
import { nextScale, scaleHtml } from './scale';

describe('article text size', () => {
  it('scales the inline pixel sizes of the server HTML', () => {
    expect(scaleHtml('<p style="color:#222;font-size:17px;">x</p>', 1.2)).toBe('<p style="color:#222;font-size:20px;">x</p>');
    expect(scaleHtml('<p style="font-size:17px">x</p>', 1)).toBe('<p style="font-size:17px">x</p>');
  });
  it('steps through the sizes and stops at the ends', () => {
    expect(nextScale(1, 1)).toBe(1.2);
    expect(nextScale(1.75, 1)).toBe(1.75);
    expect(nextScale(1, -1)).toBe(1);
  });
});
