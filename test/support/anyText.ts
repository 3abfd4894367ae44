import fc from 'fast-check';

/**
 * Any text a client could send: UTF-16 code units of every value (lone surrogates, U+FFFE, C0
 * controls) mixed with whole code points of every plane.
 */
export const anyText = fc.string({
  unit: fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
});
