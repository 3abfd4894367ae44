import type { Project } from '../../domain/model/project';
import { statusLabels, type SubmissionHead } from '../../domain/model/submission';
import type { Problem } from '../../domain/problem';
import { isApiProblem } from '../api/apiProblem';
import type { AuthProvider } from '../auth/authProvider';
import { both, t, type BilingualText, type Lang } from './messages';
import type { OfflineApi, OfflineMe } from './offlineApi';
import { offlineFormOptions, type OfflineForm } from './offlineForms';
import { sortByCell } from './sortByCell';

/** What the page shows; the view renders it whole on every change. */
export interface OfflineState {
  lang: Lang;
  me?: OfflineMe;
  year: number;
  form: OfflineForm;
  projects: Project[];
  subjectId?: string;
  busy: boolean;
  notice?: { kind: 'error' | 'success' | 'info'; text: BilingualText };
  /** The cell-addressed problems of the last upload, in sheet order. */
  problems: Problem[];
  /** The head of the form the last upload saved. */
  saved?: SubmissionHead;
}

/** A file the user picked: its name and bytes. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface OfflineControllerDeps {
  api: OfflineApi;
  auth: AuthProvider;
  /** Hands a downloaded file to the user (in the browser: a Blob link with `download`). */
  save: (blob: Blob, fileName: string) => void;
  year: number;
  lang?: Lang;
}

// The upload body is JSON with the file in base64 and must stay under the API's 1 MiB limit
// (functions/routes/offlineRoutes.ts): 1 MB of bytes is about 1.33 MB of base64, so refuse earlier.
const maxUploadBytes = 750_000;

/**
 * The offline page's logic without the DOM: sign in, pick year, form and project, download the
 * template, upload the filled file and keep the problems by cell or the saved version.
 *
 * @example
 * const controller = createOfflineController({ api, auth: localAuth(issuerUrl), save, year: 2026 });
 * await controller.signIn('filer-edu');
 * controller.subscribe((state) => render(state));
 */
export function createOfflineController(deps: OfflineControllerDeps) {
  let state: OfflineState = { lang: deps.lang ?? 'zh', year: deps.year, form: offlineFormOptions[0]?.form ?? 'targetSheet', projects: [], busy: false, problems: [] };
  const listeners = new Set<(state: OfflineState) => void>();
  const set = (patch: Partial<OfflineState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  /** Runs one user action: busy while it runs, an API problem becomes the notice (or a sign-out on 401). */
  const act = async (action: () => Promise<void>): Promise<void> => {
    if (state.busy) return;
    set({ busy: true, notice: undefined });
    try {
      await action();
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      if (error.status === 401) {
        deps.auth.signOut();
        set({ me: undefined, projects: [], subjectId: undefined, problems: [], saved: undefined, notice: { kind: 'error', text: both('notice.signedOut') } });
      } else {
        set({ notice: { kind: 'error', text: { zh: error.message_zh, en: error.message_en } }, problems: sortByCell(error.problems) });
      }
    } finally {
      set({ busy: false });
    }
  };

  const loadProjects = async (): Promise<void> => {
    const projects = await deps.api.projects(state.year);
    const keep = projects.some((p) => p.id === state.subjectId) ? state.subjectId : projects[0]?.id;
    set({ projects, subjectId: keep });
  };

  return {
    state: (): OfflineState => state,
    subscribe(listener: (state: OfflineState) => void): () => void {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    setLang: (lang: Lang): void => set({ lang }),

    signIn: (subject?: string) =>
      act(async () => {
        await deps.auth.signIn(subject);
        set({ me: await deps.api.me() });
        await loadProjects();
      }),
    signOut(): void {
      deps.auth.signOut();
      set({ me: undefined, projects: [], subjectId: undefined, problems: [], saved: undefined, notice: undefined });
    },

    setYear: (year: number) =>
      act(async () => {
        set({ year, problems: [], saved: undefined });
        await loadProjects();
      }),
    setForm: (form: OfflineForm): void => set({ form, problems: [], saved: undefined, notice: undefined }),
    setSubject: (subjectId: string): void => set({ subjectId, problems: [], saved: undefined, notice: undefined }),

    download: () =>
      act(async () => {
        if (!state.subjectId) return;
        const template = await deps.api.downloadTemplate(state.form, state.subjectId);
        deps.save(template.blob, template.fileName);
        set({ notice: { kind: 'info', text: both('download.done', { file: template.fileName, version: template.version }) } });
      }),

    upload: (file: PickedFile) =>
      act(async () => {
        set({ problems: [], saved: undefined });
        // WPS and LibreOffice save .et/.ods by default; the server reads only .xlsx (Office Open XML).
        if (!/\.xlsx$/i.test(file.name)) return set({ notice: { kind: 'error', text: both('upload.notXlsx') } });
        if (file.bytes.length > maxUploadBytes) return set({ notice: { kind: 'error', text: both('upload.tooLarge') } });
        const head = await deps.api.upload(file.bytes);
        const status = statusLabels[head.status];
        set({
          saved: head,
          notice: {
            kind: 'success',
            text: { zh: t('zh', 'upload.saved', { version: head.version, status: status.zh }), en: t('en', 'upload.saved', { version: head.version, status: status.en }) },
          },
        });
      }),
  };
}

export type OfflineController = ReturnType<typeof createOfflineController>;
