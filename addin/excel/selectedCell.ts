/** The sheet and A1 address of the active cell, in one sync ("Sheet1!C20" → { 'Sheet1', 'C20' }). */
export async function selectedCell(context: Excel.RequestContext): Promise<{ sheetName: string; address: string }> {
  const cell = context.workbook.getActiveCell();
  cell.load('address');
  await context.sync();
  const bang = cell.address.lastIndexOf('!');
  const sheetPart = cell.address.slice(0, bang);
  const sheetName = sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return { sheetName, address: cell.address.slice(bang + 1).replace(/\$/g, '') };
}
