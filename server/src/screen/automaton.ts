/**
 * Aho–Corasick over small integer symbols, stored as a double array: state `s` goes to `base[s] + sym`
 * when `check[base[s] + sym] === s`, otherwise it follows `fail[s]`. Flat typed arrays keep the scan loop
 * free of maps and objects. Symbols must be ≥ 1; state 0 is the root.
 */
export interface Automaton {
  base: Int32Array;
  check: Int32Array;
  fail: Int32Array;
  /** Patterns ending in state s: outList[outStart[s] .. outStart[s] + outCount[s]). */
  outStart: Int32Array;
  outCount: Int32Array;
  outList: Int32Array;
  states: number;
}

interface Trie {
  children: Map<number, number>[];
  own: number[][];
}

function buildTrie(patterns: readonly (readonly number[])[]): Trie {
  const trie: Trie = { children: [new Map()], own: [[]] };
  patterns.forEach((syms, id) => {
    let node = 0;
    for (const s of syms) {
      let next = trie.children[node].get(s);
      if (next === undefined) {
        next = trie.children.length;
        trie.children.push(new Map());
        trie.own.push([]);
        trie.children[node].set(s, next);
      }
      node = next;
    }
    trie.own[node].push(id);
  });
  return trie;
}

/** Breadth-first order, failure links and full output lists (own patterns plus those of the suffix chain). */
function links(trie: Trie): { order: number[]; fail: Int32Array; out: number[][] } {
  const n = trie.children.length;
  const fail = new Int32Array(n);
  const out: number[][] = trie.own.map((o) => [...o]);
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    const node = order[head];
    for (const [sym, child] of trie.children[node]) {
      order.push(child);
      if (node !== 0) {
        let f = fail[node];
        while (f !== 0 && !trie.children[f].has(sym)) f = fail[f];
        fail[child] = trie.children[f].get(sym) ?? 0;
      }
      out[child].push(...out[fail[child]]);
    }
  }
  return { order, fail, out };
}

/** Places each node's children in free slots of one shared array (first fit). */
function place(trie: Trie, order: number[], maxSym: number): { pos: Int32Array; base: Int32Array; size: number } {
  const pos = new Int32Array(trie.children.length);
  let owner = new Int32Array(1024).fill(-1);
  const grow = (need: number) => {
    if (need < owner.length) return;
    let len = owner.length;
    while (len <= need) len *= 2;
    const next = new Int32Array(len).fill(-1);
    next.set(owner);
    owner = next;
  };
  owner[0] = -2;
  const baseOf = new Int32Array(trie.children.length);
  let firstFree = 1;
  let size = 1;
  for (const node of order) {
    const syms = [...trie.children[node].keys()].sort((a, b) => a - b);
    if (syms.length === 0) continue;
    while (firstFree < owner.length && owner[firstFree] !== -1) firstFree++;
    let b = Math.max(1, firstFree - syms[0]);
    for (;;) {
      grow(b + syms[syms.length - 1]);
      if (syms.every((s) => owner[b + s] === -1)) break;
      b++;
    }
    baseOf[node] = b;
    for (const s of syms) {
      const slot = b + s;
      owner[slot] = pos[node];
      pos[trie.children[node].get(s)!] = slot;
      size = Math.max(size, slot + 1);
    }
  }
  const base = new Int32Array(size);
  for (const node of order) base[pos[node]] = baseOf[node];
  // Every base + symbol lookup must land inside the arrays, leaves included (their base is 0).
  return { pos, base, size: size + maxSym + 1 };
}

export function buildAutomaton(patterns: readonly (readonly number[])[]): Automaton {
  let maxSym = 0;
  for (const p of patterns) {
    if (p.length === 0) throw new Error('empty pattern');
    for (const s of p) {
      if (s < 1) throw new Error('symbols start at 1');
      maxSym = Math.max(maxSym, s);
    }
  }
  const trie = buildTrie(patterns);
  const { order, fail: trieFail, out } = links(trie);
  const placed = place(trie, order, maxSym);
  const size = Math.max(placed.size, placed.base.length + maxSym + 1);
  const base = new Int32Array(size);
  base.set(placed.base);
  const check = new Int32Array(size).fill(-1);
  const fail = new Int32Array(size);
  const outStart = new Int32Array(size);
  const outCount = new Int32Array(size);
  const outList: number[] = [];
  for (const node of order) {
    const p = placed.pos[node];
    fail[p] = placed.pos[trieFail[node]];
    for (const [s, child] of trie.children[node]) check[base[p] + s] = p;
    if (out[node].length > 0) {
      outStart[p] = outList.length;
      outCount[p] = out[node].length;
      outList.push(...out[node]);
    }
  }
  return { base, check, fail, outStart, outCount, outList: Int32Array.from(outList), states: order.length };
}

/** The state after reading `sym` in state `s` (reference form of the step inlined in the scanner). */
export function step(a: Automaton, s: number, sym: number): number {
  for (;;) {
    const t = a.base[s] + sym;
    if (a.check[t] === s) return t;
    if (s === 0) return 0;
    s = a.fail[s];
  }
}
