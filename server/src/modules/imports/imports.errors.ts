// Error codes of the imports module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const importsErrors = {
  IMPORT_FILE_UNREADABLE: {
    status: 400,
    zh: '无法读取文件：请上传 .xlsx 或 .csv 文件',
    en: 'The file cannot be read: upload an .xlsx or .csv file',
  },
  IMPORT_COLUMNS_MISSING: {
    status: 400,
    zh: '表格缺少必需的列：{field}。请使用下载的模板',
    en: 'The sheet lacks required columns: {field}. Use the template',
  },
  IMPORT_FILE_TOO_LARGE_UNPACKED: {
    status: 400,
    zh: '文件解压后过大，可能已损坏或不是正常的花名册',
    en: 'The file unpacks to too much data; it may be damaged or not a roster',
  },
  IMPORT_TOO_MANY_ROWS: { status: 400, zh: '单次最多导入 20 万行', en: 'At most 200,000 rows per import' },
  IMPORT_EMPTY: { status: 400, zh: '表格中没有数据行', en: 'The sheet has no data rows' },
  IMPORT_NOT_VALIDATED: { status: 409, zh: '该导入已提交', en: 'This import has already been committed' },
  IMPORT_NEEDS_BASE_UNION: {
    status: 400,
    zh: '会员只能导入到基层工会',
    en: 'Members can only be imported into a base union',
  },
} as const satisfies Record<string, ErrorEntry>;

type ImportsErrors = typeof importsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends ImportsErrors {}
}
