import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodStudentAidIndicators, badStudentAidIndicators } from '../../support/targetSheetFixtures';
import { startTestSystem, type TestSystem } from '../../support/testSystem';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => system?.stop());

const projectId = 'nt-edu-2026-student-aid';
const id = `targetSheet.2026.${projectId}`;

describe('a target sheet from draft to approval, over HTTP with real tokens', () => {
  it('walks filer → reviewer → filer → reviewer, with every version and audit record kept', async () => {
    const filer = system.api('filer-edu');
    const reviewer = system.api('reviewer-city');

    // The filer creates a draft, prefilled from the project.
    const created = await filer.post('/v1/target-sheets', { projectId, year: 2026 });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe(`/v1/target-sheets/${id}`);
    expect(created.body.head).toMatchObject({ id, status: 'draft', version: 1, departmentId: 'nt-edu', regionId: 'nantong' });
    expect(created.body.data).toMatchObject({
      projectName: '家庭经济困难学生资助',
      departmentName: '南通市教育局',
      unitName: '南通市学生资助管理中心',
      funding: { fiscalFen: 3_560_000_000, otherFen: 0 },
      indicators: [],
    });

    // Saves goals and a first, faulty indicator.
    const draft = { ...created.body.data, overallGoal: '三年内实现家庭经济困难学生应助尽助', annualGoal: '2026 年资助家庭经济困难学生 1.2 万人次', indicators: badStudentAidIndicators };
    const saved = await filer.put(`/v1/target-sheets/${id}`, { data: draft }, { headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    expect(saved.body.head.version).toBe(2);

    // Submitting it is refused with problems that name cells.
    const refused = await filer.post(`/v1/target-sheets/${id}/submit`, undefined, { headers: { 'if-match': '"2"' } });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.code).toBe('targetSheet.invalid');
    const codes = refused.body.problems.map((p: { code: string }) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['targetSheet.tooFewIndicators', 'targetSheet.quantityWithoutUnit', 'targetSheet.noOutcomeIndicator']));
    for (const problem of refused.body.problems) expect(problem.cell).toMatch(/^[A-Z]+\d+$/);
    expect((await filer.get(`/v1/target-sheets/${id}`)).body.head).toMatchObject({ version: 2, status: 'draft' });

    // Fixed and submitted in one request.
    const submitted = await filer.post(`/v1/target-sheets/${id}/submit`, { data: { ...draft, indicators: goodStudentAidIndicators } }, { headers: { 'if-match': '"2"' } });
    expect(submitted.status).toBe(200);
    expect(submitted.body.head).toMatchObject({ status: 'submitted', version: 3 });

    // The reviewer finds it in the review queue and returns it with a comment.
    const queue = await reviewer.get('/v1/target-sheets?year=2026&status=submitted');
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((head: { id: string }) => head.id)).toContain(id);
    const returned = await reviewer.post(`/v1/target-sheets/${id}/return`, { comment: '满意度指标请补充调查方式' }, { headers: { 'if-match': '"3"' } });
    expect(returned.status).toBe(200);
    expect(returned.body.head).toMatchObject({ status: 'returned', version: 4, comment: '满意度指标请补充调查方式' });
    expect((await reviewer.get('/v1/target-sheets?year=2026&status=submitted')).body.items.map((h: { id: string }) => h.id)).not.toContain(id);

    // The filer sees the comment, revises and resubmits.
    const seen = await filer.get(`/v1/target-sheets/${id}`);
    expect(seen.body.head.comment).toBe('满意度指标请补充调查方式');
    const revisedIndicators = goodStudentAidIndicators.map((indicator) =>
      indicator.level1 === 'satisfaction' ? { ...indicator, explanation: '抽样问卷调查，样本不少于 500 人' } : indicator,
    );
    const resubmitted = await filer.post(`/v1/target-sheets/${id}/submit`, { data: { ...seen.body.data, indicators: revisedIndicators } }, { headers: { 'if-match': '"4"' } });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.head).toMatchObject({ status: 'submitted', version: 5 });

    // The reviewer approves.
    const approved = await reviewer.post(`/v1/target-sheets/${id}/approve`, undefined, { headers: { 'if-match': '"5"' } });
    expect(approved.status).toBe(200);
    expect(approved.body.head).toMatchObject({ status: 'approved', version: 6, approvedBy: 'reviewer-city' });

    // Approved sheets are closed to the filer.
    const late = await filer.put(`/v1/target-sheets/${id}`, { data: seen.body.data }, { headers: { 'if-match': '"6"' } });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('submission.invalidStatus');

    // Every change is a version, newest first; each old version keeps its data.
    const versions = await filer.get(`/v1/target-sheets/${id}/versions`);
    expect(versions.body.items.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [6, 'approved'], [5, 'submitted'], [4, 'returned'], [3, 'submitted'], [2, 'draft'], [1, 'draft'],
    ]);
    const second = await filer.get(`/v1/target-sheets/${id}/versions/2`);
    expect(second.body.data.indicators).toEqual(badStudentAidIndicators);
    expect(second.headers.get('etag')).toBe('"2"');

    // The audit trail says who did what, in which role, from which status to which.
    const audit = await system.api('auditor-city').get(`/v1/target-sheets/${id}/audit`);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((a: Record<string, unknown>) => [a.version, a.action, a.subject, a.role, a.fromStatus ?? null, a.toStatus])).toEqual([
      [1, 'create', 'filer-edu', 'filer', null, 'draft'],
      [2, 'save', 'filer-edu', 'filer', 'draft', 'draft'],
      [3, 'submit', 'filer-edu', 'filer', 'draft', 'submitted'],
      [4, 'return', 'reviewer-city', 'financeReviewer', 'submitted', 'returned'],
      [5, 'submit', 'filer-edu', 'filer', 'returned', 'submitted'],
      [6, 'approve', 'reviewer-city', 'financeReviewer', 'submitted', 'approved'],
    ]);
    expect(audit.body.items[3].comment).toBe('满意度指标请补充调查方式');
    for (const record of audit.body.items) expect(record.requestId).toEqual(expect.any(String));
    expect(system.loggedErrors).toEqual([]);
  });
});
