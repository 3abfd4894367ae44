import { describe, expect, it } from 'vitest';
import { assessmentGate } from '../../../../domain/exAnte/assessmentGate';
import { scoreExAnteAssessment } from '../../../../domain/exAnte/scoreExAnteAssessment';
import { ExAnteAssessment } from '../../../../domain/exAnte/exAnteAssessment';
import { defaultExAnteRules } from '../../../../domain/ruleSet/exAnteRules';

const finance = (each: number) =>
  scoreExAnteAssessment(
    ExAnteAssessment.parse({
      subject: 'project',
      assessors: [{ assessor: 'finance', scores: { necessity: each, economy: each, targetSoundness: each, feasibility: each, financingCompliance: each } }],
    }),
    defaultExAnteRules,
  );

describe('assessmentGate (RULES.md §4: 未开展或未通过的, 不得安排预算)', () => {
  it('lets through what needs no assessment', () => {
    expect(assessmentGate({ requires: false })).toEqual({ allowed: true });
  });

  it('refuses without an assessment', () => {
    const gate = assessmentGate({ requires: true, latestAssessment: null });
    expect(gate.allowed).toBe(false);
    expect(gate.problem).toMatchObject({ code: 'exAnte.assessmentRequired', severity: 'error' });
    expect(gate.problem!.message_zh).toContain('事前绩效评估');
  });

  it('refuses an assessment that could not be scored', () => {
    expect(assessmentGate({ requires: true, latestAssessment: { conclusion: null } }).problem?.code).toBe('exAnte.assessmentRequired');
  });

  it('refuses a rejected project, and allows it after a new assessment supports it', () => {
    const rejected = finance(13); // 65
    expect(rejected.conclusion).toBe('reject');
    expect(assessmentGate({ requires: true, latestAssessment: rejected })).toMatchObject({ allowed: false, problem: { code: 'exAnte.assessmentRejected' } });

    const supported = finance(19); // 95
    expect(supported.conclusion).toBe('support');
    expect(assessmentGate({ requires: true, latestAssessment: supported })).toEqual({ allowed: true });
  });

  it('allows support-after-revision only once the revision is recorded', () => {
    const revise = finance(16); // 80
    expect(revise.conclusion).toBe('revise');
    expect(assessmentGate({ requires: true, latestAssessment: revise })).toMatchObject({ allowed: false, problem: { code: 'exAnte.revisionRequired' } });
    expect(assessmentGate({ requires: true, latestAssessment: revise, revisionRecorded: true })).toEqual({ allowed: true });
  });

  it('does not let a recorded revision pass a rejected project', () => {
    expect(assessmentGate({ requires: true, latestAssessment: { conclusion: 'reject' }, revisionRecorded: true }).allowed).toBe(false);
  });
});
