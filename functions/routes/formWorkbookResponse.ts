import type { Grid } from '../../domain/grid/grid';
import type { SubmissionHead } from '../../domain/model/submission';
import type { ApiResponse } from '../http/types';
import { renderWorkbook } from '../xlsx/renderWorkbook';
import { etag } from './ifMatch';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A form's grid as a protected .xlsx download, for reading or filling offline (Excel or WPS without
 * the add-in). The hidden meta sheet names the form, submission and version, so an upload can be
 * matched to what it came from; the file name is the form's title, subject and year.
 *
 * @example
 * return formWorkbookResponse(monitoringToGrid(view.data), view.head, `绩效运行监控表-${view.data.projectName}`);
 */
export const formWorkbookResponse = async (grid: Grid, head: SubmissionHead, title: string): Promise<ApiResponse> => {
  const file = await renderWorkbook([grid], {
    protect: true,
    meta: { form: head.form, submissionId: head.id, version: String(head.version) },
  });
  const name = `${title}-${head.year}.xlsx`;
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
