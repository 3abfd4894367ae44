import type { FormDefinition } from '../../domain/forms/formDefinition';
import type { SubmissionHead } from '../../domain/model/submission';
import type { ApiResponse } from '../http/types';
import { renderWorkbook } from '../xlsx/renderWorkbook';
import { etag } from './ifMatch';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A form's grid as a protected .xlsx download, for reading or filling offline (Excel or WPS without
 * the add-in). The hidden meta sheet names the form, submission and version, so an upload can be
 * matched to what it came from; the file name is the form's workbook title and the year.
 *
 * @example
 * return formWorkbookResponse(monitoringDefinition, view, undefined);
 */
export const formWorkbookResponse = async <D, O>(
  form: Pick<FormDefinition<D, O>, 'toGrid' | 'workbookTitle'>,
  { data, head }: { data: D; head: SubmissionHead },
  options: O,
): Promise<ApiResponse> => {
  const file = await renderWorkbook([form.toGrid(data, options)], {
    protect: true,
    meta: { form: head.form, submissionId: head.id, version: String(head.version) },
  });
  const name = `${form.workbookTitle(data)}-${head.year}.xlsx`;
  return {
    status: 200,
    headers: {
      'content-type': xlsxType,
      // RFC 6266 / RFC 8187: an ASCII fallback plus the UTF-8 name for the Chinese title.
      'content-disposition': `attachment; filename="${head.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      etag: etag(head.version),
    },
    body: new Uint8Array(file),
  };
};
