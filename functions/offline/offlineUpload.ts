import { isDeepStrictEqual } from 'node:util';
import { checkTargetSheet } from '../../domain/checks/checkTargetSheet';
import { formRegistry } from '../../domain/forms/registry';
import { submissionId } from '../../domain/model/submission';
import type { Problem } from '../../domain/problem';
import type { Principal } from '../../contract/principal';
import { appError } from '../errors/appError';
import type { WriteMeta } from '../services/submissionWorkflow';
import { createTargetSheet, getTargetSheet, getTargetSheetVersion, saveTargetSheet, type TargetSheetView } from '../services/targetSheetService';
import { getProject } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { getHead } from '../store/submissionStore';
import { openWorkbook } from '../xlsx/readWorkbookValues';
import { verifyOfflineMeta } from './offlineMeta';

const invalid = (problems: Problem[]) =>
  appError('offline.invalid', { zh: `文件中有 ${problems.length} 处错误，请按标出的单元格修改后重新上传`, en: `The file has ${problems.length} error(s); fix the cells listed and upload again`, problems });

const stale = (fileVersion: number, currentVersion: number) =>
  appError('offline.staleVersion', { zh: `该文件基于第 ${fileVersion} 版制作，而此表已更新到第 ${currentVersion} 版且内容有变化；为避免覆盖他人的修改，请下载第 ${currentVersion} 版的模板重新填写`, en: `This file was made from version ${fileVersion}, but the form is now at version ${currentVersion} with different content; to avoid overwriting those changes, download the template of version ${currentVersion} and fill it again` });

/**
 * Takes an offline workbook back (docs/offline.md): verifies `_meta` (unknown or tampered → 422),
 * reads the form's cells with the same reader and checks as the add-in (errors → 422
 * `offline.invalid`, every problem with its cell), and saves the data as a new draft version.
 * A file made from an older version is applied only when the form has not changed in content since
 * that version (e.g. only a status change happened); otherwise 409 `offline.staleVersion` names
 * both versions. Never silently applied over someone else's change.
 *
 * @example
 * const view = await uploadOfflineWorkbook(store, principal, bytes, { now, requestId });
 */
export const uploadOfflineWorkbook = async (store: StoreContext, principal: Principal, bytes: Buffer, meta: WriteMeta): Promise<TargetSheetView> => {
  const book = await openWorkbook(bytes);
  const fileMeta = verifyOfflineMeta(book.meta());
  const form = formRegistry[fileMeta.form];
  const read = form.fromGrid(book.values(form.sheetName), { projectId: fileMeta.subjectId, year: fileMeta.year });
  const readErrors = read.problems.filter((p) => p.severity === 'error');
  if (!read.data || readErrors.length > 0) throw invalid(readErrors);
  const project = await getProject(store, fileMeta.subjectId);
  const checkErrors = checkTargetSheet(read.data, { indicatorRows: read.indicatorRows, projectAmountFen: project?.amountFen }).filter((p) => p.severity === 'error');
  if (checkErrors.length > 0) throw invalid(checkErrors);

  const id = submissionId(fileMeta.form, fileMeta.year, fileMeta.subjectId);
  const head = await getHead(store, id);
  if (!head) {
    // A file naming a version of a form that does not exist here came from another system.
    if (fileMeta.version !== 0) {
      throw appError('offline.unknownWorkbook', { zh: `系统中没有该文件所属的表（${id}）`, en: `The form this file belongs to (${id}) does not exist here` });
    }
    return createTargetSheet(store, principal, { projectId: fileMeta.subjectId, year: fileMeta.year, data: read.data }, meta);
  }
  if (fileMeta.version !== head.version) {
    // Reading through the service checks scope first (404 out of scope), before anything is compared.
    const current = await getTargetSheet(store, principal, id);
    const base = fileMeta.version === 0 ? undefined : await getTargetSheetVersion(store, principal, id, fileMeta.version);
    if (!base || !isDeepStrictEqual(base.data, current.data)) throw stale(fileMeta.version, head.version);
  }
  return saveTargetSheet(store, principal, { id, expectedVersion: head.version, data: read.data }, meta);
};
