/**
 * Maps items with up to `concurrency` calls in flight and yields the results in input order, so a
 * slow request never reorders rows and at most `concurrency` results wait in memory.
 *
 * @example
 * for await (const batch of mapInOrder(chunks, 4, readChunk)) write(batch);
 */
export async function* mapInOrder<T, R>(items: Iterable<T> | AsyncIterable<T>, concurrency: number, map: (item: T) => Promise<R>): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  for await (const item of items) {
    const next = map(item);
    // Keeps a rejection that is awaited later from counting as unhandled meanwhile.
    next.catch(() => undefined);
    inFlight.push(next);
    if (inFlight.length >= concurrency) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}
