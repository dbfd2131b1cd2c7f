export { allocateMoney, money, ratio } from '../../src/index.js';

/** Weights n/d as integers over one common denominator: wᵢ/Σw = numᵢ/den. */
export function toRatioParts(weights: readonly (readonly [number, number])[]): { num: bigint[]; den: bigint } {
  const common = weights.reduce((a, [, d]) => a * BigInt(d), 1n);
  const num = weights.map(([n, d]) => (BigInt(n) * common) / BigInt(d));
  return { num, den: num.reduce((a, b) => a + b, 0n) };
}
