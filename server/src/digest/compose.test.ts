import { describe, expect, it } from 'vitest';
import { scrubDescription } from '../descriptionAlerts/scrub';
import { digestTitle, withoutTraces } from './compose';
import { weekOf } from './week';

describe('digest text', () => {
  it('keeps no character of a masked identifier, and leaves times, prices and words alone', () => {
    const scrubbed = scrubDescription('电话 06 12 34 56 78，微信 zhang_wei88，车牌 AB-123-CD，邮箱 bad.guy@example.com，晚上 10:30 以后，200 欧');
    const clean = withoutTraces(scrubbed);
    for (const trace of ['78', 'zh', '88', 'AB', 'CD', 'b•', '@e', 'ex']) expect(clean).not.toContain(trace);
    expect(clean).toContain('晚上 10:30 以后，200 欧');
    expect(withoutTraces('+33 6 •• •• •• 32 et ab••••yz puis a•••@d•••.com')).toBe('••• et ••• puis •••@•••');
  });

  it('fits the longest city name of the directory in WeChat’s 32-character title', () => {
    expect([...digestTitle({ 'zh-Hans': '克莱蒙费朗', fr: 'Clermont-Ferrand' }, weekOf('2026-12-31'))].length).toBeLessThanOrEqual(32);
    expect(weekOf('2026-12-31')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
    expect(weekOf('2026-11-29')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
  });
});
