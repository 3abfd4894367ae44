import { describe, expect, it } from 'vitest';
import { consolidationPages } from '../../../addin/consolidation/consolidationPages';

describe('consolidationPages', () => {
  it('follows the cursor with the filters in the query string until the last page', async () => {
    const asked: string[] = [];
    const pages = [{ projects: [{ n: 1 }], indicators: [], cursor: 'c1' }, { projects: [{ n: 2 }], indicators: [] }];
    const getJson = async (path: string) => {
      asked.push(path);
      return pages[asked.length - 1];
    };
    const seen = [];
    for await (const batch of consolidationPages(getJson, { year: 2026, form: 'targetSheet', budgetTypes: ['general', 'fund'], statuses: ['approved'] }, { limit: 20 })) seen.push(batch);
    expect(seen).toHaveLength(2);
    expect(asked[0]).toBe('/v1/consolidation?year=2026&form=targetSheet&limit=20&budgetTypes=general%2Cfund&statuses=approved');
    expect(asked[1]).toContain('&cursor=c1');
  });

  it('asks for no further page once cancelled', async () => {
    const cancel = new AbortController();
    let calls = 0;
    const getJson = async () => {
      calls++;
      return { projects: [], indicators: [], cursor: 'more' };
    };
    for await (const _ of consolidationPages(getJson, { year: 2026, form: 'targetSheet' }, { signal: cancel.signal })) cancel.abort();
    expect(calls).toBe(1);
  });
});
