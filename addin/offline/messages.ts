/**
 * The offline-filling page's own texts, zh-CN first and English second. Kept apart from the task
 * pane's table (addin/i18n/) so the two pages can change independently.
 */
export type Lang = 'zh' | 'en';

/** A text in both languages. */
export interface BilingualText {
  zh: string;
  en: string;
}

export const messages = {
  'app.title': { zh: '绩效 · 离线填报', en: 'Jixiao · Offline filling' },
  'app.intro': {
    zh: '没有安装加载项时：下载模板，用 Excel、WPS 或 LibreOffice 填写并保存为 .xlsx，再上传；系统按加载项中的同样规则检查。',
    en: 'Without the add-in: download a template, fill it in Excel, WPS or LibreOffice, save it as .xlsx and upload it; the same checks as in the add-in run.',
  },
  'lang.switch': { zh: 'English', en: '中文' },
  'signIn.heading': { zh: '登录', en: 'Sign in' },
  'signIn.button': { zh: '登录', en: 'Sign in' },
  'signIn.entra': { zh: '使用单位账号登录（Microsoft Entra ID）', en: 'Sign in with your work account (Microsoft Entra ID)' },
  'signOut': { zh: '退出登录', en: 'Sign out' },
  'signedInAs': { zh: '当前用户：{name}（{department}）', en: 'Signed in as {name} ({department})' },
  'pick.heading': { zh: '选择要填报的表', en: 'Choose the form to fill' },
  'pick.year': { zh: '预算年度', en: 'Budget year' },
  'pick.form': { zh: '表单', en: 'Form' },
  'pick.subject': { zh: '项目', en: 'Project' },
  'pick.noProjects': { zh: '该年度没有您可填报的项目', en: 'No projects you can fill for this year' },
  'download.button': { zh: '下载模板', en: 'Download template' },
  'download.done': { zh: '已下载“{file}”（基于第 {version} 版）；填写后保存为 .xlsx 再上传', en: 'Downloaded "{file}" (from version {version}); fill it, save as .xlsx and upload it' },
  'upload.label': { zh: '上传已填好的文件（.xlsx）', en: 'Upload the filled file (.xlsx)' },
  'upload.busy': { zh: '正在上传并检查…', en: 'Uploading and checking…' },
  'upload.notXlsx': {
    zh: '请上传 .xlsx 文件：在 Excel、WPS 或 LibreOffice 中“另存为”Excel 工作簿（.xlsx）',
    en: 'Upload an .xlsx file: use "Save as" Excel workbook (.xlsx) in Excel, WPS or LibreOffice',
  },
  'upload.tooLarge': { zh: '文件过大（超过 1 MB），请上传从本系统下载的模板', en: 'The file is too large (over 1 MB); upload a template downloaded from this system' },
  'upload.saved': { zh: '已保存为第 {version} 版（{status}）', en: 'Saved as version {version} ({status})' },
  'problems.heading': { zh: '需要修改的单元格（{count} 处）', en: 'Cells to fix ({count})' },
  'problems.cell': { zh: '单元格 {cell}', en: 'Cell {cell}' },
  'problems.noCell': { zh: '整张表', en: 'Whole form' },
  'busy': { zh: '处理中…', en: 'Working…' },
  'notice.signedOut': { zh: '登录已失效，请重新登录', en: 'Your sign-in has expired; sign in again' },
} satisfies Record<string, BilingualText>;

export type MessageKey = keyof typeof messages;

/**
 * A message in one language with `{name}` placeholders filled.
 *
 * @example
 * t('zh', 'problems.cell', { cell: 'D12' }) // '单元格 D12'
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The same message in both languages, for notices that outlive a language switch. */
export const both = (key: MessageKey, params?: Record<string, string | number>): BilingualText => ({
  zh: t('zh', key, params),
  en: t('en', key, params),
});
