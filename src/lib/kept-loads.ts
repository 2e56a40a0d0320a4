/**
 * `load`, with the promises of the last `max` calls kept and shared by their arguments: a call
 * with the same arguments (the same JSON) as one kept answers with the same promise, without
 * loading again. The arguments asked for longest ago are dropped first (`max` Infinity keeps all
 * for the visit); a load that fails is not kept, so the next call with its arguments tries again.
 */
export function keepLatest<A extends unknown[], T>(
  max: number,
  load: (...args: A) => Promise<T>,
): (...args: A) => Promise<T> {
  // A Map keeps the order keys were set in: each key asked for is set again, so the first is the
  // one asked for longest ago.
  const kept = new Map<string, Promise<T>>();
  return (...args: A): Promise<T> => {
    const key = JSON.stringify(args);
    let loaded = kept.get(key);
    if (loaded) kept.delete(key);
    else {
      const loading = load(...args);
      loading.catch(() => {
        if (kept.get(key) === loading) kept.delete(key);
      });
      loaded = loading;
    }
    kept.set(key, loaded);
    if (kept.size > max) kept.delete(kept.keys().next().value!);
    return loaded;
  };
}
