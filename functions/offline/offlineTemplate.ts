import { emptyTargetSheet } from '../../domain/forms/targetSheet/emptyTargetSheet';
import { formRegistry } from '../../domain/forms/registry';
import { submissionId } from '../../domain/model/submission';
import type { Principal } from '../../contract/principal';
import { visibleOr404 } from '../services/scope';
import { getTargetSheet } from '../services/targetSheetService';
import { getDepartment, getProject, getUnit } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { getHead } from '../store/submissionStore';
import { renderWorkbook } from '../xlsx/renderWorkbook';
import type { OfflineForm } from '../../domain/forms/offlineForms';
import { offlineMetaSheet } from './offlineMeta';

export interface OfflineTemplate {
  file: Buffer;
  /** e.g. "绩效目标申报表-家庭经济困难学生资助-2026.xlsx". */
  fileName: string;
  version: number;
}

/**
 * An offline workbook for a form and subject (docs/offline.md): the form as it stands (the current
 * version, or prefilled from the project before the first save), protected so only input cells
 * can be edited, with native drop-downs, and a hidden `_meta` sheet naming form, subject, year,
 * version, layout and checksum. Anyone who may read the subject may download it.
 *
 * @example
 * const { file } = await offlineTemplate(store, principal, { form: 'targetSheet', subjectId: 'nt-edu-2026-student-aid' });
 */
export const offlineTemplate = async (
  store: StoreContext,
  principal: Principal,
  input: { form: OfflineForm; subjectId: string },
): Promise<OfflineTemplate> => {
  const project = visibleOr404(principal, await getProject(store, input.subjectId), '项目', 'Project');
  // A project belongs to one budget year; its target sheet is of that year.
  const year = project.year;
  const id = submissionId('targetSheet', year, project.id);
  const head = await getHead(store, id);
  let version = 0;
  let data;
  if (head) {
    const view = await getTargetSheet(store, principal, id);
    version = view.head.version;
    data = view.data;
  } else {
    const department = await getDepartment(store, project.regionId, project.departmentId);
    const unit = project.unitId === undefined ? undefined : await getUnit(store, project.regionId, project.departmentId, project.unitId);
    data = emptyTargetSheet(project, department?.name_zh ?? '', unit?.name_zh ?? '');
  }
  const form = formRegistry[input.form];
  const file = await renderWorkbook([form.toGrid(data, undefined)], { protect: true, meta: offlineMetaSheet(input.form, project.id, year, version) });
  return { file, fileName: `${form.workbookTitle(data)}-${year}.xlsx`, version };
};
