import { createHash } from 'node:crypto';
import { offlineForms, type OfflineForm } from '../../domain/forms/offlineForms';
import { formRegistry } from '../../domain/forms/registry';
import { appError } from '../errors/appError';


/**
 * What the hidden `_meta` sheet of an offline workbook says (docs/offline.md): the form, the subject,
 * the year, the version the file was made from (0 before the first save), a fingerprint of the
 * form's layout, and a checksum over all of them.
 */
export interface OfflineMeta {
  form: OfflineForm;
  subjectId: string;
  year: number;
  version: number;
  layout: string;
  checksum: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * A fingerprint of a form's layout (cells, lists, labels): a file made for another layout cannot be
 * read cell by cell, so it is refused rather than misread.
 */
export const layoutFingerprint = (form: OfflineForm): string => sha256(JSON.stringify(formRegistry[form].layout)).slice(0, 16);

/** SHA-256 over form, subject, year, version and layout: an edit to any of them in `_meta` shows. */
export const offlineChecksum = (meta: Omit<OfflineMeta, 'checksum'>): string =>
  sha256(JSON.stringify([meta.form, meta.subjectId, meta.year, meta.version, meta.layout]));

/** The `_meta` key/value pairs of a new offline workbook. */
export const offlineMetaSheet = (form: OfflineForm, subjectId: string, year: number, version: number): Record<string, string> => {
  const meta = { form, subjectId, year, version, layout: layoutFingerprint(form) };
  return { ...Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, String(value)])), checksum: offlineChecksum(meta) };
};

const notOurs = () =>
  appError('offline.unknownWorkbook', { zh: '无法识别该文件：请上传从本系统下载的离线填报模板（不要删除隐藏的 _meta 工作表）', en: 'This file is not recognised: upload an offline template downloaded from this system (keep its hidden _meta sheet)' });

/**
 * Reads and verifies the `_meta` pairs of an uploaded workbook: no meta or an unknown form → 422
 * `offline.unknownWorkbook`; a checksum that does not match → 422 `offline.tampered`; a file made
 * for an older layout of the form → 422 `offline.layoutChanged`.
 */
export const verifyOfflineMeta = (raw: Record<string, string> | null): OfflineMeta => {
  if (raw === null || !offlineForms.includes(raw.form as OfflineForm)) throw notOurs();
  const form = raw.form as OfflineForm;
  const year = Number(raw.year);
  const version = Number(raw.version);
  if (!raw.subjectId || !Number.isInteger(year) || !Number.isInteger(version) || version < 0) throw notOurs();
  const meta = { form, subjectId: raw.subjectId, year, version, layout: raw.layout ?? '' };
  if (raw.checksum !== offlineChecksum(meta)) {
    throw appError('offline.tampered', { zh: '文件的隐藏信息（_meta）被修改过，无法确认它属于哪张表，请重新下载模板', en: 'The hidden information of the file (_meta) was changed, so it cannot be matched to its form; download the template again' });
  }
  if (meta.layout !== layoutFingerprint(form)) {
    throw appError('offline.layoutChanged', { zh: '该模板的表样已更新，旧模板无法读取，请重新下载模板后填写', en: 'The form layout has changed since this template was made; download the template again' });
  }
  return { ...meta, checksum: raw.checksum };
};
