import fs from 'node:fs/promises';
import path from 'node:path';
import { WechatError } from './errors';

/** media/uploadimg takes JPG or PNG under 1 MB. */
const MAX_BYTES = 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;

function kind(bytes: Buffer): 'png' | 'jpg' | null {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg';
  return null;
}

function refuse(src: string, why: string): WechatError {
  return new WechatError('invalid_image', `The image "${src.slice(0, 80)}" cannot go to WeChat: ${why}.`);
}

async function fetchImage(src: string): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(src, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch {
    throw refuse(src, 'it could not be downloaded');
  }
  if (!response.ok) throw refuse(src, `its server answered ${response.status}`);
  if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) throw refuse(src, 'it is larger than 1 MB');
  // Read at most the limit, whatever the server claims: an address must not fill the memory.
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    size += part.value.length;
    if (size > MAX_BYTES) {
      await reader?.cancel().catch(() => {});
      throw refuse(src, 'it is larger than 1 MB');
    }
    chunks.push(Buffer.from(part.value));
  }
  return Buffer.concat(chunks);
}

/**
 * An article image's bytes and a file name for the upload. Sources: a web address, a data: URI, or
 * a path inside the content folder (never outside it).
 */
export async function loadImage(src: string, contentDir: string): Promise<{ bytes: Buffer; filename: string }> {
  let bytes: Buffer;
  if (/^https?:\/\//i.test(src)) bytes = await fetchImage(src);
  else if (src.startsWith('data:')) {
    const match = /^data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(src);
    if (!match) throw refuse(src, 'only base64 PNG or JPG data is accepted');
    bytes = Buffer.from(match[1], 'base64');
  } else {
    const root = path.resolve(contentDir);
    let relative: string;
    try {
      relative = decodeURIComponent(src.replace(/^\/+/, ''));
    } catch {
      throw refuse(src, 'its address is malformed');
    }
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) throw refuse(src, 'it is outside the content folder');
    try {
      bytes = await fs.readFile(file);
    } catch {
      throw refuse(src, 'there is no such file in the content folder');
    }
  }
  const type = kind(bytes);
  if (!type) throw refuse(src, 'WeChat only takes JPG or PNG');
  if (bytes.length >= MAX_BYTES) throw refuse(src, 'it is larger than 1 MB');
  return { bytes, filename: `image.${type}` };
}
