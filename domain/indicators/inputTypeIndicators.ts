/**
 * Input and process (投入/过程类) indicators: they measure how money was handled, not what it
 * produced, and belong to the evaluation framework's 决策/过程 part (财预〔2020〕10号 附件1;
 * RULES.md §3). On a target sheet they must not stand in for outputs or outcomes (RULES.md §1).
 * Matched against an indicator name after removing spaces; a name containing one of these is flagged.
 */
export const inputTypeIndicatorNames = [
  '资金到位率',
  '预算执行率',
  '资金拨付率',
  '资金支付率',
  '资金使用率',
  '资金执行率',
  '资金使用合规性',
  '资金使用合规率',
  '资金管理规范性',
  '财务管理制度健全性',
  '管理制度健全性',
  '制度执行有效性',
  '项目资金到位及时率',
  '资金到位及时率',
  '资金拨付及时率',
  '资金下达及时率',
  '预算编制科学性',
  '绩效目标合理性',
  '绩效指标明确性',
  '立项依据充分性',
  '立项程序规范性',
  '资金分配合理性',
] as const;

/**
 * The input-type name an indicator name carries, if any.
 *
 * @example
 * findInputTypeName('项目资金到位率') // '资金到位率'
 */
export const findInputTypeName = (name: string, names: readonly string[] = inputTypeIndicatorNames): string | undefined => {
  const key = name.replace(/\s+/g, '');
  return names.find((inputName) => key.includes(inputName));
};
