import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { crc32, createDeflateRaw } from 'node:zlib';
import { writeChunk } from './writeChunk';

/** One part of the zip as it appears in the central directory. */
interface WrittenEntry {
  name: Buffer;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  offset: number;
}

export interface ZipWriterOptions {
  /** zlib level (default 6); 1 is faster and a little larger. */
  compressionLevel?: number;
  /** The modification time of every part (default: now). */
  modified?: Date;
}

// Bit 3: sizes and CRC follow the data (a data descriptor), so a part is streamed without knowing
// them first; bit 11: the name is UTF-8.
const flags = 0x0808;
const deflated = 8;
const versionNeeded = 20;
const maxSize = 0xffffffff;

/** MS-DOS time and date, as zip headers store them (2-second resolution, local time, from 1980). */
const dosDateTime = (date: Date): { time: number; date: number } => ({
  time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
  date: (Math.max(0, date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
});

/**
 * A zip file streamed into `output` (APPNOTE 6.3: deflated parts with data descriptors, no Zip64):
 * each part is compressed while its text is produced, and memory holds one chunk per part plus the
 * central directory. Parts over 4 GB are refused; an .xlsx part never comes close.
 *
 * @example
 * const zip = zipWriter(output);
 * await zip.add('hello.txt', ['你好']);
 * await zip.finish();
 */
export const zipWriter = (output: Writable, options: ZipWriterOptions = {}) => {
  const written: WrittenEntry[] = [];
  const stamp = dosDateTime(options.modified ?? new Date());
  let offset = 0;
  const put = (bytes: Buffer): Promise<void> | undefined => {
    offset += bytes.length;
    return writeChunk(output, bytes);
  };

  /** Adds one part, compressing the chunks of `content` as they come. */
  const add = async (name: string, content: Iterable<string | Buffer> | AsyncIterable<string | Buffer>): Promise<void> => {
    const nameBytes = Buffer.from(name, 'utf8');
    const entry: WrittenEntry = { name: nameBytes, crc: 0, compressedSize: 0, uncompressedSize: 0, offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(versionNeeded, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(deflated, 8);
    header.writeUInt16LE(stamp.time, 10);
    header.writeUInt16LE(stamp.date, 12);
    header.writeUInt16LE(nameBytes.length, 26);
    await put(Buffer.concat([header, nameBytes]));

    async function* measured(): AsyncGenerator<Buffer> {
      for await (const chunk of content) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        entry.crc = crc32(bytes, entry.crc);
        entry.uncompressedSize += bytes.length;
        yield bytes;
      }
    }
    await pipeline(Readable.from(measured()), createDeflateRaw({ level: options.compressionLevel ?? 6 }), async (compressed: AsyncIterable<Buffer>) => {
      for await (const bytes of compressed) {
        entry.compressedSize += bytes.length;
        await put(bytes);
      }
    });
    if (entry.uncompressedSize > maxSize || entry.compressedSize > maxSize) throw new RangeError(`zip part over 4 GB: ${name}`);

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc, 4);
    descriptor.writeUInt32LE(entry.compressedSize, 8);
    descriptor.writeUInt32LE(entry.uncompressedSize, 12);
    await put(descriptor);
    written.push(entry);
  };

  /** Writes the central directory and ends `output`. */
  const finish = async (): Promise<void> => {
    const directoryOffset = offset;
    for (const entry of written) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(versionNeeded, 4);
      record.writeUInt16LE(versionNeeded, 6);
      record.writeUInt16LE(flags, 8);
      record.writeUInt16LE(deflated, 10);
      record.writeUInt16LE(stamp.time, 12);
      record.writeUInt16LE(stamp.date, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressedSize, 20);
      record.writeUInt32LE(entry.uncompressedSize, 24);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt32LE(entry.offset, 42);
      await put(Buffer.concat([record, entry.name]));
    }
    if (offset > maxSize || written.length > 0xffff) throw new RangeError('zip over 4 GB or 65,535 parts');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(written.length, 8);
    end.writeUInt16LE(written.length, 10);
    end.writeUInt32LE(offset - directoryOffset, 12);
    end.writeUInt32LE(directoryOffset, 16);
    await put(end);
    await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
  };

  return { add, finish };
};
