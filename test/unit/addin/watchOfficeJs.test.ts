import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { officeJsMessage, officeJsTimeoutMs, watchOfficeJs } from '../../../addin/officeJs/watchOfficeJs';

/** A host whose office.js arrives (or not) when the test says, and that records what the pane shows. */
const host = () => {
  let office: { onReady: () => Promise<unknown> } | undefined;
  let ready: () => void = () => undefined;
  const seen: string[] = [];
  return {
    seen,
    load: () => {
      office = { onReady: () => new Promise<void>((resolve) => (ready = resolve)) };
    },
    ready: () => ready(),
    watch: () => watchOfficeJs({ office: () => office, show: () => seen.push('show'), hide: () => seen.push('hide') }),
  };
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchOfficeJs', () => {
  it('shows nothing when Office is ready in time', async () => {
    const pane = host();
    pane.watch();
    pane.load();
    await vi.advanceTimersByTimeAsync(300);
    pane.ready();
    await vi.advanceTimersByTimeAsync(officeJsTimeoutMs * 2);
    expect(pane.seen).toEqual([]);
  });

  it('shows the message after five seconds when office.js never loads', async () => {
    const pane = host();
    pane.watch();
    await vi.advanceTimersByTimeAsync(officeJsTimeoutMs - 1);
    expect(pane.seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(pane.seen).toEqual(['show']);
  });

  it('takes the message away when Office becomes ready late', async () => {
    const pane = host();
    pane.watch();
    pane.load();
    await vi.advanceTimersByTimeAsync(officeJsTimeoutMs);
    pane.ready();
    await vi.advanceTimersByTimeAsync(0);
    expect(pane.seen).toEqual(['show', 'hide']);
  });

  it('shows the message at once when the office.js script fails, and only once', async () => {
    const pane = host();
    const watch = pane.watch();
    watch.failed();
    await vi.advanceTimersByTimeAsync(officeJsTimeoutMs);
    expect(pane.seen).toEqual(['show']);
  });

  it('says it in Chinese first, then English, and tells the user what to do', () => {
    expect(officeJsMessage.zh).toMatch(/office\.js.*重新打开面板.*管理员/);
    expect(officeJsMessage.en).toMatch(/office\.js.*reopen the panel.*administrator/);
  });
});
