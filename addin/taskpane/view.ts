import { roleLabels, financeRoles } from '../../domain/model/role';
import { statusLabels } from '../../domain/model/submission';
import type { AddinConfig } from '../config';
import { t, type MessageKey } from '../i18n/i18n';
import { addinVersion } from '../version';
import { consolidatesOnly, mayConsolidate } from '../consolidation/consolidationAccess';
import type { PaneController } from './controller';
import { consolidationSection } from './consolidationView';
import { h } from './dom';
import { exAnteSection, monitoringSection, selfEvaluationSection, tabBar, warningsSection, type ViewKit } from './formViews';
import type { PaneForm, PaneState } from './paneState';

/**
 * Renders the pane from the controller's state on every change (the whole tree: it is small) and
 * wires the controls to controller actions. Text typed into the search box and the return comment
 * is kept across renders.
 */
export function mountView(root: HTMLElement, controller: PaneController, config: AddinConfig): void {
  const typed = { search: '', comment: '' };

  const render = (state: PaneState): void => {
    const tr = (key: MessageKey, params?: Record<string, string | number>) => t(state.lang, key, params);
    const label = (text: { zh: string; en: string }) => text[state.lang];
    const busy = state.busy;
    const button = (key: MessageKey, onclick: () => void, extra: Record<string, string | boolean> = {}) =>
      h('button', { type: 'button', onclick, disabled: busy, ...extra }, tr(key));

    const header = h('header', {},
      h('h1', {}, tr('app.title')),
      h('button', { type: 'button', class: 'link', onclick: () => controller.setLang(state.lang === 'zh' ? 'en' : 'zh') }, tr('lang.switch')),
    );

    const noticeBar = state.notice ? h('p', { class: `notice ${state.notice.kind}`, role: 'status' }, label(state.notice.text)) : null;

    // One button for every issuer: the sign-in runs in an Office dialog or through nested app authentication (paneAuth).
    const signIn = () => h('section', {}, h('h2', {}, tr('signIn.heading')),
      button(config.authMode === 'entra' ? 'signIn.entra' : 'signIn.button', () => void controller.signIn(), { id: 'sign-in', class: 'primary' }));

    const yearPicker = () => {
      const now = state.year;
      const years = [now - 1, now, now + 1, now + 2].filter((y, i, all) => all.indexOf(y) === i);
      return h('label', {}, tr('year.label'),
        h('select', { onchange: (e) => void controller.setYear(Number((e.target as HTMLSelectElement).value)), disabled: busy },
          ...years.map((y) => h('option', { value: String(y), selected: y === state.year }, String(y)))));
    };

    const sheetPanel = () => {
      const sheet = state.sheet;
      if (!sheet) return null;
      return h('section', { class: 'sheet' }, h('h2', {}, tr('sheet.heading')),
        h('p', {}, sheet.data.projectName),
        h('dl', {},
          h('dt', {}, tr('status.label')), h('dd', { class: `status ${sheet.head.status}` }, label(statusLabels[sheet.head.status])),
          h('dt', {}, tr('version.label')), h('dd', {}, String(sheet.version)),
          sheet.head.comment ? h('dt', {}, tr('comment.label')) : null,
          sheet.head.comment ? h('dd', { class: 'comment' }, sheet.head.comment) : null));
    };

    const form = state.form ?? 'targetSheet';
    const openInSection = { targetSheet: state.sheet, selfEvaluation: state.selfEvaluation, monitoring: state.monitoring, exAnte: state.exAnte, warnings: undefined, consolidate: undefined }[form];
    const problemList = () => {
      if (!openInSection) return null;
      const items = state.problems.map((p) =>
        h('li', { class: p.severity },
          h('button', { type: 'button', class: 'problem', onclick: () => void controller.selectProblem(p), disabled: !p.cell },
            h('span', { class: 'badge' }, tr(p.severity === 'error' ? 'problems.error' : 'problems.warning')),
            p.cell ? h('span', { class: 'cell' }, tr('problems.cell', { cell: p.cell })) : null,
            h('span', {}, state.lang === 'zh' ? p.message_zh : p.message_en))));
      return h('section', {}, h('h2', {}, tr('problems.heading')), items.length > 0 ? h('ul', { class: 'problems' }, ...items) : h('p', { class: 'muted' }, tr('problems.none')));
    };

    const library = () => {
      const search = h('input', { type: 'search', value: typed.search, placeholder: tr('library.search'), oninput: (e) => { typed.search = (e.target as HTMLInputElement).value; } });
      const results = state.library.map((item) =>
        h('li', {}, h('span', {}, `${item.name_zh}${state.lang === 'en' ? ` — ${item.name_en}` : ''}（${item.unit || '定性'}）`),
          button('library.insert', () => void controller.insertIndicator(item), { class: 'small' })));
      return h('section', {}, h('h2', {}, tr('library.heading')),
        h('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); void controller.searchLibrary(typed.search); } }, search, h('button', { type: 'submit', disabled: busy }, tr('library.searchButton'))),
        state.library.length > 0 ? h('ul', { class: 'library' }, ...results) : null);
    };

    const projectPicker = (only?: string[]) => {
      const projects = only ? state.projects.filter((p) => only.includes(p.id)) : state.projects;
      return h('label', {}, tr('project.label'),
        projects.length === 0 ? h('span', { class: 'muted' }, tr(only ? 'project.noneApproved' : 'project.none'))
          : h('select', { onchange: (e) => controller.selectProject((e.target as HTMLSelectElement).value), disabled: busy },
            ...projects.map((p) => h('option', { value: p.id, selected: p.id === state.projectId }, state.lang === 'zh' ? p.name_zh : p.name_en || p.name_zh))));
    };
    const kit: ViewKit = { state, controller, tr, label, button, yearPicker, projectPicker, problemList };

    const targets = () => h('div', {},
      h('section', {}, h('h2', {}, tr('filer.heading')), yearPicker(), projectPicker(),
        h('div', { class: 'buttons' },
          button('action.create', () => void controller.createDraft(), { class: 'primary' }),
          button('action.open', () => void controller.open()),
          button('action.check', () => void controller.check()),
          button('action.save', () => void controller.saveDraft()),
          button('action.submit', () => void controller.submit(), { class: 'primary', id: 'submit' }),
          button('action.refresh', () => void controller.refresh()))),
      sheetPanel(), problemList(), library());

    const roles = state.me?.principal.roles ?? [];
    // 汇总 for the finance bureau, auditors and department roles (their own department); not experts.
    const consolidateTab: PaneForm[] = mayConsolidate(roles) ? ['consolidate'] : [];
    const filer = () => h('div', {}, tabBar(kit, ['targetSheet', 'selfEvaluation', 'monitoring', 'exAnte', ...consolidateTab]),
      form === 'selfEvaluation' ? selfEvaluationSection(kit)
        : form === 'monitoring' ? monitoringSection(kit)
          : form === 'exAnte' ? exAnteSection(kit)
            : form === 'consolidate' && consolidateTab.length > 0 ? consolidationSection(kit)
              : targets());

    const reviewer = () => h('div', {}, tabBar(kit, ['targetSheet', 'warnings', 'consolidate']),
      form === 'warnings' ? warningsSection(kit) : form === 'consolidate' ? consolidationSection(kit) : review());

    const auditor = () => h('div', {}, tabBar(kit, ['consolidate']), consolidationSection(kit));

    const review = () => h('div', {},
      h('section', {}, h('h2', {}, tr('review.heading')), yearPicker(),
        state.queue.length === 0 ? h('p', { class: 'muted' }, tr('review.empty'))
          : h('ul', { class: 'queue' }, ...state.queue.map((head) =>
            h('li', {}, h('span', {}, `${head.subjectId} · ${label(statusLabels[head.status])} · v${head.version}`),
              button('review.open', () => void controller.openForReview(head.id), { class: 'small' }))))),
      sheetPanel(),
      state.sheet ? h('section', {},
        h('label', {}, tr('review.comment'), h('textarea', { rows: '3', oninput: (e) => { typed.comment = (e.target as HTMLTextAreaElement).value; } }, typed.comment)),
        h('div', { class: 'buttons' },
          button('review.return', () => void controller.returnForRevision(typed.comment)),
          button('review.approve', () => void controller.approve(), { class: 'primary' }))) : null,
      problemList());

    const me = state.me;
    const isReviewer = me?.principal.roles.some((r) => financeRoles.includes(r)) ?? false;
    const userLine = me ? h('p', { class: 'user' },
      tr('user.signedInAs', { name: me.principal.name, role: me.principal.roles.map((r) => label(roleLabels[r])).join('、') }),
      h('button', { type: 'button', class: 'link', onclick: () => controller.signOut() }, tr('signOut'))) : null;

    const parts = [
      header, userLine, noticeBar,
      busy ? h('p', { class: 'busy', 'aria-live': 'polite' }, tr('busy')) : null,
      !me ? signIn() : isReviewer ? reviewer() : consolidatesOnly(me.principal.roles) ? auditor() : filer(),
      h('footer', {}, tr('app.version', { version: addinVersion })),
    ];
    root.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  };

  controller.subscribe(render);
  render(controller.getState());
}
