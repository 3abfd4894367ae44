import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DemoUser } from '../functions/auth/demoUser';
import { putPolicy } from '../functions/store/policyStore';
import { putDepartment, putProject, putRegion, putUnit } from '../functions/store/referenceStore';
import { putFundYear } from '../functions/store/socialInsuranceFundStore';
import { demoFundYears, demoPolicies } from './seedCycleData';
import { demoDepartments, demoProjects, demoRegions, demoUnits, demoYear } from './seedData';
import { seedDefaultRuleSet } from './seedRuleSets';

/**
 * Demo users for every role, in the city and in the districts. The local issuer signs tokens for
 * them; in the cloud, people come from the identity provider and nothing here is used.
 */
export const demoUsers: DemoUser[] = [
  { subject: 'filer-edu', name: '张会计', roles: ['filer'], regionId: 'nantong', departmentId: 'nt-edu' },
  { subject: 'head-edu', name: '王主任', roles: ['departmentHead'], regionId: 'nantong', departmentId: 'nt-edu' },
  { subject: 'filer-health', name: '刘会计', roles: ['filer'], regionId: 'nantong', departmentId: 'nt-health' },
  { subject: 'filer-agri', name: '周会计', roles: ['filer'], regionId: 'nantong', departmentId: 'nt-agri' },
  { subject: 'reviewer-city', name: '陈审核（市财政局）', roles: ['financeReviewer'], regionId: 'nantong' },
  { subject: 'admin-city', name: '赵管理员（市财政局）', roles: ['financeAdmin'], regionId: 'nantong' },
  { subject: 'auditor-city', name: '孙审计（市审计局）', roles: ['auditor'], regionId: 'nantong' },
  { subject: 'expert-city', name: '吴专家', roles: ['expert'], regionId: 'nantong' },
  { subject: 'filer-chongchuan-edu', name: '钱会计', roles: ['filer'], regionId: 'chongchuan', departmentId: 'cc-edu' },
  { subject: 'reviewer-chongchuan', name: '郑审核（崇川区财政局）', roles: ['financeReviewer'], regionId: 'chongchuan' },
  { subject: 'filer-haimen-edu', name: '黄会计', roles: ['filer'], regionId: 'haimen', departmentId: 'hm-edu' },
  { subject: 'reviewer-haimen', name: '林审核（海门区财政局）', roles: ['financeReviewer'], regionId: 'haimen' },
];

/**
 * Writes the demo regions, departments, units, projects, policies and social insurance fund years, each only if absent, so running it on
 * every start never overwrites anything. Returns how many items it wrote.
 *
 * @example
 * await seedDemoData(dynamo, 'jixiao'); // 42 the first time, 0 afterwards
 */
export const seedDemoData = async (client: DynamoDBClient, tableName: string): Promise<{ written: number }> => {
  const store = { dynamo: client, tableName };
  const results = await Promise.all([
    ...demoRegions.map((region) => putRegion(store, region)),
    ...demoDepartments.map((department) => putDepartment(store, department)),
    ...demoUnits.map((unit) => putUnit(store, unit)),
    ...demoProjects.map((project) => putProject(store, project)),
    ...demoPolicies.map((policy) => putPolicy(store, policy)),
    ...demoFundYears.map((fundYear) => putFundYear(store, fundYear, { onlyIfAbsent: true })),
    // Each region's default rule set for the demo year.
    ...demoRegions.map((region) => seedDefaultRuleSet(store, region.id, demoYear, new Date())),
  ]);
  return { written: results.filter(Boolean).length };
};
