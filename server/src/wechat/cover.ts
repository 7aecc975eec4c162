import zlib from 'node:zlib';

/**
 * draft/add requires a cover. Without one from the mediator, a neutral one is drawn here (no file
 * to ship, nothing to download): a soft rose gradient with a lighter band, 900×383 (WeChat's 2.35:1).
 */
const WIDTH = 900;
const HEIGHT = 383;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGB PNG from a pixel function. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let i = 0;
  for (let y = 0; y < height; y++) {
    raw[i++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      raw[i++] = r;
      raw[i++] = g;
      raw[i++] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let cover: Buffer | null = null;

export function neutralCover(): Buffer {
  cover ??= encodePng(WIDTH, HEIGHT, (x, y) => {
    const t = x / WIDTH;
    const base: [number, number, number] = [246 - 10 * t, 222 - 14 * t, 230 - 6 * t];
    const band = Math.abs(y - HEIGHT * 0.62) < 3 ? 0.5 : 0;
    return base.map((c) => Math.round(c + (255 - c) * band)) as [number, number, number];
  });
  return cover;
}
