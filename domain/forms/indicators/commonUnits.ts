/**
 * Units of measure (度量单位) seen most in published indicator tables, offered in the unit
 * drop-down as suggestions: any other unit is allowed (the validation is `allowOther`). Every unit
 * used by the built-in indicator library is here.
 */
export const commonUnits = [
  '%', '个', '人', '人次', '户', '家', '所', '项', '次', '件', '台', '套', '座', '处', '条',
  '天', '个工作日', '月', '年', '小时', '万元', '元', '元/人', '元/人·年', '元/亩', '亩', '公顷', '万亩',
  '平方米', '公里', '吨', '万吨', '分', '张', '册', '场', '批', '辆', '万人次', '倍', '‰', '1/10万',
  '元/人·月', '万元/公里', '微克/立方米',
] as const;
