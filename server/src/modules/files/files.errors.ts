// Error codes of the files module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const filesErrors = {
  FILE_EMPTY: { status: 400, zh: '文件是空的', en: 'The file is empty' },
  FILE_TOO_LARGE: { status: 413, zh: '文件不能超过 {max}', en: 'Files must not exceed {max}' },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    zh: '只能上传 JPG、PNG 图片或 PDF 文件',
    en: 'Only JPEG or PNG images and PDF files are accepted',
  },
  FILE_INFECTED: {
    status: 422,
    zh: '文件未通过病毒检测（{signature}），未予接收',
    en: 'The file failed the malware scan ({signature}) and was not accepted',
  },
  FILE_SCAN_UNAVAILABLE: {
    status: 503,
    zh: '文件安全检测暂不可用，请稍后再上传',
    en: 'The malware scanner is unavailable; please try again later',
  },
  FILE_NOT_USABLE: {
    status: 400,
    zh: '附件无效：请重新上传自己的材料',
    en: 'An attachment is not usable; upload your own file again',
  },
} as const satisfies Record<string, ErrorEntry>;

type FilesErrors = typeof filesErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends FilesErrors {}
}
