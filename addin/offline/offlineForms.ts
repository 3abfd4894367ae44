import { offlineForms, type OfflineForm } from '../../domain/forms/offlineForms';
import { formRegistry } from '../../domain/forms/registry';
import type { BilingualText } from './messages';

export type { OfflineForm } from '../../domain/forms/offlineForms';

/** The forms offered on the page, in the order shown, with their titles as the registry prints them on the sheet. */
export const offlineFormOptions: readonly { form: OfflineForm; label: BilingualText }[] = offlineForms.map((form) => ({ form, label: formRegistry[form].title }));
