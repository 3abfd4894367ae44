import { libraryItems } from '../indicatorLibraryItem';

/** 教育: student aid, nutrition, schools and teachers. */
export const educationIndicators = libraryItems('education', [
  ['education.compulsoryAidCount', 'output', 'quantity', '义务教育家庭经济困难学生资助人数', 'Compulsory-education students from families in difficulty receiving aid', 'gte', '人次', 'plan'],
  ['education.nutritionBeneficiaries', 'output', 'quantity', '农村义务教育学生营养改善计划受益人数', 'Pupils covered by the rural nutrition improvement programme', 'gte', '人', 'plan'],
  ['education.highSchoolAidCount', 'output', 'quantity', '普通高中国家助学金资助人数', 'Senior high school students receiving national grants', 'gte', '人次', 'plan'],
  ['education.schoolRenovationArea', 'output', 'quantity', '校舍维修改造面积', 'School building area repaired or renovated', 'gte', '平方米', 'plan'],
  ['education.teacherTrainingCount', 'output', 'quantity', '教师培训人次', 'Teacher training attendances', 'gte', '人次', 'plan'],
  ['education.aidTargetAccuracy', 'output', 'quality', '资助对象认定准确率', 'Accuracy of identifying aid recipients', 'gte', '%', 'sector', '100', '经复核认定准确的资助对象数 / 资助对象总数 × 100%'],
  ['education.renovationAcceptance', 'output', 'quality', '校舍改造工程验收合格率', 'Acceptance pass rate of school renovation works', 'gte', '%', 'sector', '100'],
  ['education.teacherTrainingPass', 'output', 'quality', '教师培训考核合格率', 'Pass rate of trained teachers', 'gte', '%', 'historical'],
  ['education.aidPaidOnTime', 'output', 'timeliness', '资金发放及时率', 'Aid paid to students on time', 'gte', '%', 'plan', '100', '按规定时间发放到学生（家长）的资金 / 应发放资金 × 100%'],
  ['education.perPupilAllowance', 'cost', 'economicCost', '家庭经济困难寄宿生生活补助标准（小学）', 'Living allowance per boarding primary pupil in difficulty', 'eq', '元/人·年', 'sector', '1000'],
  ['education.perPupilPublicFunds', 'cost', 'economicCost', '生均公用经费补助标准', 'Public funding per pupil', 'gte', '元/人·年', 'sector'],
  ['education.retentionRate', 'outcome', 'social', '九年义务教育巩固率', 'Retention rate of nine-year compulsory education', 'gte', '%', 'sector'],
  ['education.povertyDropouts', 'outcome', 'social', '因家庭经济困难失学辍学学生人数', 'Students dropping out because of family hardship', 'lte', '人', 'sector', '0'],
  ['education.preschoolEnrolment', 'outcome', 'social', '学前教育毛入园率', 'Gross enrolment rate of pre-school education', 'gte', '%', 'plan'],
  ['education.equity', 'outcome', 'sustainability', '对促进教育公平的持续作用', 'Lasting contribution to fairness in education', 'qualitative', '', 'other', '长期持续'],
  ['education.aidedSatisfaction', 'satisfaction', 'satisfaction', '受助学生满意度', 'Satisfaction of aided students', 'gte', '%', 'sector', '90'],
  ['education.parentSatisfaction', 'satisfaction', 'satisfaction', '学生家长满意度', 'Parent satisfaction', 'gte', '%', 'sector', '90'],
]);
