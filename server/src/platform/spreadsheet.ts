// Spreadsheet exports. Every text cell that starts like a formula (= + - @, tab, CR) is prefixed with
// an apostrophe so no spreadsheet ever evaluates it (AS-41).
import ExcelJS from 'exceljs';

export function neutralise(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const s = String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** `watermark`, when given, is a first line naming who exported the file and under which approval (PI-15). */
export async function toXlsx(
  sheetName: string,
  headers: string[],
  rows: unknown[][],
  watermark?: string,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  if (watermark) sheet.addRow([neutralise(watermark)]).font = { italic: true, color: { argb: 'FF888888' } };
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(neutralise));
  sheet.columns.forEach((c) => {
    c.width = 18;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
