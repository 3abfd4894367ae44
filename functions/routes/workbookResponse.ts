import { targetSheetToGrid } from '../../domain/forms/targetSheetToGrid';
import type { ApiResponse } from '../http/types';
import type { TargetSheetView } from '../services/targetSheetService';
import { renderWorkbook } from '../xlsx/renderWorkbook';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The sheet as a protected .xlsx for offline filling (Excel or WPS without the add-in). The hidden
 * meta sheet names the submission and version, so an upload can be matched to what it came from.
 */
export const workbookResponse = async (view: TargetSheetView): Promise<ApiResponse> => {
  const file = await renderWorkbook([targetSheetToGrid(view.data)], {
    protect: true,
    meta: { form: view.head.form, submissionId: view.head.id, version: String(view.head.version) },
  });
  const asciiName = `${view.head.id}.xlsx`;
  const name = `绩效目标申报表-${view.data.projectName}-${view.head.year}.xlsx`;
  return {
    status: 200,
    headers: {
      'content-type': xlsxType,
      // RFC 6266: an ASCII fallback plus the UTF-8 name (RFC 8187) for the Chinese title.
      'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      etag: `"${view.head.version}"`,
    },
    body: new Uint8Array(file),
  };
};
