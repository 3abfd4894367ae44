/**
 * Samples the process's resident set size every few milliseconds and keeps the peak (the figure
 * the 300 MB target is about); the event loop must breathe for samples to be taken, which
 * a streaming export does between every batch.
 */
export const peakMemory = (everyMs = 5) => {
  let peakRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakRssBytes: peakRss, peakHeapBytes: peakHeap };
    },
  };
};
