/**
 * `load`, with the promises of the last `max` keys asked for kept and shared: asking again for a
 * key kept answers with the same promise, without loading it again. The key asked for longest ago
 * is dropped first; a load that fails is not kept, so the next call for its key tries again.
 */
export function keepLatest<T>(max: number, load: (key: string) => Promise<T>) {
  // A Map keeps the order keys were set in: each key asked for is set again, so the first is the
  // one asked for longest ago.
  const kept = new Map<string, Promise<T>>();
  return (key: string): Promise<T> => {
    let loaded = kept.get(key);
    if (loaded) kept.delete(key);
    else {
      const loading = load(key);
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
