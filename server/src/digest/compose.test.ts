import { describe, expect, it } from 'vitest';
import { scrubDescription } from '../descriptionAlerts/scrub';
import { renderForWechat } from '../render/wechat';
import { composeDigest, digestTitle, tally, withoutTraces } from './compose';
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

describe('digest Markdown', () => {
  it('keeps a description as text: no heading, list or quote made from her lines, and her line breaks kept', () => {
    const { markdown } = composeDigest({
      city: { 'zh-Hans': '巴黎', fr: 'Paris' },
      week: weekOf('2026-11-25'),
      counts: { reports: tally([]), descriptions: tally([{ categories: ['violence'], level: 'danger' }]) },
      descriptions: [{ area: '# 美丽城', month: '2026-11', categories: ['violence'], level: 'danger', text: '- 高个子\n# 不是标题\n> 引用\n1. 开白车' }],
    });
    const html = renderForWechat(markdown, new Map()).replace(/ style="[^"]*"/g, '');
    expect(html).toContain('<p>- 高个子</p>\n<p># 不是标题</p>\n<p>&gt; 引用</p>\n<p>1. 开白车</p>');
    expect(html).not.toMatch(/<(ul|ol|blockquote|h1)>/);
    expect(html).toContain('<h3>⚠ 危险 Danger · # 美丽城 · 2026年11月</h3>');
  });
});
