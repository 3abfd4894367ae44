import type { Problem } from '../../domain/problem';
import { problemFill } from './palette';
import { formProtection, marksSettingKey } from './sheetNames';

/** One marked cell, remembered in a workbook setting so the next check (or a new pane) can undo it. */
interface Mark {
  address: string;
  /** The fill before marking ("" for none). */
  fill: string;
  note: boolean;
}

export interface MarkProblemsOptions {
  /** Cell notes need ExcelApi 1.18; without them only the fill shows the problem. */
  notes: boolean;
}

const noFill = '';

const parseMarks = (value: unknown): Mark[] => {
  try {
    const marks: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    return Array.isArray(marks) ? (marks as Mark[]).filter((m) => typeof m?.address === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * Colours the cells of the problems (errors red, warnings yellow) and, where the host has notes,
 * adds a note with the zh + en messages; first undoes the marks of the previous check. Problems
 * without a cell are left to the pane. Three syncs whatever the number of problems: read the
 * remembered marks and the current fills, look up the old notes, then write.
 */
export async function markProblems(context: Excel.RequestContext, sheetName: string, problems: Problem[], options: MarkProblemsOptions): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const setting = context.workbook.settings.getItemOrNullObject(marksSettingKey(sheetName));
  setting.load('value');
  sheet.protection.load('protected');
  const byCell = new Map<string, Problem[]>();
  for (const p of problems) if (p.cell) byCell.set(p.cell, [...(byCell.get(p.cell) ?? []), p]);
  const fills = new Map([...byCell.keys()].map((address) => [address, sheet.getRange(address).format.fill.load('color')]));
  await context.sync();

  const oldMarks = setting.isNullObject ? [] : parseMarks(setting.value);
  const oldNotes = options.notes ? oldMarks.filter((m) => m.note).map((m) => sheet.notes.getItemOrNullObject(m.address)) : [];
  for (const note of oldNotes) note.load('isNullObject');
  await context.sync();

  const wasProtected = sheet.protection.protected;
  if (wasProtected) sheet.protection.unprotect();
  for (const note of oldNotes) if (!note.isNullObject) note.delete();
  const original = new Map(oldMarks.map((m) => [m.address, m.fill]));
  for (const mark of oldMarks) {
    if (byCell.has(mark.address)) continue;
    const fill = sheet.getRange(mark.address).format.fill;
    if (mark.fill === noFill) fill.clear();
    else fill.color = mark.fill;
  }

  const marks: Mark[] = [];
  for (const [address, list] of byCell) {
    const loaded = fills.get(address)?.color;
    // A cell marked last time shows the mark colour now: keep the fill from before that mark.
    const before = original.get(address) ?? (loaded && loaded !== '#FFFFFF' ? loaded : noFill);
    sheet.getRange(address).format.fill.color = list.some((p) => p.severity === 'error') ? problemFill.error : problemFill.warning;
    if (options.notes) sheet.notes.add(address, list.map((p) => `${p.message_zh}\n${p.message_en}`).join('\n\n'));
    marks.push({ address, fill: before ?? noFill, note: options.notes });
  }
  context.workbook.settings.add(marksSettingKey(sheetName), JSON.stringify(marks));
  if (wasProtected) sheet.protection.protect(formProtection);
  await context.sync();
}
