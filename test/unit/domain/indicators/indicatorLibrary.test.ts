import { describe, expect, it } from 'vitest';
import { commonUnits } from '../../../../domain/forms/indicators/commonUnits';
import { checkTargetSheet } from '../../../../domain/checks/checkTargetSheet';
import { indicatorFromLibrary } from '../../../../domain/indicators/indicatorFromLibrary';
import { indicatorLibrary } from '../../../../domain/indicators/indicatorLibrary';
import { IndicatorLibraryItem } from '../../../../domain/indicators/indicatorLibraryItem';
import { findInputTypeName, inputTypeIndicatorNames } from '../../../../domain/indicators/inputTypeIndicators';
import { findIndicator, searchIndicators } from '../../../../domain/indicators/searchIndicators';
import type { TargetSheet } from '../../../../domain/model/targetSheet';

describe('indicator library', () => {
  it('holds only valid items with unique ids and names', () => {
    for (const item of indicatorLibrary) {
      const parsed = IndicatorLibraryItem.safeParse(item);
      expect(parsed.success, `${item.id}: ${parsed.error?.message}`).toBe(true);
    }
    expect(new Set(indicatorLibrary.map((i) => i.id)).size).toBe(indicatorLibrary.length);
    const names = indicatorLibrary.map((i) => `${i.sector}|${i.name_zh}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(['education', 'health', 'agriculture', 'transport', 'socialSecurity'] as const)(
    'covers %s with at least 8 indicators across output, outcome, satisfaction and cost',
    (sector) => {
      const own = indicatorLibrary.filter((i) => i.sector === sector);
      expect(own.length).toBeGreaterThanOrEqual(8);
      expect(new Set(own.map((i) => i.level1))).toEqual(new Set(['output', 'outcome', 'satisfaction', 'cost']));
      expect(new Set(own.filter((i) => i.level1 === 'output').map((i) => i.level2))).toEqual(new Set(['quantity', 'quality', 'timeliness']));
    },
  );

  it('has indicators for environment, culture and the other three budgets', () => {
    expect(searchIndicators({ sector: 'environment' }).some((i) => i.sector === 'environment')).toBe(true);
    expect(searchIndicators({ sector: 'culture' }).some((i) => i.sector === 'culture')).toBe(true);
    expect(findIndicator('fund.bondProjectStartRate')?.name_zh).toBe('专项债券项目开工率');
    expect(findIndicator('stateCapital.gainsRemittanceRate')?.budgetTypes).toEqual(['stateCapital']);
    expect(findIndicator('socialInsurance.paymentMonths')).toMatchObject({ name_zh: '基金累计结余可支付月数', unit: '月' });
  });

  it('uses units the unit drop-down offers', () => {
    for (const item of indicatorLibrary) if (item.unit) expect(commonUnits, item.id).toContain(item.unit);
  });

  it('contains no input-type indicator', () => {
    for (const item of indicatorLibrary) expect(findInputTypeName(item.name_zh), item.name_zh).toBeUndefined();
  });

  it('finds input-type names inside longer names', () => {
    expect(findInputTypeName('项目资金到位率')).toBe('资金到位率');
    expect(findInputTypeName('预算 执行率')).toBe('预算执行率');
    expect(findInputTypeName('资金发放及时率')).toBeUndefined();
    expect(inputTypeIndicatorNames).toContain('资金使用合规性');
  });
});

describe('searchIndicators', () => {
  it('gives a sector its own indicators plus the common ones', () => {
    const found = searchIndicators({ sector: 'education' });
    expect(new Set(found.map((i) => i.sector))).toEqual(new Set(['education', 'common']));
    expect(searchIndicators({ sector: 'common' }).every((i) => i.sector === 'common')).toBe(true);
  });

  it('filters by level and budget', () => {
    const satisfaction = searchIndicators({ sector: 'education', level1: 'satisfaction' });
    expect(satisfaction.map((i) => i.name_zh)).toEqual(['服务对象满意度', '受助学生满意度', '学生家长满意度']);
    const fund = searchIndicators({ budgetType: 'fund' });
    expect(fund.some((i) => i.id === 'fund.bondProjectStartRate')).toBe(true);
    expect(fund.some((i) => i.budgetTypes?.includes('socialInsurance'))).toBe(false);
    expect(searchIndicators({ budgetType: 'general' }).some((i) => i.budgetTypes)).toBe(false);
    expect(searchIndicators({ level1: 'output', level2: 'timeliness' }).every((i) => i.level2 === 'timeliness')).toBe(true);
  });

  it('matches every word in zh or en, whole-name matches first', () => {
    expect(searchIndicators({ q: '满意度 学生' }).map((i) => i.id)).toEqual(['education.aidedSatisfaction', 'education.parentSatisfaction']);
    expect(searchIndicators({ q: 'FARMLAND' }).map((i) => i.id)).toContain('agriculture.highStandardFarmland');
    const rural = searchIndicators({ q: '农村公路' });
    expect(rural[0]!.name_zh).toContain('农村公路');
    expect(searchIndicators({ q: '不存在的指标' })).toEqual([]);
  });
});

describe('indicatorFromLibrary', () => {
  it('starts a target-sheet indicator that passes the checks', () => {
    const ids = ['education.compulsoryAidCount', 'education.aidPaidOnTime', 'education.perPupilAllowance', 'education.povertyDropouts', 'education.aidedSatisfaction'];
    const indicators = ids.map((id) => indicatorFromLibrary(findIndicator(id)!, id === 'education.compulsoryAidCount' ? '3200' : undefined));
    expect(indicators[1]).toMatchObject({ name: '资金发放及时率', operator: 'gte', target: '100', unit: '%', libraryId: 'education.aidPaidOnTime' });
    const sheet: TargetSheet = {
      projectId: 'p', year: 2025, projectName: '学生资助', departmentName: '市教育局', unitName: '', isNew: true,
      period: { from: 2025, to: 2025 }, funding: { fiscalFen: 100, otherFen: 0 }, overallGoal: '应助尽助', annualGoal: '应助尽助', indicators,
    };
    expect(checkTargetSheet(sheet)).toEqual([]);
  });
});
