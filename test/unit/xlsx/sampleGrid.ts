import type { Grid } from '../../../domain/grid/grid';

/**
 * A small hand-made form grid for the renderer tests: a merged title, labels, a header row, two
 * indicator rows with inputs and drop-downs, a computed total and a note. Row 2 holds formula-like
 * text to prove neutralization.
 */
export const sampleGrid = (): Grid => ({
  sheetName: '绩效目标',
  values: [
    ['项目支出绩效目标申报表', null, null, null],
    ['项目名称', '=HYPERLINK("http://evil.example","点击")', null, null],
    ['一级指标', '指标性质', '指标值', '度量单位'],
    ['产出指标', '≥', 50, '个'],
    ['效益指标', '定性', '-12.5', '@备注'],
    ['合计', null, 62.5, null],
    ['注：黄色单元格可填写。', null, null, null],
  ],
  columnWidths: [16, 9, 14, 10],
  formats: [{ range: 'C4:C6', format: '0.00' }],
  styles: [
    { range: 'A1:D1', style: 'title' },
    { range: 'A2', style: 'label' },
    { range: 'B2:D2', style: 'input' },
    { range: 'A3:D3', style: 'header' },
    { range: 'A4:A5', style: 'label' },
    { range: 'B4:D5', style: 'input' },
    { range: 'A6:D6', style: 'computed' },
    { range: 'A7', style: 'note' },
  ],
  merges: [{ range: 'A1:D1' }, { range: 'B2:D2' }, { range: 'A7:D7' }],
  inputs: [{ range: 'B2:D2' }, { range: 'B4:D5' }],
  validations: [{ range: 'B4:B5', list: 'operator' }],
  lists: { operator: ['≥', '≤', '＝', '定性'] },
  frozenRows: 3,
});
