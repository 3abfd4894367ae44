import { describe, expect, it } from 'vitest';
import { requiresAssessment, type AssessmentCandidate } from '../../../../domain/exAnte/requiresAssessment';
import { ExAnteRules, defaultExAnteRules } from '../../../../domain/ruleSet/exAnteRules';

const base: AssessmentCandidate = { isMajor: false, isNew: true, amountFen: 100_000_000, year: 2025, period: { from: 2025, to: 2027 } };
const threshold = defaultExAnteRules.majorAmountThresholdFen!;

describe('requiresAssessment (RULES.md §4)', () => {
  it('requires a new project flagged major', () => {
    expect(requiresAssessment({ ...base, isMajor: true }, defaultExAnteRules)).toBe(true);
  });

  it('requires a new project at the amount threshold, not one fen below it', () => {
    expect(requiresAssessment({ ...base, amountFen: threshold }, defaultExAnteRules)).toBe(true);
    expect(requiresAssessment({ ...base, amountFen: threshold - 1 }, defaultExAnteRules)).toBe(false);
  });

  it('does not require a continuing project inside its implementation period', () => {
    expect(requiresAssessment({ ...base, isNew: false, isMajor: true, period: { from: 2024, to: 2026 } }, defaultExAnteRules)).toBe(false);
  });

  it('requires a major project budgeted after its period ended (expiring, proposed to continue)', () => {
    expect(requiresAssessment({ ...base, isNew: false, isMajor: true, period: { from: 2022, to: 2024 } }, defaultExAnteRules)).toBe(true);
    expect(requiresAssessment({ ...base, isNew: false, isMajor: true, expiringContinuation: true, period: { from: 2025, to: 2027 } }, defaultExAnteRules)).toBe(true);
  });

  it('leaves minor expiring continuations out by default and in when the rule set says all', () => {
    const expiring = { ...base, isNew: false, period: { from: 2022, to: 2024 } };
    expect(requiresAssessment(expiring, defaultExAnteRules)).toBe(false);
    const all = ExAnteRules.parse({ ...defaultExAnteRules, requireFor: { newMajor: true, expiringContinuation: 'all' } });
    expect(requiresAssessment(expiring, all)).toBe(true);
  });

  it('lets the flag alone decide when the threshold is null', () => {
    const flagOnly = ExAnteRules.parse({ ...defaultExAnteRules, majorAmountThresholdFen: null });
    expect(requiresAssessment({ ...base, amountFen: threshold * 10 }, flagOnly)).toBe(false);
    expect(requiresAssessment({ ...base, isMajor: true, amountFen: 0 }, flagOnly)).toBe(true);
  });
});
