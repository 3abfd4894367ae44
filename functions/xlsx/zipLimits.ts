import { createInflateRaw } from 'node:zlib';
import { appError, type AppError } from '../errors/appError';

/**
 * Limits on what an uploaded .xlsx (a zip of XML parts) may make us do, checked before any XML
 * parser sees it. A form, a template or a rule-set workbook is a few dozen parts, well under a
 * megabyte of XML and a few thousand cells; these bounds are far above that and far below what
 * would hurt the API (a 0.5 MB zip can expand to gigabytes of XML).
 */
export interface ZipLimits {
  /** Parts in the zip. */
  entries: number;
  /** Uncompressed bytes of all parts together, declared and actual. */
  uncompressedBytes: number;
  /** Cells and rows (`<c>` and `<row>` elements) over all worksheets, and items of the shared strings. */
  cells: number;
}

export const uploadZipLimits: ZipLimits = { entries: 256, uncompressedBytes: 16 * 1024 * 1024, cells: 100_000 };

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const endOfDirectorySignature = 0x06054b50;
const directorySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
// Zip64 marks a field it moved elsewhere with all bits set; our parts never need it.
const zip64Marker = 0xffffffff;

const unreadable = (why: string): AppError =>
  appError('xlsx.unreadable', { zh: '无法读取该文件，请上传 .xlsx 格式的工作簿', en: 'The file could not be read; upload an .xlsx workbook', cause: new Error(why) });

const tooLarge = (limits: ZipLimits): AppError =>
  appError('xlsx.tooLarge', {
    zh: `工作簿解压后过大（上限 ${limits.entries} 个部件、共 ${Math.floor(limits.uncompressedBytes / 1024 / 1024)} MB），请只上传从本系统下载的表格`,
    en: `The workbook is too large once unzipped (limit ${limits.entries} parts, ${Math.floor(limits.uncompressedBytes / 1024 / 1024)} MB in all); upload only forms downloaded from here`,
  });

const tooManyCells = (limits: ZipLimits): AppError =>
  appError('xlsx.tooManyCells', {
    zh: `工作簿的单元格过多（上限 ${limits.cells} 个），请删除多余的行列后重新上传`,
    en: `The workbook has too many cells (limit ${limits.cells}); delete the extra rows and columns and upload again`,
  });

/** The end-of-central-directory record: within the last 64 KB + 22 bytes (its comment is at most 64 KB). */
const findEndOfDirectory = (zip: Buffer): number => {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === endOfDirectorySignature) return at;
  }
  throw unreadable('no end of central directory');
};

/** The central directory's entries, refused when there are too many or they declare too much. */
const readDirectory = (zip: Buffer, limits: ZipLimits): ZipEntry[] => {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === zip64Marker) throw tooLarge(limits);
  if (count > limits.entries) throw tooLarge(limits);
  if (offset + size > end) throw unreadable('central directory out of bounds');
  const entries: ZipEntry[] = [];
  let declared = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== directorySignature) throw unreadable('bad central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.uncompressedSize === zip64Marker || entry.compressedSize === zip64Marker) throw tooLarge(limits);
    declared += entry.uncompressedSize;
    if (declared > limits.uncompressedBytes) throw tooLarge(limits);
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
};

/** The compressed bytes of an entry, located through its local header. */
const entryData = (zip: Buffer, entry: ZipEntry): Buffer => {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== localHeaderSignature) throw unreadable(`bad local header: ${entry.name}`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.length) throw unreadable(`entry out of bounds: ${entry.name}`);
  return zip.subarray(start, start + entry.compressedSize);
};

// A cell or a row of a worksheet (`<c …>`, `<row …>`), or an item of the shared strings (`<si>`),
// with or without a namespace prefix.
const countedElement = /<(?:[A-Za-z_][\w.-]{0,20}:)?(?:c|row|si)[\s/>]/g;

/**
 * Counts the elements of `countedElement` in a stream of XML chunks. A tag cut across two chunks is
 * carried to the next one: the text from the last `<` when it is too close to the end to be whole.
 */
const elementCounter = () => {
  let carry = '';
  let count = 0;
  return {
    add: (chunk: Buffer): number => {
      // latin1 maps each byte to one character: tags are ASCII, and no UTF-8 byte of text can be `<`.
      const text = carry + chunk.toString('latin1');
      const cut = text.lastIndexOf('<');
      const whole = cut >= 0 && cut > text.length - 32 ? cut : text.length;
      carry = text.slice(whole);
      count += text.slice(0, whole).match(countedElement)?.length ?? 0;
      return count;
    },
    end: (): number => count + (`${carry} `.match(countedElement)?.length ?? 0),
  };
};

const isCounted = (name: string): boolean => /^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/i.test(name);

/**
 * Inflates one entry without keeping its output, stopping as soon as it goes past the size it
 * declared (the declared sizes are within the budget). zlib runs off the main thread, so other
 * requests are served meanwhile.
 */
const inflateCounting = (data: Buffer, entry: ZipEntry, onChunk: (chunk: Buffer) => void): Promise<number> =>
  new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let produced = 0;
    let stopped = false;
    const stop = (error: AppError) => {
      stopped = true;
      inflate.destroy();
      reject(error);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (stopped) return;
      produced += chunk.length;
      if (produced > entry.uncompressedSize) return stop(unreadable(`${entry.name} inflates past its declared size`));
      try {
        onChunk(chunk);
      } catch (error) {
        stop(error as AppError);
      }
    });
    inflate.on('error', (cause) => reject(unreadable(`${entry.name}: ${cause.message}`)));
    inflate.on('end', () => resolve(produced));
    inflate.end(data);
  });

/**
 * Checks an uploaded zip against `limits` before it is parsed: the central directory (entry count,
 * declared sizes), then every part inflated with a running budget of bytes and, for worksheets and
 * shared strings, of cells — stopping at the first excess. Nothing inflated is kept: memory stays at
 * the upload plus zlib's buffers whatever the zip holds.
 *
 * @throws AppError `xlsx.tooLarge` (413) for too many parts or too many bytes, `xlsx.tooManyCells`
 *   (422) past the cell budget, `xlsx.unreadable` (422) for a zip that is not well formed or whose
 *   parts inflate to other sizes than declared.
 * @example
 * await checkZipLimits(upload, uploadZipLimits);
 */
export const checkZipLimits = async (zip: Buffer, limits: ZipLimits = uploadZipLimits): Promise<void> => {
  if (zip.length < 22) throw unreadable('too short for a zip');
  const entries = readDirectory(zip, limits);
  let cells = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw unreadable(`${entry.name} is encrypted`);
    const data = entryData(zip, entry);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw unreadable(`${entry.name}: stored sizes differ`);
    } else if (entry.method !== 8) {
      throw unreadable(`${entry.name}: compression method ${entry.method}`);
    }
    const counter = isCounted(entry.name) ? elementCounter() : undefined;
    const onChunk = (chunk: Buffer) => {
      if (counter && cells + counter.add(chunk) > limits.cells) throw tooManyCells(limits);
    };
    const produced = entry.method === 0 ? (onChunk(data), data.length) : await inflateCounting(data, entry, onChunk);
    if (produced !== entry.uncompressedSize) throw unreadable(`${entry.name} inflates to another size than declared`);
    cells += counter?.end() ?? 0;
    if (cells > limits.cells) throw tooManyCells(limits);
  }
};
