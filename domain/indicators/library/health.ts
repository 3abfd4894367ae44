import { libraryItems } from '../indicatorLibraryItem';

/** 卫生健康: basic public health services, family doctors, maternal and child health. */
export const healthIndicators = libraryItems('health', [
  ['health.familyDoctorCoverage', 'output', 'quantity', '家庭医生签约服务覆盖率', 'Family doctor contract coverage', 'gte', '%', 'plan'],
  ['health.elderlyHealthManagement', 'output', 'quantity', '65岁及以上老年人健康管理率', 'Health management rate of people aged 65 and over', 'gte', '%', 'sector'],
  ['health.hypertensionManagement', 'output', 'quantity', '高血压患者规范管理率', 'Standard management rate of hypertension patients', 'gte', '%', 'sector'],
  ['health.diabetesManagement', 'output', 'quantity', '2型糖尿病患者规范管理率', 'Standard management rate of type-2 diabetes patients', 'gte', '%', 'sector'],
  ['health.healthRecords', 'output', 'quantity', '居民规范化电子健康档案覆盖率', 'Coverage of standard electronic health records', 'gte', '%', 'sector'],
  ['health.vaccination', 'output', 'quality', '适龄儿童国家免疫规划疫苗接种率', 'Vaccination rate of children under the national immunization programme', 'gte', '%', 'sector', '90'],
  ['health.maternalVisits', 'output', 'quality', '孕产妇系统管理率', 'Systematic management rate of pregnant women', 'gte', '%', 'sector'],
  ['health.diseaseReportTimely', 'output', 'timeliness', '法定传染病报告及时率', 'Timeliness of notifiable infectious disease reports', 'gte', '%', 'sector'],
  ['health.perCapitaSubsidy', 'cost', 'economicCost', '基本公共卫生服务人均财政补助标准', 'Per-capita fiscal subsidy for basic public health services', 'gte', '元/人', 'sector'],
  ['health.maternalMortality', 'outcome', 'social', '孕产妇死亡率', 'Maternal mortality ratio', 'lte', '1/10万', 'sector'],
  ['health.infantMortality', 'outcome', 'social', '婴儿死亡率', 'Infant mortality rate', 'lte', '‰', 'sector'],
  ['health.healthLiteracy', 'outcome', 'social', '居民健康素养水平', 'Health literacy of residents', 'gte', '%', 'plan'],
  ['health.capacity', 'outcome', 'sustainability', '基层医疗卫生服务能力', 'Capacity of primary health care', 'qualitative', '', 'other', '持续提升'],
  ['health.contractSatisfaction', 'satisfaction', 'satisfaction', '签约居民满意度', 'Satisfaction of contracted residents', 'gte', '%', 'sector', '90'],
  ['health.patientSatisfaction', 'satisfaction', 'satisfaction', '患者满意度', 'Patient satisfaction', 'gte', '%', 'sector', '90'],
]);
