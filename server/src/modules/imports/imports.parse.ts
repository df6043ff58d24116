// Reads an uploaded roster as people really fill it: CSV (UTF-8 or GBK from Excel) or .xlsx, with
// title rows above the header, merged header cells, full-width digits, trailing spaces, dates typed
// as text. Cells come back as strings, or as a marker the validator turns into a row error.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors.js';

export const MAX_ROWS = 200_000;
export type Cell = string | { formula: true } | { lostDigits: true };
export interface Sheet {
  rows: Cell[][];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Caps on what an .xlsx may unpack to, read from the zip's central directory before inflating (AS-40). */
export const MAX_UNZIPPED_BYTES = 300 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2000;

/** Sums the declared uncompressed sizes in a zip's central directory; null when it is not a readable zip. */
export function zipInflatedSize(file: Buffer): { bytes: number; entries: number } | null {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  for (let eocd = file.length - 22; eocd >= Math.max(0, file.length - 65_558); eocd--) {
    if (file.readUInt32LE(eocd) !== 0x06054b50) continue;
    const entries = file.readUInt16LE(eocd + 10);
    let offset = file.readUInt32LE(eocd + 16);
    let bytes = 0;
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > file.length || file.readUInt32LE(offset) !== 0x02014b50) return null;
      const size = file.readUInt32LE(offset + 24);
      // 0xFFFFFFFF means a ZIP64 size, which no roster needs: treat it as too large.
      bytes += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
      offset += 46 + file.readUInt16LE(offset + 28) + file.readUInt16LE(offset + 30) + file.readUInt16LE(offset + 32);
    }
    return { bytes, entries };
  }
  return null;
}

export async function readSheet(file: Buffer, fileName: string): Promise<Sheet> {
  const isZip = ZIP_MAGIC.every((b, i) => file[i] === b);
  if (/\.xlsx$/i.test(fileName)) {
    if (!isZip) throw new AppError('IMPORT_FILE_UNREADABLE', { field: 'file' });
    const inflated = zipInflatedSize(file);
    if (!inflated) throw new AppError('IMPORT_FILE_UNREADABLE', { field: 'file' });
    if (inflated.bytes > MAX_UNZIPPED_BYTES || inflated.entries > MAX_ZIP_ENTRIES) {
      throw new AppError('IMPORT_FILE_TOO_LARGE_UNPACKED', { field: 'file' });
    }
    return file.length <= IN_MEMORY_XLSX_BYTES ? readXlsxInMemory(file) : readXlsx(file);
  }
  if (/\.(csv|txt)$/i.test(fileName) && !isZip) return { rows: parseCsv(decodeText(file)) };
  throw new AppError('IMPORT_FILE_UNREADABLE', { field: 'file' });
}

/** UTF-8 when it decodes cleanly; otherwise GB18030 (what Excel in China saves CSV as). */
export function decodeText(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(file);
  }
}

export function parseCsv(text: string): Cell[][] {
  const rows: Cell[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',' || ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      if (rows.length > MAX_ROWS + 10) throw new AppError('IMPORT_TOO_MANY_ROWS', { field: 'file' });
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Excel stores long digit strings as floats: an ID number typed as a number has lost its last digits.
  if (typeof value === 'number') return value >= 1e15 ? { lostDigits: true } : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { formula: true };
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * Small workbooks are read whole: ExcelJS's streaming reader parks worksheets that precede the shared
 * strings (the order ExcelJS itself writes) in temp files, and once under load in CI it failed to read
 * one back. Large rosters still stream, which keeps memory bounded.
 */
const IN_MEMORY_XLSX_BYTES = 1024 * 1024;

async function readXlsxInMemory(file: Buffer): Promise<Sheet> {
  const rows: Cell[][] = [];
  try {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    sheet?.eachRow({ includeEmpty: false }, (row, number) => {
      rows[number - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    });
    if (rows.length > MAX_ROWS + 10) throw new AppError('IMPORT_TOO_MANY_ROWS', { field: 'file' });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IMPORT_FILE_UNREADABLE', { field: 'file' });
  }
  return { rows: Array.from(rows, (r) => r ?? []) };
}

async function readXlsx(file: Buffer): Promise<Sheet> {
  const rows: Cell[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'ignore',
      hyperlinks: 'ignore',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row as ExcelJS.Row).values as ExcelJS.CellValue[];
        rows[(row as ExcelJS.Row).number - 1] = values.slice(1).map(cellText);
        if (rows.length > MAX_ROWS + 10) throw new AppError('IMPORT_TOO_MANY_ROWS', { field: 'file' });
      }
      break; // the first worksheet is the roster
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IMPORT_FILE_UNREADABLE', { field: 'file' });
  }
  return { rows: Array.from(rows, (r) => r ?? []) };
}
