import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/**
 * WeChat voice is AMR-NB, which no browser plays. benz-amr-recorder ships the opencore AMR-NB codec
 * compiled to asm.js as a Web Worker script (`src/amrnb.js`): it runs here in its own vm context, with a
 * `self` that answers synchronously, so decoding needs no worker, no native code and nothing downloaded.
 */
type Codec = (command: { command: 'decode'; buffer: Uint8Array } | { command: 'encode'; samples: Float32Array; sampleRate: number }) => Uint8Array | Float32Array | null;

const SAMPLE_RATE = 8000;
const AMR_MAGIC = Buffer.from('#!AMR\n');

let codec: Codec | undefined;

/** Loaded on the first voice (≈0.2 s): a server that never sees one never pays for it. */
function load(): Codec {
  if (codec) return codec;
  const source = readFileSync(require.resolve('benz-amr-recorder/src/amrnb.js'), 'utf8');
  let answer: Uint8Array | Float32Array | null = null;
  const worker = { onmessage: (_e: { data: unknown }) => {}, postMessage: (m: { amr: Uint8Array | Float32Array | null }) => (answer = m.amr) };
  const silent = () => {};
  const sandbox = { module: { exports: {} as () => void }, self: worker, TextEncoder, console: { log: silent, warn: silent, error: silent } };
  vm.runInNewContext(source, sandbox, { filename: 'amrnb.js' });
  sandbox.module.exports();
  codec = (data) => {
    answer = null;
    worker.onmessage({ data });
    return answer;
  };
  return codec;
}

export const isAmr = (bytes: Buffer) => bytes.length > AMR_MAGIC.length && bytes.subarray(0, AMR_MAGIC.length).equals(AMR_MAGIC);

/** PCM 16-bit, 8 kHz, mono in a RIFF/WAVE file; null when the bytes are not AMR-NB it can read. */
export function amrToWav(amr: Buffer): Buffer | null {
  if (!isAmr(amr)) return null;
  let samples: Float32Array | Uint8Array | null;
  try {
    samples = load()({ command: 'decode', buffer: new Uint8Array(amr) });
  } catch {
    return null;
  }
  if (!samples || samples.length === 0) return null;
  const pcm = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) pcm.writeInt16LE(Math.round(Math.max(-1, Math.min(1, Number(samples[i]))) * 32767), i * 2);
  const head = Buffer.alloc(44);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(36 + pcm.length, 4);
  head.write('WAVEfmt ', 8, 'ascii');
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20); // PCM
  head.writeUInt16LE(1, 22); // mono
  head.writeUInt32LE(SAMPLE_RATE, 24);
  head.writeUInt32LE(SAMPLE_RATE * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36, 'ascii');
  head.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([head, pcm]);
}

/** AMR-NB 12.2 kbit/s from 8 kHz samples in [-1, 1]: how the tests make a voice as WeChat sends it. */
export function encodeAmr(samples: Float32Array): Buffer {
  const out = load()({ command: 'encode', samples, sampleRate: SAMPLE_RATE });
  if (!out || out.length === 0) throw new Error('AMR encoder produced nothing');
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}
