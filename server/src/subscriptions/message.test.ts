import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { screen } from '../screen';
import { alertMessage, alertText } from './message';

describe('the city alert message', () => {
  const config = loadConfig({ NODE_ENV: 'test' });

  it('says only that a city has a new tip, and opens its alerts page', () => {
    const message = alertMessage(config, { city: 'paris', cityName: '巴黎', now: new Date('2026-11-30T15:04:00Z') });
    expect(message).toEqual({
      page: 'pages/alerts/index?city=paris',
      data: { thing1: { value: '生活小贴士：巴黎有新的提醒' }, time2: { value: '2026年11月30日 16:04' } },
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    });
  });

  it("fits WeChat's 20 characters of a thing keyword, and follows the configured keywords", () => {
    expect([...alertText('克莱蒙费朗和圣艾蒂安及周边地区')].length).toBe(20);
    const one = alertMessage({ ...config, SUBSCRIBE_TEMPLATE_FIELDS: 'thing4' }, { city: 'lyon', cityName: '里昂', now: new Date() });
    expect(one.data).toEqual({ thing4: { value: '生活小贴士：里昂有新的提醒' } });
  });

  it("passes the team's word list", () => {
    for (const city of ['巴黎', '里昂', '马赛']) expect(screen(config, alertText(city))).toEqual([]);
  });
});
