import type { Writable } from 'node:stream';

/** A file to store: its id (a UUID), the name offered on download and its media type. */
export interface ExportFile {
  id: string;
  fileName: string;
  contentType: string;
}

/** A time-limited download link. */
export interface ExportLink {
  url: string;
  expiresAt: string;
}

/**
 * Where exports go: S3 in the cloud, a folder locally (DESIGN.md "Large exports are written to S3 (locally:
 * a folder) and fetched by a pre-signed link").
 */
export interface ExportStore {
  /**
   * Stores a file written as a stream: `write` writes into the Writable it gets and ends it; the
   * store never holds the whole file in memory. Returns the stored size in bytes.
   */
  save(file: ExportFile, write: (output: Writable) => Promise<void>): Promise<{ bytes: number }>;
  /** A link that downloads the file until `now + ttlSeconds`, without any other credential. */
  link(file: ExportFile, now: Date, ttlSeconds: number): Promise<ExportLink>;
}

/** Links live 15 minutes: long enough to click, short enough not to leak for long. */
export const defaultLinkSeconds = 15 * 60;

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const csvContentType = 'text/csv; charset=utf-8';
