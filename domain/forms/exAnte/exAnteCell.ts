import { checklistsFor, type ChecklistId, type ChecklistItem, type ProjectCategory } from '../../exAnte/checklist';
import { exAnteDimensions, type ExAnteDimension } from '../../exAnte/dimension';
import { cellAddress } from '../../grid/address';
import { exAnteForm } from './exAnteForm';

/** One checklist row of the sheet: which list, which item. */
export interface ExAnteChecklistRow {
  list: ChecklistId;
  item: ChecklistItem;
}

/**
 * The checklist rows of an assessment, in sheet order: the category's own list, then 财政审核
 * (checklistsFor), each item as the rule set words it.
 *
 * @example
 * exAnteChecklistRows('livelihood', defaultExAnteRules.checklists).length // 6
 */
export const exAnteChecklistRows = (
  category: ProjectCategory | undefined,
  checklists: Record<ChecklistId, readonly ChecklistItem[]>,
): ExAnteChecklistRow[] => checklistsFor(category).flatMap((list) => checklists[list].map((item) => ({ list, item })));

const dimensionRow0 = (dimension: string): number | undefined => {
  const i = exAnteDimensions.indexOf(dimension as ExAnteDimension);
  return i < 0 ? undefined : exAnteForm.firstDimensionRow0 + i;
};

const assessorRow0: Record<string, number> = {
  assessor: exAnteForm.assessorKindRow0,
  name: exAnteForm.assessorNameRow0,
  comment: exAnteForm.commentRow0,
};

/**
 * Where a data path of an ExAnteSheet lives on 事前绩效评估表, so that problems found on JSON data
 * name cells too: `assessment.assessors.1.scores.economy` → E11 (problems of scoreExAnteAssessment
 * carry paths without the `assessment.` prefix; both are accepted). Checklist answers need the rows
 * of the assessment (exAnteChecklistRows). Undefined for paths with no cell.
 *
 * @example
 * exAnteCell('assessors.0.scores.necessity') // 'D10'
 */
export const exAnteCell = (path: string, checklistRows: readonly ExAnteChecklistRow[] = []): string | undefined => {
  const parts = path.replace(/^assessment\./, '').split('.');
  const [head, second, third, fourth] = parts;
  const form = exAnteForm;
  if (head === 'assessors') {
    const i = second === undefined ? 0 : Number(second);
    if (!Number.isInteger(i) || i < 0 || i >= form.maxAssessors) return undefined;
    const col0 = form.firstAssessorCol0 + i;
    if (third === 'scores') {
      const row0 = fourth === undefined ? form.firstDimensionRow0 : dimensionRow0(fourth);
      return row0 === undefined ? undefined : cellAddress(row0, col0);
    }
    return cellAddress(assessorRow0[third ?? 'assessor'] ?? form.assessorKindRow0, col0);
  }
  if (head === 'checklistAnswers') {
    const index = checklistRows.findIndex((row) => row.list === second && (third === undefined || row.item.id === third));
    return index < 0 ? undefined : cellAddress(form.firstChecklistRow0 + index, 3);
  }
  if (head === 'category') return cellAddress(form.categoryRow0, 2);
  if (head === 'outline') return cellAddress(form.outlineRow0, 2);
  if (head === 'revision') return cellAddress(form.revisionRow0, 2);
  if (head === 'result') return cellAddress(form.resultRow0, second === 'conclusion' ? 4 : 2);
  return undefined;
};
