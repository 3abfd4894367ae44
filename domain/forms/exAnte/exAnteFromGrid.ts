import { assessorLabels, assessors, type Assessor } from '../../exAnte/assessor';
import { checklistAnswerLabels, checklistLabels, checklistsFor, projectCategories, type ChecklistAnswer, type ProjectCategory } from '../../exAnte/checklist';
import type { AssessorScores } from '../../exAnte/exAnteAssessment';
import { exAnteDimensions } from '../../exAnte/dimension';
import { cellAddress } from '../../grid/address';
import type { CellValue } from '../../grid/grid';
import { problem, type Problem } from '../../problem';
import type { ExAnteRules } from '../../ruleSet/exAnteRules';
import { parseDecimal } from '../../values/decimal';
import { cellText } from '../../grid/cellText';
import { exAnteCell, exAnteChecklistRows } from './exAnteCell';
import { exAnteForm } from './exAnteForm';
import { ExAnteSheet } from './exAnteSheet';
import { choiceNames, readChoice, type Choice } from '../../grid/readChoice';

export interface ExAnteReadResult {
  /** The sheet as filled, present when the grid reads without errors (warnings may remain). */
  data?: ExAnteSheet;
  /** Every problem names its cell and its data path. */
  problems: Problem[];
}

const assessorChoices: Choice<Assessor>[] = assessors.map((a) => ({ value: a, names: choiceNames(a, assessorLabels[a]) }));
const categoryChoices: Choice<ProjectCategory>[] = projectCategories.map((c) => ({ value: c, names: choiceNames(c, checklistLabels[c], /类$/) }));
const answerChoices: Choice<ChecklistAnswer>[] = (Object.keys(checklistAnswerLabels) as ChecklistAnswer[]).map((a) => ({
  value: a,
  names: choiceNames(a, checklistAnswerLabels[a]),
}));

/**
 * Reads a 事前绩效评估表 grid (exAnteToGrid) back over `stored`, the sheet it was rendered from, with
 * the rule set's checklists it was rendered with. What the grid may change: the category (projects
 * only), the outline, each assessor column (kind, name, the five scores, comment) and the checklist
 * answers. Everything else — the subject, amount, points, totals, the recorded conclusion and the
 * revision — is taken from `stored`, whatever the cells say. Scores are only read here; whether
 * they fit their points is scoreExAnteAssessment's job.
 *
 * @example
 * const { data, problems } = exAnteFromGrid(grid.values, stored, ruleSet.exAnte);
 */
export const exAnteFromGrid = (values: CellValue[][], stored: ExAnteSheet, rules: Pick<ExAnteRules, 'checklists'>): ExAnteReadResult => {
  const form = exAnteForm;
  const problems: Problem[] = [];
  const text = (row0: number, col0: number): string => cellText(values[row0]?.[col0]);
  const fail = (code: string, zh: string, en: string, path: string, row0: number, col0: number, severity: Problem['severity'] = 'error') =>
    problems.push(problem(code, zh, en, { cell: cellAddress(row0, col0), path }, severity));

  const readCategory = (): ProjectCategory | undefined => {
    const written = text(form.categoryRow0, 2);
    if (written === '') return undefined;
    const found = readChoice(written, categoryChoices);
    if (found !== undefined) return found;
    fail('exAnte.categoryUnknown', `项目类别“${written}”不在下拉列表中`, `Category "${written}" is not one of the list`, 'assessment.category', form.categoryRow0, 2);
    // Still read the answers of the lists shown, so every problem is reported at once.
    return stored.assessment.category;
  };
  // A policy has no category (RULES.md §4: the category checklists are for projects).
  const category = stored.subjectType === 'project' ? readCategory() : stored.assessment.category;

  const readScore = (row0: number, col0: number, path: string): number | undefined => {
    const raw = values[row0]?.[col0];
    const written = cellText(raw);
    if (written === '') return undefined;
    const decimal = parseDecimal(typeof raw === 'number' ? raw : written);
    if (decimal === undefined || decimal.startsWith('-')) {
      fail('exAnte.scoreNotANumber', `得分“${written}”应为不小于0的数字`, `Score "${written}" must be a number not below 0`, path, row0, col0);
      return undefined;
    }
    return Number(decimal);
  };

  // Assessor columns left to right; a gap would shift every later column's cell, so it is refused.
  const lastCol0 = Math.max(...[form.assessorKindRow0, form.firstDimensionRow0, form.commentRow0].map((r) => (values[r]?.length ?? 0) - 1));
  const columns: AssessorScores[] = [];
  let gapCol0: number | undefined;
  for (let col0 = form.firstAssessorCol0; col0 <= lastCol0; col0++) {
    const rows = [form.assessorKindRow0, form.assessorNameRow0, form.commentRow0, ...exAnteDimensions.map((_, d) => form.firstDimensionRow0 + d)];
    if (rows.every((row0) => text(row0, col0) === '')) {
      gapCol0 ??= col0;
      continue;
    }
    const i = columns.length;
    const at = `assessment.assessors.${i}`;
    if (gapCol0 !== undefined) {
      fail('exAnte.assessorGap', '评估主体之间不能留空列，请把右侧的评估主体移到此列', 'Leave no empty column between assessors: move the next one here', `${at}.assessor`, form.assessorKindRow0, gapCol0);
      gapCol0 = undefined;
    }
    const kindText = text(form.assessorKindRow0, col0);
    const assessor = kindText === '' ? undefined : readChoice(kindText, assessorChoices);
    if (assessor === undefined) {
      fail(
        kindText === '' ? 'exAnte.assessorMissing' : 'exAnte.assessorUnknown',
        kindText === '' ? '请选择评估主体' : `评估主体“${kindText}”不在下拉列表中`,
        kindText === '' ? 'Choose the assessor' : `Assessor "${kindText}" is not one of the list`,
        `${at}.assessor`,
        form.assessorKindRow0,
        col0,
      );
    }
    const scores: AssessorScores['scores'] = {};
    exAnteDimensions.forEach((dimension, d) => {
      const score = readScore(form.firstDimensionRow0 + d, col0, `${at}.scores.${dimension}`);
      if (score !== undefined) scores[dimension] = score;
    });
    const name = text(form.assessorNameRow0, col0);
    const comment = text(form.commentRow0, col0);
    columns.push({ assessor: assessor ?? 'departmentSelf', ...(name ? { name } : {}), scores, ...(comment ? { comment } : {}) });
  }
  if (columns.length === 0) {
    fail('exAnte.assessorRequired', '至少需要一个评估主体', 'At least one assessor is needed', 'assessment.assessors.0.assessor', form.assessorKindRow0, form.firstAssessorCol0);
  }

  // The rows were rendered for the stored category; answers of a list that no longer applies are dropped.
  const applies = new Set<string>(checklistsFor(category));
  const checklistAnswers: Record<string, Record<string, ChecklistAnswer>> = {};
  exAnteChecklistRows(stored.assessment.category, rules.checklists).forEach(({ list, item }, i) => {
    const row0 = form.firstChecklistRow0 + i;
    const written = text(row0, 3);
    if (written === '' || !applies.has(list)) return;
    const answer = readChoice(written, answerChoices);
    if (answer === undefined) {
      fail('exAnte.answerUnknown', `审核结论“${written}”应为 符合、不符合 或 不适用`, `Answer "${written}" must be met, not met or not applicable`, `assessment.checklistAnswers.${list}.${item.id}`, row0, 3);
      return;
    }
    checklistAnswers[list] = { ...checklistAnswers[list], [item.id]: answer };
  });
  if (category !== stored.assessment.category && category !== undefined) {
    fail(
      'exAnte.categoryChanged',
      `项目类别已改为“${checklistLabels[category].zh}”：保存后请按该类别的审核要点清单填写`,
      `The category is now ${checklistLabels[category].en}: after saving, answer that category's checklist`,
      'assessment.category',
      form.categoryRow0,
      2,
      'warning',
    );
  }

  if (problems.some((p) => p.severity === 'error')) return { problems };
  const candidate: ExAnteSheet = {
    ...stored,
    outline: text(form.outlineRow0, 2),
    assessment: { subject: stored.subjectType, ...(category ? { category } : {}), assessors: columns, checklistAnswers },
  };
  const parsed = ExAnteSheet.safeParse(candidate);
  if (parsed.success) return { data: parsed.data, problems };
  const rows = exAnteChecklistRows(stored.assessment.category, rules.checklists);
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    const tooLong = issue.code === 'too_big' && 'maximum' in issue ? Number(issue.maximum) : undefined;
    const cell = exAnteCell(path, rows);
    problems.push(
      problem(
        'exAnte.cellInvalid',
        tooLong !== undefined ? `内容过长，最多 ${tooLong} 个字符` : '此格内容不符合要求，请检查',
        tooLong !== undefined ? `Too long: at most ${tooLong} characters` : `This cell is not valid: ${issue.message}`,
        { path, ...(cell ? { cell } : {}) },
      ),
    );
  }
  return { problems };
};
