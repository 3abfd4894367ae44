/**
 * Excel on the web refuses a request (everything queued between two `context.sync()` calls) larger
 * than about 5 MB. Large payloads (values, number formats) are counted here; only when the next
 * chunk would push the current request over the budget is a sync inserted. A target sheet (≤ 500
 * indicators, a few hundred KB) therefore always goes in one request, and the number of syncs does
 * not depend on the row count.
 */
export const defaultRequestBudgetBytes = 4_000_000;

const encoder = new TextEncoder();

/** The UTF-8 size of a JSON payload, as it travels to the host. */
export const payloadBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

export interface RequestBudget {
  /** Counts `bytes` about to be queued; syncs first when they would not fit in the current request. */
  spend(bytes: number): Promise<void>;
  /** Syncs inserted because of the budget. */
  readonly extraSyncs: number;
}

/** A budget over one `context`; `sync` is the context's sync. */
export function requestBudget(sync: () => Promise<void>, budgetBytes = defaultRequestBudgetBytes): RequestBudget {
  let used = 0;
  let extraSyncs = 0;
  return {
    async spend(bytes) {
      if (used > 0 && used + bytes > budgetBytes) {
        await sync();
        extraSyncs++;
        used = 0;
      }
      used += bytes;
    },
    get extraSyncs() {
      return extraSyncs;
    },
  };
}

/** Splits rows into consecutive chunks of at most `maxBytes` each (a row larger than that is a chunk alone). */
export function chunkRows<T>(rows: T[][], maxBytes: number): { start: number; rows: T[][]; bytes: number }[] {
  const chunks: { start: number; rows: T[][]; bytes: number }[] = [];
  let current: { start: number; rows: T[][]; bytes: number } = { start: 0, rows: [], bytes: 2 };
  rows.forEach((row, i) => {
    const bytes = payloadBytes(row) + 1;
    if (current.rows.length > 0 && current.bytes + bytes > maxBytes) {
      chunks.push(current);
      current = { start: i, rows: [], bytes: 2 };
    }
    current.rows.push(row);
    current.bytes += bytes;
  });
  if (current.rows.length > 0) chunks.push(current);
  return chunks;
}
