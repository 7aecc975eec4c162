import dns from 'node:dns';
import fs from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
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

/**
 * Where an article's image may be fetched from. A mediator writes the Markdown, so its addresses are
 * not trusted: by default https only, to public addresses only (every address the name resolves to is
 * checked, and the connection uses the checked one), at most 3 redirects, each checked again, 15 s and
 * 1 MB in all. Tests pass a looser policy for their local fixtures.
 */
export interface FetchPolicy {
  allowHttp: boolean;
  allowPrivate: boolean;
  timeoutMs: number;
  maxRedirects: number;
}

export const PUBLIC_HTTPS: FetchPolicy = { allowHttp: false, allowPrivate: false, timeoutMs: FETCH_TIMEOUT_MS, maxRedirects: 3 };

const NOT_PUBLIC = new net.BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) NOT_PUBLIC.addSubnet(address, prefix, 'ipv6');

/** Loopback, private, link-local (cloud metadata), shared, documentation, multicast and reserved ranges are not public. */
export function isPublicAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return isPublicAddress(mapped[1]);
  const family = net.isIP(ip);
  if (!family) return false;
  return !NOT_PUBLIC.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

class NotPublic extends Error {}

/** dns.lookup that fails unless every address of the name is public: the socket connects to a checked one. */
function publicLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses: dns.LookupAddress[]) => {
      if (err) return (callback as (e: Error) => void)(err);
      if (!allowPrivate && addresses.some((a) => !isPublicAddress(a.address))) return (callback as (e: Error) => void)(new NotPublic());
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function get(url: URL, policy: FetchPolicy, signal: AbortSignal): Promise<http.IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { lookup: publicLookup(policy.allowPrivate), signal, headers: { Accept: 'image/png, image/jpeg' } }, resolve);
    req.on('error', reject);
  });
}

async function fetchImage(src: string, policy: FetchPolicy): Promise<Buffer> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    throw refuse(src, 'its address is malformed');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'https:' && !(policy.allowHttp && url.protocol === 'http:')) throw refuse(src, 'only https addresses are fetched');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!policy.allowPrivate && net.isIP(host) && !isPublicAddress(host)) throw refuse(src, 'it points to a private or local address');
    let response: http.IncomingMessage;
    try {
      response = await get(url, policy, signal);
    } catch (e) {
      if (e instanceof NotPublic) throw refuse(src, 'it points to a private or local address');
      throw refuse(src, 'it could not be downloaded');
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (hop >= policy.maxRedirects) throw refuse(src, 'it redirects too many times');
      url = new URL(response.headers.location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw refuse(src, `its server answered ${status}`);
    }
    if (Number(response.headers['content-length'] ?? 0) > MAX_BYTES) {
      response.destroy();
      throw refuse(src, 'it is larger than 1 MB');
    }
    // Read at most the limit, whatever the server claims: an address must not fill the memory.
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of response as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_BYTES) {
          response.destroy();
          throw refuse(src, 'it is larger than 1 MB');
        }
        chunks.push(chunk);
      }
    } catch (e) {
      if (e instanceof WechatError) throw e;
      throw refuse(src, 'it could not be downloaded');
    }
    return Buffer.concat(chunks);
  }
}

/**
 * An article image's bytes and a file name for the upload. Sources: a web address, a data: URI, or
 * a path inside the content folder (never outside it).
 */
export async function loadImage(src: string, contentDir: string, policy: FetchPolicy = PUBLIC_HTTPS): Promise<{ bytes: Buffer; filename: string }> {
  let bytes: Buffer;
  if (/^https?:\/\//i.test(src)) bytes = await fetchImage(src, policy);
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
