import { describe, expect, it } from 'vitest';
import { imageSources, renderForWechat } from './wechat';

const SOURCE = [
  '# 标题',
  '',
  '文字 [资料](https://example.org/a?b=1&c=2) 与 https://bare.example.com ，[公众号文章](https://mp.weixin.qq.com/s/abc)。',
  '',
  '![巴士](images/bus.png) ![外部](https://elsewhere.example/x.jpg) ![巴士](images/bus.png)',
  '',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '',
  '> 提示 *重要*',
].join('\n');

describe('renderForWechat', () => {
  const html = renderForWechat(SOURCE, new Map([['images/bus.png', 'http://mmbiz.qpic.cn/mmbiz_png/abc/0']]));

  it('lists each image source once, in order', () => {
    expect(imageSources(SOURCE)).toEqual(['images/bus.png', 'https://elsewhere.example/x.jpg']);
  });

  it('styles every element inline and uses no class or <style>', () => {
    for (const tag of ['h1', 'p', 'blockquote', 'em', 'img']) expect(html).toMatch(new RegExp(`<${tag} [^>]*style="[^"]+"`));
    expect(html).not.toMatch(/class=|<style/);
  });

  it('never lets raw HTML through', () => {
    expect(html).not.toMatch(/<script|<img src=x|onerror=alert\(1\)>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('points images at their WeChat copy and drops the ones WeChat would strip', () => {
    expect(html.match(/<img src="http:\/\/mmbiz\.qpic\.cn\/mmbiz_png\/abc\/0" alt="巴士"/g)).toHaveLength(2);
    expect(html).not.toContain('elsewhere.example');
    expect(html).not.toContain('images/bus.png');
  });

  it('puts an image’s description under it as a caption, escaped', () => {
    expect(html.match(/alt="巴士"[^>]*><span style="display:block;text-align:center[^"]*">巴士<\/span>/g)).toHaveLength(2);
    const tricky = renderForWechat('![<b>x</b> & y](a.png)', new Map([['a.png', 'http://mmbiz.qpic.cn/a']]));
    expect(tricky).toContain('>&lt;b&gt;x&lt;/b&gt; &amp; y</span>');
    expect(renderForWechat('![](a.png)', new Map([['a.png', 'http://mmbiz.qpic.cn/a']]))).not.toContain('<span');
  });

  it('keeps links into mp.weixin.qq.com and turns others into text with a numbered note', () => {
    expect(html).toContain('<a href="https://mp.weixin.qq.com/s/abc" style=');
    expect(html).toMatch(/<span style="[^"]+">资料<\/span> \[1\]/);
    expect(html).toMatch(/<span style="[^"]+">https:\/\/bare\.example\.com<\/span>/);
    expect(html).not.toContain('href="https://example.org');
    expect(html).toContain('[1] https://example.org/a?b=1&amp;c=2</p></section>');
    expect(html).not.toContain('[2]');
  });

  it('adds no note section to an article without outside links', () => {
    expect(renderForWechat('只有文字。', new Map())).toBe('<p style="color:#222;font-size:17px;line-height:1.8;margin:0 0 14px;">只有文字。</p>\n');
  });
});
