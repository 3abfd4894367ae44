import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, seedDemoData } from '../../../dev/seed';
import { demoFundYears, demoPolicies } from '../../../dev/seedCycleData';
import { demoDepartments, demoProjects, demoRegions, demoUnits } from '../../../dev/seedData';
import { getDepartment, getProject, getRegion, listDepartments, listProjectsOfDepartment, listProjectsOfRegion, listUnits } from '../../../functions/store/referenceStore';
import { startLocalTable, type LocalTable } from '../../support/localTable';

let table: LocalTable;
beforeAll(async () => {
  table = await startLocalTable();
});
afterAll(async () => table?.stop());

describe('demo data seed', () => {
  it('writes everything once and nothing on a second run', async () => {
    // Each region also gets its default rule set for the demo year.
    const ruleSets = demoRegions.length;
    const total = demoRegions.length + demoDepartments.length + demoUnits.length + demoProjects.length + demoPolicies.length + demoFundYears.length + ruleSets;
    expect(await seedDemoData(table.dynamo, table.tableName)).toEqual({ written: total });
    expect(await seedDemoData(table.dynamo, table.tableName)).toEqual({ written: 0 });
  });

  it('is readable through the reference store, by region, department and year', async () => {
    expect(await getRegion(table, 'haimen')).toMatchObject({ name_zh: '海门区', level: 'district', parentId: 'nantong' });
    expect(await getDepartment(table, 'nantong', 'nt-edu')).toMatchObject({ name_zh: '南通市教育局' });
    // A department is only found under its own region.
    expect(await getDepartment(table, 'haimen', 'nt-edu')).toBeUndefined();
    const cityDepartments = await listDepartments(table, 'nantong');
    expect(cityDepartments.items.map((d) => d.id).sort()).toEqual(demoDepartments.filter((d) => d.regionId === 'nantong').map((d) => d.id).sort());
    expect((await listUnits(table, 'nantong', 'nt-edu')).items).toHaveLength(3);

    const project = await getProject(table, 'nt-agri-2026-farmland');
    expect(project).toMatchObject({ amountFen: 12_600_000_000, isMajor: true, budgetType: 'general', period: { from: 2025, to: 2027 } });
    expect((await listProjectsOfDepartment(table, { regionId: 'nantong', departmentId: 'nt-edu', year: 2026 })).items).toHaveLength(3);
    expect((await listProjectsOfDepartment(table, { regionId: 'nantong', departmentId: 'nt-edu', year: 2025 })).items).toHaveLength(0);

    // Paging through a region's projects, two at a time, yields each exactly once.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listProjectsOfRegion(table, { regionId: 'nantong', year: 2026 }, { limit: 2, cursor });
      seen.push(...page.items.map((p) => p.id));
      cursor = page.cursor;
    } while (cursor);
    expect(seen.sort()).toEqual(demoProjects.filter((p) => p.regionId === 'nantong').map((p) => p.id).sort());
  });

  it('covers the four budgets and every role', () => {
    expect(new Set(demoProjects.map((p) => p.budgetType))).toEqual(new Set(['general', 'fund', 'stateCapital', 'socialInsurance']));
    expect(new Set(demoUsers.flatMap((u) => u.roles))).toEqual(new Set(['filer', 'departmentHead', 'financeReviewer', 'financeAdmin', 'auditor', 'expert']));
    for (const user of demoUsers) {
      if (user.departmentId) expect(demoDepartments.find((d) => d.id === user.departmentId)?.regionId).toBe(user.regionId);
    }
  });
});
