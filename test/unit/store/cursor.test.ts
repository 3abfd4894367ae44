import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../functions/store/cursor';

const attributes = ['PK', 'SK', 'GSI2PK', 'GSI2SK'];

describe('page cursors', () => {
  it('round-trip any key of the query they came from', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (pk, sk, gpk, gsk) => {
        const key = { PK: pk, SK: sk, GSI2PK: gpk, GSI2SK: gsk };
        expect(decodeCursor(encodeCursor(key), attributes, { GSI2PK: gpk })).toEqual(key);
      }),
    );
  });

  it('refuse cursors of another partition, with other attributes, or that are not JSON objects', () => {
    const cursor = encodeCursor({ PK: 'a', SK: 'b', GSI2PK: 'R#nantong#D#nt-edu#Y#2026', GSI2SK: 'P#1' });
    const refuse = (text: string, partition = 'R#nantong#D#nt-edu#Y#2026') => () => decodeCursor(text, attributes, { GSI2PK: partition });
    expect(refuse(cursor, 'R#nantong#D#nt-health#Y#2026')).toThrow(expect.objectContaining({ code: 'request.invalidCursor', status: 400 }));
    expect(refuse(encodeCursor({ PK: 'a', SK: 'b' }))).toThrow(expect.objectContaining({ code: 'request.invalidCursor' }));
    expect(refuse(encodeCursor({ PK: 'a', SK: 'b', GSI2PK: 'R#nantong#D#nt-edu#Y#2026', GSI2SK: 'P#1', extra: 'x' }))).toThrow(
      expect.objectContaining({ code: 'request.invalidCursor' }),
    );
    expect(refuse(Buffer.from('[1,2]').toString('base64url'))).toThrow(expect.objectContaining({ code: 'request.invalidCursor' }));
    expect(refuse('%%%')).toThrow(expect.objectContaining({ code: 'request.invalidCursor' }));
  });
});
