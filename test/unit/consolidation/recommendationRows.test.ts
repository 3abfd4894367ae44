import { describe, expect, it } from 'vitest';
import { rowCells } from '../../../domain/consolidation/consolidationColumn';
import { projectColumns } from '../../../domain/consolidation/consolidationColumns';
import { recommendationColumns, recommendationRow } from '../../../domain/consolidation/recommendationRows';
import { recommendProject } from '../../../domain/linkage/recommendProject';
import { defaultRuleSet } from '../../../domain/ruleSet/ruleSet';
import { headOf, projectOf } from './consolidationFixtures';

const ruleSet = defaultRuleSet('nantong', 2026);
const head = headOf({ id: 'selfEvaluation.2026.p1', form: 'selfEvaluation', status: 'submitted', version: 3 });
const context = { head, project: projectOf(), departmentName: '南通市教育局', ruleSet: { id: ruleSet.id, version: 4 } };

describe('recommendationRow', () => {
  it('carries the action, percent, amounts, reasons and rule lines of a 中 project executed at 70%', () => {
    // 中 → −10% and rectification; execution 70% < 80% → cut by the unspent 30%; cuts do not stack.
    const linkage = recommendProject({ projectId: 'p1', grade: 'fair', adjustedFen: 100_000_000, executedFen: 70_000_000 }, ruleSet);
    const row = recommendationRow({ ...linkage, source: 'selfEvaluation', score: 72.5, adjustedFen: 100_000_000, executedFen: 70_000_000 }, context);
    expect(row).toMatchObject({ form: 'recommendation', subjectId: 'p1', submissionId: 'selfEvaluation.2026.p1', version: 3, status: 'submitted', score: '72.5', grade: 'fair', amountFen: 100_000_000 });
    expect(row.linkage).toMatchObject({
      source: 'selfEvaluation', action: 'cut', percent: 30, executedFen: 70_000_000, cutFen: 30_000_000, nextYearBaseFen: 70_000_000, recoverFen: 0,
      decision: 'pending', ruleSetId: ruleSet.id, ruleSetVersion: 4,
    });
    expect(row.linkage.actions.map((a) => a.action)).toEqual(linkage.recommendations.map((a) => a.action));
    expect(row.linkage.rules).toContain('linkage.table.fair');
    expect(row.linkage.rules).toContain('linkage.executionThreshold');
    expect(row.linkage.reason_zh).toContain('“中”');
    expect(row.recommendation?.zh).toContain('压减预算');

    const cells = Object.fromEntries(recommendationColumns.map((column, i) => [column.key, rowCells(recommendationColumns, row)[i]]));
    expect(cells).toMatchObject({ action: '压减预算', percent: 30, executed: 70, cut: 30, nextYearBase: 70, recover: 0, decision: '待决定', decisionReason: null });
    const projectCells = Object.fromEntries(projectColumns.map((column, i) => [column.key, rowCells(projectColumns, row)[i]]));
    expect(projectCells).toMatchObject({ score: 72.5, grade: '中', amount: 100 });
  });

  it('shows finance\'s decision: an override with its reason, who and when', () => {
    const linkage = recommendProject({ projectId: 'p1', grade: 'good', adjustedFen: 100_000_000, executedFen: 95_000_000 }, ruleSet);
    const decision = { decision: 'override' as const, reason: '下年度压减 5%', version: 2, updatedAt: '2027-03-01T00:00:00.000Z', updatedBy: 'admin-city' };
    const row = recommendationRow({ ...linkage, source: 'evaluation', score: 85, adjustedFen: 100_000_000, executedFen: 95_000_000, decision }, context);
    expect(row.linkage).toMatchObject({ action: 'keep', cutFen: 0, decision: 'override', decisionReason: '下年度压减 5%', decidedBy: 'admin-city', decidedAt: '2027-03-01T00:00:00.000Z' });
    expect(row.linkage.percent).toBeUndefined();
    const cells = Object.fromEntries(recommendationColumns.map((column, i) => [column.key, rowCells(recommendationColumns, row)[i]]));
    expect(cells).toMatchObject({ decision: '已调整', decisionReason: '下年度压减 5%', percent: null });
  });
});
