/**
 * `npm run bench:screen`: the screener against fastscan, mint-filter and modern-ahocorasick on the same
 * 2,000-word list and the same deterministic 5 MB Chinese corpus, in one run on this machine.
 * MB = 10^6 bytes of UTF-8 text.
 */
import path from 'node:path';
import { loadCorpus, score } from '../../server/src/screen/corpus';
import { buildScreener } from '../../server/src/screen/screener';
import { BOTH, BOTH_STRICT, ICU_ONLY, JIEBA_ONLY, NONE } from '../../server/src/screen/segment';
import { loadWordList } from '../../server/src/screen/wordList';
import { benchList, buildCorpus, characterPool, evasions, groundTruth, random } from './corpus';
import { engines } from './engines';

const LIST_SIZE = 2000;
const CORPUS_BYTES = 5_000_000;
const EVASIONS_PER_KIND = 100;
const MIN_RUN_MS = 1500;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(): void {
  const shipped = loadWordList(path.resolve(__dirname, '../../content/words.yaml'));
  const pool = characterPool();
  const list = benchList(shipped, pool, LIST_SIZE);
  const planted = evasions(list, EVASIONS_PER_KIND);
  const corpus = buildCorpus(list, pool, CORPUS_BYTES, planted);
  const truth = groundTruth(
    corpus.text,
    list.words.map((w) => w.word),
  );
  const truthWords = new Set([...truth].map((k) => k.slice(k.indexOf(':') + 1)));
  const rnd = random(5);
  const filler = (n: number) => Array.from({ length: n }, () => pool[Math.floor(rnd() * pool.length)]).join('');
  const snippets = planted.map((e) => ({ evasion: e, text: `${filler(8)}${e.written}${filler(8)}` }));
  const kinds = [...new Set(planted.map((e) => e.kind))];
  // Overlapping hits: a listed word inside another listed word (性工作 in 性工作者) must be reported too.
  const chinese = list.words.map((w) => w.word).filter((w) => /^[\u4e00-\u9fff]+$/.test(w));
  const nested = chinese.flatMap((outer) => chinese.filter((inner) => inner !== outer && outer.includes(inner)).map((inner) => ({ outer, inner })));
  const nestedSnippets = nested.map((n) => ({ ...n, text: `${filler(6)}${n.outer}${filler(6)}` }));

  console.log(`list: ${list.words.length} words; corpus: ${(corpus.bytes / 1e6).toFixed(2)} MB, ${corpus.text.length} UTF-16 units`);
  console.log(`ground truth: ${truth.size} exact occurrences of ${truthWords.size} words; ${corpus.planted.length} planted evasions\n`);

  const rows: { name: string; mbps: number; line: string }[] = [];
  for (const engine of engines()) {
    const t0 = performance.now();
    engine.build(list);
    const buildMs = performance.now() - t0;
    engine.run(corpus.text.slice(0, 300_000));
    const times: number[] = [];
    let result = engine.run(corpus.text);
    const started = performance.now();
    do {
      const t = performance.now();
      result = engine.run(corpus.text);
      times.push(performance.now() - t);
    } while (performance.now() - started < MIN_RUN_MS && times.length < 7);
    const ms = median(times);
    const mbps = corpus.bytes / 1e6 / (ms / 1000);
    const keys = new Set(result.keys);
    const found = engine.positions ? [...truth].filter((k) => keys.has(k)).length : undefined;
    const beyond = engine.positions ? [...keys].filter((k) => !truth.has(k)) : [];
    const onPlanted = beyond.filter((k) => {
      const at = Number(k.slice(0, k.indexOf(':')));
      return corpus.planted.some((p) => at >= p.start && at < p.end);
    }).length;
    const words = [...truthWords].filter((w) => result.words.has(w)).length;
    const perKind = kinds.map((kind) => {
      const mine = snippets.filter((s) => s.evasion.kind === kind);
      const seen = mine.filter((s) => engine.run(s.text).words.has(s.evasion.word)).length;
      return `${kind} ${seen}/${mine.length}`;
    });
    const bothFound = nestedSnippets.filter((n) => {
      const seen = engine.run(n.text).words;
      return seen.has(n.outer) && seen.has(n.inner);
    }).length;
    const hits =
      found === undefined
        ? `occurrences n/a (no offsets)`
        : `occurrences ${found}/${truth.size}, beyond exact: ${onPlanted} on planted evasions, ${beyond.length - onPlanted} across punctuation`;
    rows.push({
      name: engine.name,
      mbps,
      line: `  build ${buildMs.toFixed(0)} ms, scan ${ms.toFixed(1)} ms (median of ${times.length})\n  ${hits}, words ${words}/${truthWords.size}, nested words both found ${bothFound}/${nested.length}\n  evasions: ${perKind.join(', ')}`,
    });
  }
  const article = corpus.text.slice(0, 20_000);
  const lotus = engines()[0];
  lotus.build(shipped);
  const times = Array.from({ length: 20 }, () => {
    const t = performance.now();
    lotus.run(article);
    return performance.now() - t;
  });
  console.log(`a 20,000-character article (WeChat's maximum) with the shipped list: ${median(times).toFixed(2)} ms`);
  // The same on real prose: the shipped content's sentences, whose warnings and words read across two
  // neighbours go through the segmenters.
  const prose = loadCorpus().clean.map((c) => c.text).join('\n').slice(0, 20_000);
  lotus.run(prose);
  const proseTimes = Array.from({ length: 20 }, () => {
    const t = performance.now();
    lotus.run(prose);
    return performance.now() - t;
  });
  console.log(`a 20,000-character article of the shipped content's sentences: ${median(proseTimes).toFixed(2)} ms\n`);
  const fastestOther = Math.max(...rows.filter((r) => r.name !== 'lotus').map((r) => r.mbps));
  for (const r of rows) {
    console.log(`${r.name.padEnd(20)} ${r.mbps.toFixed(1).padStart(7)} MB/s  ×${(r.mbps / fastestOther).toFixed(2)} of the fastest other`);
    console.log(r.line);
  }
}

/** Precision and recall on the labelled corpus (server/src/screen/corpus/), for each way of using the segmenters. */
function corpusTable(shipped: ReturnType<typeof loadWordList>): void {
  const corpus = loadCorpus();
  console.log(`\nlabelled corpus: ${corpus.clean.length} must-not-block sentences, ${corpus.evasions.length} deliberate evasions (block = positive)`);
  for (const choice of [BOTH, BOTH_STRICT, JIEBA_ONLY, ICU_ONLY, NONE]) {
    const r = score(buildScreener(shipped, { segmenters: choice }), corpus);
    const mark = choice === BOTH ? ' (shipped)' : '';
    console.log(
      `${`${choice.name}${mark}`.padEnd(44)} precision ${(r.precision * 100).toFixed(1)}%  recall ${(r.recall * 100).toFixed(1)}%  false blocks ${r.falseBlocks.length}  evasions found ${r.found}/${r.evasions}`,
    );
    for (const f of r.falseBlocks.slice(0, 3)) console.log(`    false block: ${f.text} (${f.words.join(', ')})`);
    for (const m of r.missed.slice(0, 3)) console.log(`    missed ${m.kind}: ${m.text}`);
  }
  const shippedScores = score(buildScreener(shipped), corpus);
  console.log(`evasions per class: ${[...shippedScores.perKind].map(([k, v]) => `${k} ${v.found}/${v.total}`).join(', ')}`);
}

main();
corpusTable(loadWordList(path.resolve(__dirname, '../../content/words.yaml')));
