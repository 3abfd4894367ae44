import { roleLabels } from '../../domain/model/role';
import type { AddinConfig } from '../config';
import { h } from '../taskpane/dom';
import { t, type BilingualText, type MessageKey } from './messages';
import type { OfflineController, OfflineState } from './offlineController';
import { offlineFormOptions, type OfflineForm } from './offlineForms';

/** Years offered around the current one: last year's self-evaluations to the year after next. */
const yearsAround = (year: number): number[] => [year - 2, year - 1, year, year + 1, year + 2];

/**
 * Renders the offline page from the controller's state on every change (the tree is small) and
 * wires the controls to controller actions. `initialYear` anchors the year list so it does not
 * shift while the user picks.
 */
export function mountOfflineView(root: HTMLElement, controller: OfflineController, config: AddinConfig, initialYear: number): void {
  const render = (state: OfflineState): void => {
    const tr = (key: MessageKey, params?: Record<string, string | number>) => t(state.lang, key, params);
    const label = (text: BilingualText) => text[state.lang];
    const other = (text: BilingualText) => text[state.lang === 'zh' ? 'en' : 'zh'];
    const busy = state.busy;

    const header = h('header', {},
      h('h1', {}, tr('app.title')),
      h('button', { type: 'button', id: 'lang-switch', class: 'link', onclick: () => controller.setLang(state.lang === 'zh' ? 'en' : 'zh') }, tr('lang.switch')),
    );

    // One button for every issuer: the page goes to the issuer's sign-in page and comes back (browserAuth).
    const signIn = () => h('section', {}, h('h2', {}, tr('signIn.heading')),
      h('button', { type: 'button', id: 'sign-in', class: 'primary', disabled: busy, onclick: () => void controller.signIn() },
        tr(config.authMode === 'entra' ? 'signIn.entra' : 'signIn.button')));

    const who = () => {
      const me = state.me;
      if (!me) return null;
      const department = me.department ? (state.lang === 'zh' ? me.department.name_zh : me.department.name_en || me.department.name_zh) : me.principal.roles.map((r) => label(roleLabels[r])).join('、');
      return h('p', { class: 'user' }, tr('signedInAs', { name: me.principal.name, department }), ' ',
        h('button', { type: 'button', id: 'sign-out', class: 'link', onclick: () => controller.signOut() }, tr('signOut')));
    };

    const picker = () =>
      h('section', {}, h('h2', {}, tr('pick.heading')),
        h('label', { for: 'year' }, tr('pick.year')),
        h('select', { id: 'year', disabled: busy, onchange: (e) => void controller.setYear(Number((e.target as HTMLSelectElement).value)) },
          ...yearsAround(initialYear).map((y) => h('option', { value: String(y), selected: y === state.year }, String(y)))),
        h('label', { for: 'form' }, tr('pick.form')),
        h('select', { id: 'form', disabled: busy, onchange: (e) => controller.setForm((e.target as HTMLSelectElement).value as OfflineForm) },
          ...offlineFormOptions.map((f) => h('option', { value: f.form, selected: f.form === state.form }, label(f.label)))),
        h('label', { for: 'subject' }, tr('pick.subject')),
        state.projects.length === 0
          ? h('p', { class: 'muted' }, tr('pick.noProjects'))
          : h('select', { id: 'subject', disabled: busy, onchange: (e) => controller.setSubject((e.target as HTMLSelectElement).value) },
              ...state.projects.map((p) => h('option', { value: p.id, selected: p.id === state.subjectId }, state.lang === 'zh' ? p.name_zh : p.name_en || p.name_zh))),
        h('div', { class: 'actions' },
          h('button', { type: 'button', id: 'download', class: 'primary', disabled: busy || !state.subjectId, onclick: () => void controller.download() }, tr('download.button'))),
        h('label', { for: 'upload-file' }, tr('upload.label')),
        h('input', {
          type: 'file',
          id: 'upload-file',
          accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          disabled: busy,
          onchange: (e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void file.arrayBuffer().then((buffer) => controller.upload({ name: file.name, bytes: new Uint8Array(buffer) }));
          },
        }));

    const noticeBar = state.notice ? h('p', { id: 'notice', class: `notice ${state.notice.kind}`, role: 'status' }, label(state.notice.text)) : null;

    const problemList = () => {
      if (state.problems.length === 0) return null;
      return h('section', { class: 'problems' }, h('h2', {}, tr('problems.heading', { count: state.problems.length })),
        h('ul', {}, ...state.problems.map((p) => {
          const text = { zh: p.message_zh, en: p.message_en };
          return h('li', { class: p.severity, 'data-cell': p.cell ?? '' },
            h('span', { class: 'cell' }, p.cell ? tr('problems.cell', { cell: p.cell }) : tr('problems.noCell')),
            h('span', { class: 'message' }, label(text)),
            h('span', { class: 'message other', lang: state.lang === 'zh' ? 'en' : 'zh-CN' }, other(text)));
        })));
    };

    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    const parts = [
      header,
      h('p', { class: 'intro' }, tr('app.intro')),
      ...(state.me ? [who(), picker()] : [signIn()]),
      busy ? h('p', { class: 'busy' }, tr('busy')) : null,
      noticeBar,
      problemList(),
    ];
    // replaceChildren would print a null as the text "null".
    root.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
  };

  controller.subscribe(render);
}
