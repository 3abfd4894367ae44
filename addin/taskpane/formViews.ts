import { conclusionLabels } from '../../domain/exAnte/conclusion';
import { monitoringPeriod } from '../../domain/forms/monitoring/monitoringPeriod';
import { signalLabels, type Signal } from '../../domain/monitoring/signal';
import { gradeLabels } from '../../domain/scoring/grade';
import { statusLabels } from '../../domain/model/submission';
import type { MessageKey } from '../i18n/i18n';
import { defaultPeriod } from '../forms/monitoringActions';
import type { PaneController } from './controller';
import { h } from './dom';
import type { OpenForm, PaneForm, PaneState, ScoreView } from './paneState';

/** What the sections share with view.ts: the state, translation and the common controls. */
export interface ViewKit {
  state: PaneState;
  controller: PaneController;
  tr: (key: MessageKey, params?: Record<string, string | number>) => string;
  label: (text: { zh: string; en: string }) => string;
  button: (key: MessageKey, onclick: () => void, extra?: Record<string, string | boolean>) => HTMLButtonElement;
  yearPicker: () => HTMLElement;
  /** The project drop-down; `only` narrows it (projects with approved targets). */
  projectPicker: (only?: string[]) => HTMLElement;
  problemList: () => HTMLElement | null;
}

const percent = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(2)}%`);

/** The section tabs: one button per form, the current one marked. */
export function tabBar(kit: ViewKit, forms: PaneForm[]): HTMLElement {
  const current = kit.state.form ?? forms[0];
  return h('nav', { class: 'tabs' }, ...forms.map((form) =>
    h('button', { type: 'button', class: form === current ? 'tab current' : 'tab', 'aria-pressed': form === current ? 'true' : 'false', disabled: kit.state.busy, onclick: () => void kit.controller.showForm(form) },
      kit.tr(`tab.${form}` as MessageKey))));
}

const formStatus = (kit: ViewKit, open: OpenForm<unknown> | undefined): HTMLElement | null =>
  open
    ? h('dl', {},
      h('dt', {}, kit.tr('status.label')), h('dd', { class: `status ${open.head.status}` }, kit.label(statusLabels[open.head.status])),
      h('dt', {}, kit.tr('version.label')), h('dd', {}, String(open.version)),
      open.head.comment ? h('dt', {}, kit.tr('comment.label')) : null,
      open.head.comment ? h('dd', { class: 'comment' }, open.head.comment) : null)
    : null;

const scoreBlock = (kit: ViewKit, heading: MessageKey, score: ScoreView | undefined, extra?: string): HTMLElement | null =>
  score
    ? h('div', { class: `score ${score.grade}` },
      h('h3', {}, kit.tr(heading)),
      h('p', { class: 'total' }, `${kit.tr('score.total', { total: score.total })} · ${kit.tr('score.grade')} ${kit.label(gradeLabels[score.grade])}`),
      h('p', { class: 'muted' }, `${kit.tr('score.executionRate')} ${percent(score.executionRate)} · ${kit.tr('score.ruleSet', { id: score.ruleSetId, version: score.ruleSetVersion })}`),
      extra ? h('p', { class: 'notice info' }, extra) : null)
    : null;

/** 绩效自评: project, actions, live score, the stored score after submit, problems. */
export function selfEvaluationSection(kit: ViewKit): HTMLElement {
  const { state, controller, button } = kit;
  const stored = state.storedScore;
  return h('div', {},
    h('section', {}, h('h2', {}, kit.tr('selfEvaluation.heading')), kit.yearPicker(), kit.projectPicker(state.approvedProjectIds),
      h('div', { class: 'buttons' },
        button('action.createSelfEvaluation', () => void controller.createSelfEvaluation(), { class: 'primary' }),
        button('action.open', () => void controller.openSelfEvaluation()),
        button('action.check', () => void controller.checkSelfEvaluation()),
        button('action.save', () => void controller.saveSelfEvaluation()),
        button('action.submit', () => void controller.submitSelfEvaluation(), { class: 'primary' }))),
    state.selfEvaluation ? h('section', { class: 'sheet' }, h('p', {}, state.selfEvaluation.data.projectName), formStatus(kit, state.selfEvaluation),
      scoreBlock(kit, 'score.live', state.liveScore) ?? (stored ? null : h('p', { class: 'muted' }, kit.tr('score.none'))),
      scoreBlock(kit, 'score.stored', stored, stored?.differs && state.notice ? kit.label(state.notice.text) : undefined)) : null,
    kit.problemList());
}

const signalBadge = (kit: ViewKit, signal: Signal): HTMLElement => h('span', { class: `signal ${signal}` }, kit.label(signalLabels[signal]));

/** 运行监控: project and period, actions, the signals in colour, problems. */
export function monitoringSection(kit: ViewKit): HTMLElement {
  const { state, controller, button } = kit;
  const period = state.period ?? defaultPeriod;
  const periods = Array.from({ length: 12 }, (_, i) => monitoringPeriod(i + 1));
  const signals = state.signals;
  const open = state.monitoring;
  return h('div', {},
    h('section', {}, h('h2', {}, kit.tr('monitoring.heading')), kit.yearPicker(), kit.projectPicker(state.approvedProjectIds),
      h('label', {}, kit.tr('period.label'),
        h('select', { onchange: (e) => controller.setPeriod((e.target as HTMLSelectElement).value), disabled: state.busy },
          ...periods.map((p) => h('option', { value: p, selected: p === period }, kit.tr('period.option', { month: Number(p.slice(1)) }))))),
      h('div', { class: 'buttons' },
        button('action.createMonitoring', () => void controller.createMonitoring(), { class: 'primary' }),
        button('action.open', () => void controller.openMonitoring()),
        button('action.check', () => void controller.checkMonitoring()),
        button('action.save', () => void controller.saveMonitoring()),
        button('action.submit', () => void controller.submitMonitoring(), { class: 'primary' }))),
    open ? h('section', { class: 'sheet' }, h('p', {}, open.data.projectName), formStatus(kit, open),
      h('h3', {}, kit.tr('signals.heading')),
      signals
        ? h('ul', { class: 'signals' },
          h('li', {}, h('span', {}, kit.tr('signals.project')), signalBadge(kit, signals.project)),
          h('li', {}, h('span', {}, `${kit.tr('signals.execution')}（${kit.tr('signals.executionRate', { rate: percent(signals.executionRate), progress: percent(signals.timeProgress.value) })}）`), signalBadge(kit, signals.execution)),
          ...signals.indicators.map((s, i) => h('li', {}, h('span', {}, open.data.indicators[i]?.name ?? String(i + 1)), signalBadge(kit, s.signal))))
        : h('p', { class: 'muted' }, kit.tr('signals.none'))) : null,
    kit.problemList());
}

/** 事前评估: actions, the recorded or provisional conclusion, problems. */
export function exAnteSection(kit: ViewKit): HTMLElement {
  const { state, controller, button } = kit;
  const open = state.exAnte;
  const conclusion = state.exAnteConclusion;
  return h('div', {},
    h('section', {}, h('h2', {}, kit.tr('exAnte.heading')), kit.yearPicker(), kit.projectPicker(),
      h('div', { class: 'buttons' },
        button('action.createExAnte', () => void controller.createExAnte(), { class: 'primary' }),
        button('action.open', () => void controller.openExAnte()),
        button('action.check', () => void controller.checkExAnte()),
        button('action.save', () => void controller.saveExAnte()),
        button('action.submit', () => void controller.submitExAnte(), { class: 'primary' }),
        button('action.refresh', () => void controller.refreshExAnte()))),
    open ? h('section', { class: 'sheet' }, h('p', {}, open.data.subjectName), formStatus(kit, open),
      conclusion ? h('div', { class: `conclusion ${conclusion.conclusion}` },
        h('h3', {}, kit.tr(conclusion.recorded ? 'exAnte.recorded' : 'exAnte.provisional')),
        h('p', { class: 'total' }, `${kit.label(conclusionLabels[conclusion.conclusion])} · ${kit.tr('exAnte.score', { score: conclusion.score })}`)) : null) : null,
    kit.problemList());
}

/** Finance: red and yellow projects per department for the year and period. */
export function warningsSection(kit: ViewKit): HTMLElement {
  const { state, controller, button } = kit;
  const period = state.period ?? defaultPeriod;
  const periods = Array.from({ length: 12 }, (_, i) => monitoringPeriod(i + 1));
  const warnings = state.warnings;
  return h('section', {}, h('h2', {}, kit.tr('warnings.heading')), kit.yearPicker(),
    h('label', {}, kit.tr('period.label'),
      h('select', { onchange: (e) => controller.setPeriod((e.target as HTMLSelectElement).value), disabled: state.busy },
        ...periods.map((p) => h('option', { value: p, selected: p === period }, kit.tr('period.option', { month: Number(p.slice(1)) }))))),
    button('warnings.load', () => void controller.loadWarnings(), { class: 'primary' }),
    warnings === undefined ? null
      : warnings.length === 0 ? h('p', { class: 'muted' }, kit.tr('warnings.empty'))
        : h('ul', { class: 'warnings' }, ...warnings.map((department) =>
          h('li', {}, h('h3', {}, kit.tr('warnings.department', { name: department.departmentName, red: department.red, yellow: department.yellow })),
            h('ul', {}, ...department.projects.map((project) =>
              h('li', {}, h('span', {}, `${project.projectName}（${percent(project.executionRate)}）`), signalBadge(kit, project.signal))))))));
}
