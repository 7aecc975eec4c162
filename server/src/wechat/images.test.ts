import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from './cover';
import { isPublicAddress, loadImage, PUBLIC_HTTPS } from './images';

/** The local fixture server is plain http on 127.0.0.1: only a test may allow that. */
const LOCAL = { ...PUBLIC_HTTPS, allowHttp: true, allowPrivate: true };

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
    expect(await loadImage(`${base}/photo.jpg`, dir, LOCAL)).toEqual({ bytes: JPEG, filename: 'image.jpg' });
    expect(await loadImage(`data:image/png;base64,${PNG.toString('base64')}`, dir)).toEqual({ bytes: PNG, filename: 'image.png' });
  });

  it('explains every refusal', async () => {
    const reason = (src: string) => loadImage(src, dir, LOCAL).then(() => 'accepted', (e: Error) => e.message);
    expect(await reason('../etc/passwd')).toBe('The image "../etc/passwd" cannot go to WeChat: it is outside the content folder.');
    expect(await reason('images/missing.png')).toBe('The image "images/missing.png" cannot go to WeChat: there is no such file in the content folder.');
    expect(await reason('images/note.txt')).toBe('The image "images/note.txt" cannot go to WeChat: WeChat only takes JPG or PNG.');
    expect(await reason(`${base}/gone.png`)).toBe(`The image "${base}/gone.png" cannot go to WeChat: its server answered 404.`);
    expect(await reason(`${base}/big.png`)).toBe(`The image "${base}/big.png" cannot go to WeChat: it is larger than 1 MB.`);
    expect(await reason(`${base}/chunked.png`)).toBe(`The image "${base}/chunked.png" cannot go to WeChat: it is larger than 1 MB.`);
    expect(await reason('data:image/svg+xml;base64,PHN2Zz4=')).toBe('The image "data:image/svg+xml;base64,PHN2Zz4=" cannot go to WeChat: only base64 PNG or JPG data is accepted.');
  });

  it('fetches only https from public addresses by default: a mediator cannot make the server probe inside', async () => {
    const reason = (src: string, policy = PUBLIC_HTTPS) => loadImage(src, dir, policy).then(() => 'accepted', (e: Error) => e.message.replace(/^.*cannot go to WeChat: /, ''));
    expect(await reason(`${base}/photo.jpg`)).toBe('only https addresses are fetched.');
    const httpAllowed = { ...PUBLIC_HTTPS, allowHttp: true };
    expect(await reason(`${base}/photo.jpg`, httpAllowed)).toBe('it points to a private or local address.');
    expect(await reason(`http://localhost:${new URL(base).port}/photo.jpg`, httpAllowed)).toBe('it points to a private or local address.');
    for (const host of ['127.0.0.1', '10.1.2.3', '169.254.169.254', '192.168.1.1', '[::1]', '[::ffff:127.0.0.1]', '[fe80::1]', '0.0.0.0']) {
      expect([host, await reason(`https://${host}/x.png`)]).toEqual([host, 'it points to a private or local address.']);
    }
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('2606:2800:220:1:248:1893:25c8:1946')).toBe(true);
    expect(isPublicAddress('100.64.0.1')).toBe(false);
  });
});
