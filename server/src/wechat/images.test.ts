import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from './cover';
import { loadImage } from './images';

const PNG = encodePng(3, 3, () => [1, 2, 3]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

describe('article images for WeChat', () => {
  let dir: string;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-img-'));
    fs.mkdirSync(path.join(dir, 'images'));
    fs.writeFileSync(path.join(dir, 'images/a b.png'), PNG);
    fs.writeFileSync(path.join(dir, 'images/note.txt'), 'not an image');
    server = http.createServer((req, res) => {
      if (req.url === '/photo.jpg') res.end(JPEG);
      else if (req.url === '/big.png') res.end(Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]));
      else if (req.url === '/chunked.png') {
        // No Content-Length: the size is only known by reading.
        res.write(PNG);
        for (let i = 0; i < 20; i++) res.write(Buffer.alloc(64 * 1024));
        res.end();
      }
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads a content file, a web address and a data: URI', async () => {
    expect(await loadImage('images/a%20b.png', dir)).toEqual({ bytes: PNG, filename: 'image.png' });
    expect(await loadImage(`${base}/photo.jpg`, dir)).toEqual({ bytes: JPEG, filename: 'image.jpg' });
    expect(await loadImage(`data:image/png;base64,${PNG.toString('base64')}`, dir)).toEqual({ bytes: PNG, filename: 'image.png' });
  });

  it('explains every refusal', async () => {
    const reason = (src: string) => loadImage(src, dir).then(() => 'accepted', (e: Error) => e.message);
    expect(await reason('../etc/passwd')).toBe('The image "../etc/passwd" cannot go to WeChat: it is outside the content folder.');
    expect(await reason('images/missing.png')).toBe('The image "images/missing.png" cannot go to WeChat: there is no such file in the content folder.');
    expect(await reason('images/note.txt')).toBe('The image "images/note.txt" cannot go to WeChat: WeChat only takes JPG or PNG.');
    expect(await reason(`${base}/gone.png`)).toBe(`The image "${base}/gone.png" cannot go to WeChat: its server answered 404.`);
    expect(await reason(`${base}/big.png`)).toBe(`The image "${base}/big.png" cannot go to WeChat: it is larger than 1 MB.`);
    expect(await reason(`${base}/chunked.png`)).toBe(`The image "${base}/chunked.png" cannot go to WeChat: it is larger than 1 MB.`);
    expect(await reason('data:image/svg+xml;base64,PHN2Zz4=')).toBe('The image "data:image/svg+xml;base64,PHN2Zz4=" cannot go to WeChat: only base64 PNG or JPG data is accepted.');
  });
});
