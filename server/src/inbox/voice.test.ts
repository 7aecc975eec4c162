import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { amrToWav, encodeAmr, isAmr } from './voice';

const FIXTURE = readFileSync(path.resolve(__dirname, '../../../scripts/fixtures/voice-440hz.amr'));

describe('WeChat voice (AMR-NB) to WAV', () => {
  it('decodes the fake WeChat voice to 8 kHz 16-bit mono PCM as long as the tone', () => {
    const wav = amrToWav(FIXTURE)!;
    expect([wav.toString('ascii', 0, 4), wav.readUInt32LE(24), wav.readUInt16LE(22), wav.readUInt16LE(34)]).toEqual(['RIFF', 8000, 1, 16]);
    expect(Math.abs((wav.length - 44) / 16000 - 1.5)).toBeLessThan(0.1);
  });

  it('round-trips a tone through the encoder, at the pitch it had', () => {
    const tone = new Float32Array(8000).map((_, i) => 0.5 * Math.sin((2 * Math.PI * 500 * i) / 8000));
    const amr = encodeAmr(tone);
    expect(isAmr(amr)).toBe(true);
    const wav = amrToWav(amr)!;
    const samples = Array.from({ length: (wav.length - 44) / 2 }, (_, i) => wav.readInt16LE(44 + i * 2));
    // 500 Hz: 1000 zero crossings a second, whatever the codec's small phase shifts.
    const crossings = samples.slice(1).filter((v, i) => Math.sign(v) !== Math.sign(samples[i]) && v !== 0).length;
    expect(Math.abs(crossings / (samples.length / 8000) - 1000)).toBeLessThan(60);
  });

  it('leaves what is not AMR-NB (speex, anything else) to the caller', () => {
    expect(amrToWav(Buffer.from('Speex   fake'))).toBeNull();
    expect(amrToWav(Buffer.from('#!AMR'))).toBeNull();
  });
});
