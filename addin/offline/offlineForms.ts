import type { BilingualText } from './messages';

/** The forms `GET /v1/offline/templates` serves (functions/offline/offlineMeta.ts `offlineForms`). */
export type OfflineForm = 'targetSheet';

/** The forms offered on the page, in the order shown, with their names as printed on the sheet. */
export const offlineFormOptions: readonly { form: OfflineForm; label: BilingualText }[] = [
  { form: 'targetSheet', label: { zh: '项目支出绩效目标申报表', en: 'Project performance target sheet' } },
];
