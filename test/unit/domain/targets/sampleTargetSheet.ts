import type { TargetSheet } from '../../../../domain/model/targetSheet';

/** A complete, correct sheet for a student-aid project, as a 市教育局 accountant would file it. */
export const sampleTargetSheet = (): TargetSheet => ({
  projectId: 'edu-aid-2025',
  year: 2025,
  projectName: '义务教育家庭经济困难学生生活补助',
  departmentName: '南通市教育局',
  unitName: '南通市学生资助管理中心',
  isNew: false,
  period: { from: 2023, to: 2027 },
  funding: { fiscalFen: 12_345_600, otherFen: 50_000_000 },
  overallGoal: '实施期内对全市义务教育家庭经济困难学生应助尽助，保障其顺利完成学业。',
  annualGoal: '2025 年资助义务教育家庭经济困难学生不少于 3200 人次，补助资金按时足额发放。',
  indicators: [
    { level1: 'output', level2: 'quantity', name: '义务教育家庭经济困难学生资助人数', operator: 'gte', target: '3200', unit: '人次', basis: 'plan', libraryId: 'education.compulsoryAidCount' },
    { level1: 'output', level2: 'quality', name: '资助对象认定准确率', operator: 'eq', target: '100', unit: '%', basis: 'sector' },
    { level1: 'output', level2: 'timeliness', name: '资金发放及时率', operator: 'gte', target: '98.50', unit: '%', basis: 'plan', explanation: '按规定时间发放到学生的资金 / 应发放资金 × 100%' },
    { level1: 'cost', level2: 'economicCost', name: '家庭经济困难寄宿生生活补助标准（小学）', operator: 'eq', target: '1000', unit: '元/人·年', basis: 'sector' },
    { level1: 'outcome', level2: 'social', name: '因家庭经济困难失学辍学学生人数', operator: 'lte', target: '0', unit: '人', basis: 'historical' },
    { level1: 'outcome', level2: 'sustainability', name: '对促进教育公平的持续作用', operator: 'qualitative', target: '长期持续', unit: '' },
    { level1: 'satisfaction', level2: 'satisfaction', name: '受助学生满意度', operator: 'gte', target: '90', unit: '%', basis: 'sector' },
  ],
});
