import { budgetTypeLabels, budgetTypes } from '../../domain/model/budgetType';
import { consolidationBilinguals, consolidationForms, type ConsolidationForm } from '../../domain/consolidation/consolidationForm';
import { departmentRoles } from '../../domain/model/role';
import { statusLabels, statuses } from '../../domain/model/submission';
import { defaultPicks } from '../forms/consolidationActions';
import { h } from './dom';
import type { ViewKit } from './formViews';

/** One checkbox of a multi-select; a change toggles the value in the controller. */
const checkbox = (kit: ViewKit, text: string, checked: boolean, onchange: () => void): HTMLElement =>
  h('label', { class: 'check' }, h('input', { type: 'checkbox', checked, disabled: kit.state.busy, onchange }), text);

/**
 * 汇总 (docs/addin.md "Consolidate: pull into the workbook"): year, form, budget types, departments and statuses; 拉取到工作簿, 刷新 and
 * 取消 (the only control left enabled while a pull runs); progress as rows in Excel of rows read,
 * and the result line of the last pull.
 */
export function consolidationSection(kit: ViewKit): HTMLElement {
  const { state, controller, tr, label } = kit;
  const view = state.consolidation;
  const picks = view?.picks ?? defaultPicks;
  const pulling = view?.pulling;
  const roles = state.me?.principal.roles ?? [];
  const ownDepartmentOnly = roles.length > 0 && roles.every((role) => departmentRoles.includes(role));
  const departments = view?.departments ?? [];
  const result = view?.result;
  const last = view?.lastRequest;

  return h('section', { class: 'consolidate' }, h('h2', {}, tr('consolidate.heading')),
    ownDepartmentOnly ? h('p', { class: 'muted' }, tr('consolidate.scopeDepartment')) : null,
    kit.yearPicker(),
    h('label', {}, tr('consolidate.form'),
      h('select', { disabled: state.busy, onchange: (e) => controller.setConsolidationForm((e.target as HTMLSelectElement).value as ConsolidationForm) },
        ...consolidationForms.map((form) => h('option', { value: form, selected: form === picks.form }, label(consolidationBilinguals[form]))))),
    h('fieldset', {}, h('legend', {}, tr('consolidate.budgetTypes')),
      ...budgetTypes.map((type) => checkbox(kit, label(budgetTypeLabels[type]), picks.budgetTypes.includes(type), () => controller.togglePick('budgetTypes', type)))),
    h('fieldset', {}, h('legend', {}, tr('consolidate.departments')),
      departments.length === 0 ? h('p', { class: 'muted' }, tr('consolidate.noDepartments'))
        : h('div', { class: 'picklist' }, ...departments.map((d) =>
          checkbox(kit, state.lang === 'zh' ? d.name_zh : d.name_en || d.name_zh, picks.departmentIds.includes(d.id), () => controller.togglePick('departmentIds', d.id))))),
    h('fieldset', {}, h('legend', {}, tr('consolidate.statuses')),
      ...statuses.map((status) => checkbox(kit, label(statusLabels[status]), picks.statuses.includes(status), () => controller.togglePick('statuses', status)))),
    h('div', { class: 'buttons' },
      kit.button('consolidate.pull', () => void controller.pull(), { class: 'primary' }),
      kit.button('consolidate.refresh', () => void controller.refreshPull(), last ? {} : { disabled: true }),
      h('button', { type: 'button', onclick: () => controller.cancelPull(), disabled: !pulling || pulling.cancelling }, tr('consolidate.cancel'))),
    pulling ? h('div', { class: 'pulling', 'aria-live': 'polite' },
      h('progress', { max: String(Math.max(pulling.rowsRead, 1)), value: String(pulling.rowsWritten) }),
      h('p', {}, tr(pulling.cancelling ? 'consolidate.cancelling' : 'consolidate.progress', { pages: pulling.pages, read: pulling.rowsRead, written: pulling.rowsWritten }))) : null,
    result ? h('p', { class: result.cancelled ? 'result partial' : 'result' },
      result.cancelled ? `${tr('consolidate.partial')} ` : '',
      tr('consolidate.result', {
        rows: result.projects + result.indicators, projects: result.projects, indicators: result.indicators,
        sheets: result.sheets.length, pages: result.pages, seconds: (result.ms / 1000).toFixed(1),
      })) : null,
    last && !pulling ? h('p', { class: 'muted' }, tr('consolidate.lastRequest', { year: last.year, form: label(consolidationBilinguals[last.form]) })) : null);
}
