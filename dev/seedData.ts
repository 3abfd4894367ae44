import type { Department, Unit } from '../domain/model/department';
import type { Project } from '../domain/model/project';
import type { Region } from '../domain/model/region';

/**
 * Demo data for 南通市 and two of its districts, budget year 2026. Names follow real department and
 * project naming; amounts are plausible, not published figures. Ids are prefixed by region (nt-,
 * cc-, hm-) because project ids are unique across the whole table.
 */
export const demoYear = 2026;

export const demoRegions: Region[] = [
  { id: 'nantong', name_zh: '南通市', name_en: 'Nantong', level: 'city' },
  { id: 'chongchuan', name_zh: '崇川区', name_en: 'Chongchuan District', level: 'district', parentId: 'nantong' },
  { id: 'haimen', name_zh: '海门区', name_en: 'Haimen District', level: 'district', parentId: 'nantong' },
];

export const demoDepartments: Department[] = [
  { id: 'nt-edu', regionId: 'nantong', name_zh: '南通市教育局', name_en: 'Nantong Education Bureau', sector: 'education' },
  { id: 'nt-health', regionId: 'nantong', name_zh: '南通市卫生健康委员会', name_en: 'Nantong Health Commission', sector: 'health' },
  { id: 'nt-agri', regionId: 'nantong', name_zh: '南通市农业农村局', name_en: 'Nantong Agriculture and Rural Affairs Bureau', sector: 'agriculture' },
  { id: 'nt-transport', regionId: 'nantong', name_zh: '南通市交通运输局', name_en: 'Nantong Transport Bureau', sector: 'transport' },
  { id: 'nt-hrss', regionId: 'nantong', name_zh: '南通市人力资源和社会保障局', name_en: 'Nantong Human Resources and Social Security Bureau', sector: 'socialSecurity' },
  { id: 'nt-sasac', regionId: 'nantong', name_zh: '南通市人民政府国有资产监督管理委员会', name_en: 'Nantong State-owned Assets Supervision and Administration Commission', sector: 'finance' },
  { id: 'cc-edu', regionId: 'chongchuan', name_zh: '崇川区教育体育局', name_en: 'Chongchuan Education and Sports Bureau', sector: 'education' },
  { id: 'cc-health', regionId: 'chongchuan', name_zh: '崇川区卫生健康委员会', name_en: 'Chongchuan Health Commission', sector: 'health' },
  { id: 'hm-edu', regionId: 'haimen', name_zh: '海门区教育体育局', name_en: 'Haimen Education and Sports Bureau', sector: 'education' },
  { id: 'hm-agri', regionId: 'haimen', name_zh: '海门区农业农村局', name_en: 'Haimen Agriculture and Rural Affairs Bureau', sector: 'agriculture' },
];

export const demoUnits: Unit[] = [
  { id: 'nt-edu-office', regionId: 'nantong', departmentId: 'nt-edu', name_zh: '南通市教育局（本级）', name_en: 'Nantong Education Bureau (own office)' },
  { id: 'nt-edu-aid-center', regionId: 'nantong', departmentId: 'nt-edu', name_zh: '南通市学生资助管理中心', name_en: 'Nantong Student Financial Aid Centre' },
  { id: 'nt-edu-no1-school', regionId: 'nantong', departmentId: 'nt-edu', name_zh: '南通市第一中学', name_en: 'Nantong No. 1 Middle School' },
  { id: 'nt-health-cdc', regionId: 'nantong', departmentId: 'nt-health', name_zh: '南通市疾病预防控制中心', name_en: 'Nantong Center for Disease Control' },
  { id: 'nt-health-office', regionId: 'nantong', departmentId: 'nt-health', name_zh: '南通市卫生健康委员会（本级）', name_en: 'Nantong Health Commission (own office)' },
  { id: 'nt-agri-office', regionId: 'nantong', departmentId: 'nt-agri', name_zh: '南通市农业农村局（本级）', name_en: 'Nantong Agriculture Bureau (own office)' },
  { id: 'nt-transport-highway', regionId: 'nantong', departmentId: 'nt-transport', name_zh: '南通市公路事业发展中心', name_en: 'Nantong Highway Development Centre' },
  { id: 'nt-hrss-insurance', regionId: 'nantong', departmentId: 'nt-hrss', name_zh: '南通市社会保险基金管理中心', name_en: 'Nantong Social Insurance Fund Centre' },
  { id: 'nt-sasac-office', regionId: 'nantong', departmentId: 'nt-sasac', name_zh: '南通市国资委（本级）', name_en: 'Nantong SASAC (own office)' },
  { id: 'cc-edu-office', regionId: 'chongchuan', departmentId: 'cc-edu', name_zh: '崇川区教育体育局（本级）', name_en: 'Chongchuan Education Bureau (own office)' },
  { id: 'cc-health-chc', regionId: 'chongchuan', departmentId: 'cc-health', name_zh: '崇川区社区卫生服务中心', name_en: 'Chongchuan Community Health Centre' },
  { id: 'hm-edu-office', regionId: 'haimen', departmentId: 'hm-edu', name_zh: '海门区教育体育局（本级）', name_en: 'Haimen Education Bureau (own office)' },
  { id: 'hm-agri-office', regionId: 'haimen', departmentId: 'hm-agri', name_zh: '海门区农业农村局（本级）', name_en: 'Haimen Agriculture Bureau (own office)' },
];

/** 万元 → fen, for readable amounts below (1 万元 = 1,000,000 fen). */
const wan = (wanYuan: number): number => wanYuan * 1_000_000;

type DemoProject = Omit<Project, 'year' | 'period'> & { period?: Project['period'] };
const projects: DemoProject[] = [
  { id: 'nt-edu-2026-student-aid', regionId: 'nantong', departmentId: 'nt-edu', unitId: 'nt-edu-aid-center', name_zh: '家庭经济困难学生资助', name_en: 'Aid for students from low-income families', budgetType: 'general', sector: 'education', isMajor: true, isNew: false, period: { from: 2024, to: 2026 }, amountFen: wan(3560) },
  { id: 'nt-edu-2026-school-renovation', regionId: 'nantong', departmentId: 'nt-edu', unitId: 'nt-edu-no1-school', name_zh: '南通市第一中学教学楼改造', name_en: 'Renovation of Nantong No. 1 Middle School teaching building', budgetType: 'general', sector: 'education', isMajor: false, isNew: true, amountFen: wan(860.5) },
  { id: 'nt-edu-2026-teacher-training', regionId: 'nantong', departmentId: 'nt-edu', unitId: 'nt-edu-office', name_zh: '中小学教师培训', name_en: 'Training of primary and secondary school teachers', budgetType: 'general', sector: 'education', isMajor: false, isNew: false, amountFen: wan(420) },
  { id: 'nt-health-2026-public-health', regionId: 'nantong', departmentId: 'nt-health', unitId: 'nt-health-office', name_zh: '基本公共卫生服务补助', name_en: 'Basic public health service subsidy', budgetType: 'general', sector: 'health', isMajor: true, isNew: false, amountFen: wan(5230) },
  { id: 'nt-health-2026-immunization', regionId: 'nantong', departmentId: 'nt-health', unitId: 'nt-health-cdc', name_zh: '免疫规划及重大传染病防控', name_en: 'Immunization and major infectious disease control', budgetType: 'general', sector: 'health', isMajor: false, isNew: false, amountFen: wan(1280) },
  { id: 'nt-agri-2026-farmland', regionId: 'nantong', departmentId: 'nt-agri', unitId: 'nt-agri-office', name_zh: '高标准农田建设', name_en: 'High-standard farmland construction', budgetType: 'general', sector: 'agriculture', isMajor: true, isNew: false, period: { from: 2025, to: 2027 }, amountFen: wan(12600) },
  { id: 'nt-agri-2026-land-transfer', regionId: 'nantong', departmentId: 'nt-agri', unitId: 'nt-agri-office', name_zh: '土地出让收入用于农业农村项目', name_en: 'Land transfer income spent on agriculture and rural projects', budgetType: 'fund', sector: 'agriculture', isMajor: false, isNew: false, amountFen: wan(3800) },
  { id: 'nt-transport-2026-rural-roads', regionId: 'nantong', departmentId: 'nt-transport', unitId: 'nt-transport-highway', name_zh: '农村公路提档升级', name_en: 'Upgrading of rural roads', budgetType: 'general', sector: 'transport', isMajor: true, isNew: false, amountFen: wan(9450) },
  { id: 'nt-transport-2026-bus-depots', regionId: 'nantong', departmentId: 'nt-transport', unitId: 'nt-transport-highway', name_zh: '城市公交场站建设（专项债券）', name_en: 'Urban bus depots (special-purpose bonds)', budgetType: 'fund', sector: 'transport', isMajor: true, isNew: true, period: { from: 2026, to: 2027 }, amountFen: wan(15000) },
  { id: 'nt-hrss-2026-pension-fund', regionId: 'nantong', departmentId: 'nt-hrss', unitId: 'nt-hrss-insurance', name_zh: '城乡居民基本养老保险基金', name_en: 'Basic pension insurance fund for urban and rural residents', budgetType: 'socialInsurance', sector: 'socialSecurity', isMajor: true, isNew: false, amountFen: wan(286000) },
  { id: 'nt-hrss-2026-employment', regionId: 'nantong', departmentId: 'nt-hrss', name_zh: '就业创业补贴', name_en: 'Employment and entrepreneurship subsidies', budgetType: 'general', sector: 'socialSecurity', isMajor: false, isNew: false, amountFen: wan(2150.75) },
  { id: 'nt-sasac-2026-soe-reform', regionId: 'nantong', departmentId: 'nt-sasac', unitId: 'nt-sasac-office', name_zh: '国有企业改革发展专项资金', name_en: 'State-owned enterprise reform and development fund', budgetType: 'stateCapital', sector: 'finance', isMajor: false, isNew: false, amountFen: wan(3000) },
  { id: 'cc-edu-2026-after-school', regionId: 'chongchuan', departmentId: 'cc-edu', unitId: 'cc-edu-office', name_zh: '义务教育课后服务补助', name_en: 'After-school services in compulsory education', budgetType: 'general', sector: 'education', isMajor: false, isNew: true, amountFen: wan(680) },
  { id: 'cc-health-2026-chc-capacity', regionId: 'chongchuan', departmentId: 'cc-health', unitId: 'cc-health-chc', name_zh: '社区卫生服务能力提升', name_en: 'Community health service capacity', budgetType: 'general', sector: 'health', isMajor: false, isNew: false, amountFen: wan(350) },
  { id: 'hm-edu-2026-preschool', regionId: 'haimen', departmentId: 'hm-edu', unitId: 'hm-edu-office', name_zh: '学前教育生均公用经费补助', name_en: 'Per-pupil operating subsidy for preschools', budgetType: 'general', sector: 'education', isMajor: false, isNew: false, amountFen: wan(1120) },
  { id: 'hm-agri-2026-farmland', regionId: 'haimen', departmentId: 'hm-agri', unitId: 'hm-agri-office', name_zh: '海门区高标准农田建设', name_en: 'Haimen high-standard farmland construction', budgetType: 'general', sector: 'agriculture', isMajor: true, isNew: false, amountFen: wan(4300) },
];

export const demoProjects: Project[] = projects.map((project) => ({
  ...project,
  year: demoYear,
  period: project.period ?? { from: demoYear, to: demoYear },
}));
