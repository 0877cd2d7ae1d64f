import { describe, expect, it } from 'vitest';
import { ReadLimiter, settleInOrder } from '../../src/aws/parallel.js';

/** A task that stays open until released, counting how many are open at once. */
function gate() {
  let open = 0;
  let most = 0;
  const releases: (() => void)[] = [];
  const task = (value: number) => async () => {
    open++;
    most = Math.max(most, open);
    await new Promise<void>((resolve) => releases.push(resolve));
    open--;
    return value;
  };
  return { task, releases, most: () => most, open: () => open };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('bounded parallel reads', () => {
  it('never runs more than the limit at once, even when new reads arrive as one finishes', async () => {
    const limiter = new ReadLimiter(3);
    const g = gate();
    const all = Array.from({ length: 10 }, (_, i) => limiter.run(g.task(i)));
    await tick();
    expect(g.open()).toBe(3);
    // Finish one and queue a newcomer in the same turn: the waiter gets the slot, not the newcomer.
    g.releases.shift()?.();
    all.push(limiter.run(g.task(10)));
    await tick();
    expect(g.open()).toBe(3);
    while (g.releases.length > 0) {
      for (const release of g.releases.splice(0)) release();
      await tick();
    }
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(g.most()).toBe(3);
  });

  it('hands a finished slot to the oldest waiter before a read that arrives in the same turn', async () => {
    const limiter = new ReadLimiter(1);
    let open = 0;
    let most = 0;
    const track = async () => {
      open++;
      most = Math.max(most, open);
      await tick();
      open--;
    };
    let finish: () => void = () => {};
    const first = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const running = limiter.run(() => first);
    const waiter = limiter.run(track);
    // Registered after the limiter's own await on `first`: runs right after its slot is given up.
    const newcomer = first.then(() => limiter.run(track));
    finish();
    await Promise.all([running, waiter, newcomer]);
    expect(most).toBe(1);
  });

  it('keeps results in the order of the items, whatever order they finish in', async () => {
    const limiter = new ReadLimiter(8);
    const result = await limiter.map([30, 10, 20], async (ms) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return ms;
    });
    expect(result).toEqual([30, 10, 20]);
  });

  it('throws the error of the first failing item in order, after every read settled', async () => {
    const limiter = new ReadLimiter(8);
    const finished: string[] = [];
    const error = await limiter
      .map(['a', 'b', 'c'], async (name) => {
        await new Promise((resolve) => setTimeout(resolve, name === 'b' ? 20 : 1));
        finished.push(name);
        if (name !== 'a') throw new Error(`${name} failed`);
        return name;
      })
      .catch((e: Error) => e);
    expect((error as Error).message).toBe('b failed');
    expect(finished.sort()).toEqual(['a', 'b', 'c']);
  });

  it('settleInOrder reports the first rejection by position, not by time', async () => {
    const late = new Promise<number>((_, reject) => setTimeout(() => reject(new Error('first')), 20));
    const early = Promise.reject(new Error('second'));
    await expect(settleInOrder<[number, number]>([late, early])).rejects.toThrow('first');
  });

  it('refuses a limit below one', () => {
    expect(() => new ReadLimiter(0)).toThrow(/read limit must be >= 1/);
  });
});
