import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { webManifest as served } from '../../server/src/web/manifest';
import { iconPng, iconSvg, webManifest } from './pwa';

describe('the web app build', () => {
  it('writes the manifest the server serves, under the same default name', () => {
    expect(webManifest('Lotus')).toEqual(served('Lotus'));
  });

  it('draws the icons at their size: the tomato centred on the page colour, the maskable one inside the safe zone', () => {
    const at = (png: PNG, x: number, y: number) => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
    const icon = PNG.sync.read(iconPng(192));
    expect([icon.width, icon.height]).toEqual([192, 192]);
    expect(at(icon, 96, 110)).toEqual([0xe0, 0x5a, 0x3d]);
    expect(at(icon, 4, 4)).toEqual([0xfa, 0xf2, 0xe8]);
    // Maskable: everything drawn stays within the central circle of 80 % that launchers keep.
    const mask = PNG.sync.read(iconPng(512, 0.8));
    for (let y = 0; y < 512; y += 4) {
      for (let x = 0; x < 512; x += 4) {
        const r = Math.hypot(x - 256, y - 256);
        if (r > 0.4 * 512) expect(at(mask, x, y)).toEqual([0xfa, 0xf2, 0xe8]);
      }
    }
    expect(iconSvg()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 100 100">.*<\/svg>$/);
  });
});
