import { describe, expect, it } from 'vitest';
import { keepLatest } from './kept-loads.ts';

/** A load that counts its calls per key and answers with the key and that count. */
function counted() {
  const calls = new Map<string, number>();
  const load = async (key: string) => {
    const n = (calls.get(key) ?? 0) + 1;
    calls.set(key, n);
    if (key.startsWith('fail')) throw new Error(`${key} failed`);
    return `${key} #${n}`;
  };
  return { calls, load };
}

describe('keepLatest', () => {
  it('loads a key once and answers later calls with the same result', async () => {
    const { calls, load } = counted();
    const kept = keepLatest(3, load);
    await expect(kept('discharge')).resolves.toBe('discharge #1');
    await expect(kept('discharge')).resolves.toBe('discharge #1');
    expect(calls.get('discharge')).toBe(1);
  });

  it('tells calls apart by all their arguments', async () => {
    let loads = 0;
    const kept = keepLatest(
      3,
      async (bundle: string, words: string) => `${bundle}:${words} #${++loads}`,
    );
    await expect(kept('/full/', 'letter')).resolves.toBe('/full/:letter #1');
    await expect(kept('/suggest/', 'letter')).resolves.toBe('/suggest/:letter #2');
    await expect(kept('/full/', 'letter')).resolves.toBe('/full/:letter #1');
  });

  it('drops the key asked for longest ago once more than `max` are kept', async () => {
    const { calls, load } = counted();
    const kept = keepLatest(2, load);
    await kept('a');
    await kept('b');
    // Asked for again: now "b" was asked for longest ago.
    await kept('a');
    await kept('c');
    await expect(kept('a')).resolves.toBe('a #1');
    await expect(kept('b')).resolves.toBe('b #2');
    expect(calls.get('b')).toBe(2);
  });

  it('shares one load between calls made while it is still loading', async () => {
    const { calls, load } = counted();
    const kept = keepLatest(3, load);
    const [first, second] = await Promise.all([kept('letter'), kept('letter')]);
    expect([first, second]).toEqual(['letter #1', 'letter #1']);
    expect(calls.get('letter')).toBe(1);
  });

  it('keeps a newer load when an older one for its key, already dropped, fails late', async () => {
    let failOld: (error: Error) => void = () => undefined;
    let loads = 0;
    const kept = keepLatest(1, (key) => {
      loads++;
      if (loads === 1) return new Promise<string>((_, reject) => (failOld = reject));
      return Promise.resolve(`${key} #${loads}`);
    });
    const old = kept('a').catch(() => 'failed');
    // "b" drops "a"; "a" asked for again loads anew.
    await kept('b');
    await expect(kept('a')).resolves.toBe('a #3');
    failOld(new Error('late'));
    await expect(old).resolves.toBe('failed');
    await expect(kept('a')).resolves.toBe('a #3');
    expect(loads).toBe(3);
  });

  it('does not keep a failure: the next call loads again', async () => {
    const { calls, load } = counted();
    const kept = keepLatest(3, load);
    await expect(kept('fail')).rejects.toThrow('fail failed');
    await expect(kept('fail')).rejects.toThrow('fail failed');
    expect(calls.get('fail')).toBe(2);
  });
});
