import { libraryItems } from '../indicatorLibraryItem';

/** 社会保障: pensions, social assistance, elderly care and employment. */
export const socialSecurityIndicators = libraryItems('socialSecurity', [
  ['socialSecurity.residentPensionCoverage', 'output', 'quantity', '城乡居民基本养老保险参保率', 'Coverage of basic pension insurance for urban and rural residents', 'gte', '%', 'plan'],
  ['socialSecurity.minimumLivingRecipients', 'output', 'quantity', '城乡最低生活保障对象人数', 'Recipients of the minimum living allowance', 'gte', '人', 'plan'],
  ['socialSecurity.elderlyCareBeds', 'output', 'quantity', '新增养老服务床位数', 'Elderly care beds added', 'gte', '张', 'plan'],
  ['socialSecurity.vocationalTraining', 'output', 'quantity', '补贴性职业技能培训人次', 'Subsidized vocational training attendances', 'gte', '人次', 'plan'],
  ['socialSecurity.recipientAccuracy', 'output', 'quality', '低保对象认定准确率', 'Accuracy of identifying minimum-allowance recipients', 'gte', '%', 'sector', '100'],
  ['socialSecurity.trainingCertificates', 'output', 'quality', '培训后取得职业资格（技能等级）证书比例', 'Share of trainees obtaining a skill certificate', 'gte', '%', 'historical'],
  ['socialSecurity.pensionPaidOnTime', 'output', 'timeliness', '养老金按时足额发放率', 'Pensions paid on time and in full', 'eq', '%', 'sector', '100'],
  ['socialSecurity.assistancePaidOnTime', 'output', 'timeliness', '救助资金按月发放率', 'Assistance paid monthly as due', 'eq', '%', 'sector', '100'],
  ['socialSecurity.urbanMinimumStandard', 'cost', 'economicCost', '城市低保标准', 'Urban minimum living standard', 'gte', '元/人·月', 'plan'],
  ['socialSecurity.newUrbanJobs', 'outcome', 'social', '城镇新增就业人数', 'New urban jobs', 'gte', '人', 'plan'],
  ['socialSecurity.registeredUnemployment', 'outcome', 'social', '城镇登记失业率', 'Registered urban unemployment rate', 'lte', '%', 'plan'],
  ['socialSecurity.basicNeedsMet', 'outcome', 'social', '困难群众基本生活保障情况', 'Basic needs of people in difficulty secured', 'qualitative', '', 'other', '应保尽保'],
  ['socialSecurity.assistanceMechanism', 'outcome', 'sustainability', '社会救助长效机制建设', 'Long-term social assistance mechanism', 'qualitative', '', 'other', '持续完善'],
  ['socialSecurity.recipientSatisfaction', 'satisfaction', 'satisfaction', '救助对象满意度', 'Satisfaction of assistance recipients', 'gte', '%', 'sector', '90'],
  ['socialSecurity.elderlySatisfaction', 'satisfaction', 'satisfaction', '入住老人满意度', 'Satisfaction of elderly residents in care homes', 'gte', '%', 'sector', '90'],
]);
