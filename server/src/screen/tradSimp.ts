import fs from 'node:fs';

/**
 * Traditional → simplified, one character to one character, read from the dictionaries opencc-js ships
 * (TSCharacters plus the Taiwan and Hong Kong variant tables), so there is no second copy to keep in step.
 * The files are ES modules holding one string `"繁 简|…"`; we read them as text because the server is
 * CommonJS and the table is needed synchronously.
 */
const DICTS = ['TSCharacters', 'TWVariantsRev', 'HKVariantsRev'] as const;

function readDict(name: string): Map<number, number> {
  const file = require.resolve(`opencc-js/dict/${name}`);
  const source = fs.readFileSync(file, 'utf8');
  const body = /export default "([^"]*)"/.exec(source);
  if (!body) throw new Error(`opencc-js dictionary ${name} has an unexpected format (${file})`);
  const map = new Map<number, number>();
  for (const pair of body[1].split('|')) {
    const [from, to] = pair.split(' ');
    // Only single BMP characters fit a per-code-unit table; the few astral entries are rare forms.
    if (from?.length === 1 && to?.length === 1) map.set(from.charCodeAt(0), to.charCodeAt(0));
  }
  return map;
}

/** Maps a traditional or regional-variant code unit to its simplified form; characters without one are absent. */
export function traditionalToSimplified(): Map<number, number> {
  const [ts, tw, hk] = DICTS.map(readDict);
  const out = new Map<number, number>(ts);
  // A regional variant (為, 峯, 衞) first becomes OpenCC's standard traditional form, then simplified.
  for (const variants of [tw, hk]) {
    for (const [from, standard] of variants) {
      if (out.has(from)) continue;
      const simplified = ts.get(standard);
      if (simplified !== undefined) out.set(from, simplified);
    }
  }
  return out;
}
