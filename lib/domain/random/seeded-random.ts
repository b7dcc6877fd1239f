/**
 * A source of uniform deviates in [0, 1). Domain code never calls Math.random: every stochastic routine takes one of
 * these (or a seed) so results are reproducible.
 */
export type RandomSource = () => number;

/** splitmix32 step: spreads a 32-bit seed over the whole state so nearby seeds give unrelated streams. */
function splitmix32(state: number): [next: number, output: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/**
 * Seeded pseudo-random generator: xoshiro128** (Blackman & Vigna 2018), state seeded by splitmix32.
 *
 * Input: `seed`, any safe integer (negative and > 2^32 values are folded into 64 bits, so every safe integer gives
 * its own stream). Output: a function returning doubles uniform in [0, 1) with 53 random bits (two 32-bit outputs per
 * call). Period 2^128 − 1. Same seed → same sequence on every platform (only 32-bit integer ops are used).
 * Throws for a non-integer seed, which is a bug in the caller.
 */
export function createSeededRandom(seed: number): RandomSource {
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`createSeededRandom: seed must be a safe integer, got ${String(seed)}`);
  }
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  let mix = low ^ Math.imul(high, 0x27d4eb2d);
  const state = new Uint32Array(4);
  for (let k = 0; k < 4; k++) {
    const [next, output] = splitmix32(mix);
    mix = next;
    state[k] = output;
  }
  // xoshiro's only bad state is all zeros; splitmix32 cannot produce four zeros in a row, but guard anyway.
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;

  const nextUint32 = createXoshiro128StarStar(state[0]!, state[1]!, state[2]!, state[3]!);
  return () => {
    const upper = nextUint32() >>> 5; // 27 bits
    const lower = nextUint32() >>> 6; // 26 bits
    return (upper * 67108864 + lower) / 9007199254740992;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * The raw xoshiro128** generator on an explicit 128-bit state (four uint32 words, not all zero): returns the next
 * uint32 output per call. Exposed so tests can check it against the reference implementation's output.
 */
export function createXoshiro128StarStar(a: number, b: number, c: number, d: number): () => number {
  let s0 = a >>> 0;
  let s1 = b >>> 0;
  let s2 = c >>> 0;
  let s3 = d >>> 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
}
