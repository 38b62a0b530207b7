// Seeded pseudo-random numbers (xorshift32) so a sample workbook is the same for the same seed on
// every machine; Math.random is never used for data. Only integer operators in the hot path: Math.*
// calls are slow inside jest's vm contexts, and 100,000 customers draw over a million numbers.

export class Prng {
  private state: number;

  constructor(seed: number) {
    // xorshift needs a non-zero state; mixing spreads nearby seeds apart
    this.state = (seed ^ 0x9e3779b9) >>> 0 || 0x2545f491;
    for (let i = 0; i < 4; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + ((this.next() * (max - min + 1)) | 0);
  }

  pick<T>(items: readonly T[]): T {
    return items[(this.next() * items.length) | 0];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Picks by relative weights, e.g. [["Won", 2], ["Lost", 1]]. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [item, w] of choices) {
      x -= w;
      if (x < 0) return item;
    }
    return choices[choices.length - 1][0];
  }

  /** Log-uniform money amount in [min, max], rounded to `step`. */
  amount(min: number, max: number, step: number): number {
    const v = Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
    return Math.max(step, Math.round(v / step) * step);
  }
}
