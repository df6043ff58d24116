// Stable error codes with their zh-CN and en messages. Codes never change once released;
// the client shows `message` in the user's language and may key behaviour on `code`.
//
// The platform's own codes are here; each module lists its codes in `<module>.errors.ts`, which adds them
// to `ErrorCodeRegistry` (for the type) and is registered at start-up through the module's definition
// (for the messages), so a new module never edits this file.

export interface ErrorEntry {
  status: number;
  zh: string;
  en: string;
}

export const platformErrors = {
  VALIDATION_FAILED: { status: 400, zh: '输入有误：{field}', en: 'Invalid input: {field}' },
  BAD_REQUEST: { status: 400, zh: '请求格式错误', en: 'Malformed request' },
  TEXT_UNSTORABLE: {
    status: 400,
    zh: '输入含有无法保存的字符（如空字符或残缺的表情符号），请删除后重试',
    en: 'The input contains characters that cannot be stored (a NUL or a broken emoji); remove them and try again',
  },
  SEARCH_WHOLE_IDENTIFIER: {
    status: 400,
    zh: '完整的手机号或身份证号请在“手机号/身份证号”精确查找框中输入，不要放在姓名搜索或链接里',
    en: 'Search a whole phone or ID number in the exact phone / ID number box, not in the name search or a link',
  },
  DATA_CONFLICT: {
    status: 409,
    zh: '该记录已存在或刚被他人修改，请刷新后重试',
    en: 'This record already exists or was just changed by someone else; reload and try again',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in first' },
  SESSION_STEP_REQUIRED: {
    status: 403,
    zh: '请先完成登录步骤：{step}',
    en: 'Finish the sign-in step first: {step}',
  },
  FORBIDDEN: { status: 403, zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '未找到该记录', en: 'Not found' },
  CSRF_FAILED: {
    status: 403,
    zh: '请求校验失败，请刷新页面后重试',
    en: 'Request verification failed; reload the page and try again',
  },
  REVEAL_LIMIT_REACHED: {
    status: 429,
    zh: '一小时内查看个人敏感信息已达 {limit} 次上限，请稍后再试；如确有需要请联系审计员',
    en: 'You have viewed personal data {limit} times in the last hour, the limit; try later or ask an auditor',
  },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试', en: 'Too many attempts; try again later' },
  INTERNAL: { status: 500, zh: '服务器开小差了，请稍后再试', en: 'Something went wrong on our side' },
  PASSWORD_TOO_WEAK: {
    status: 400,
    zh: '密码太容易被猜到：请用 10 位以上，包含大写字母、小写字母、数字、符号中的三类，并避免重复字符、键盘顺序、日期和常见单词',
    en: 'This password is too easy to guess: use 10 or more characters from three of upper case, lower case, digits and symbols, and avoid repeats, keyboard runs, dates and common words',
  },
  PASSWORD_TOO_COMMON: {
    status: 400,
    zh: '密码过于常见或包含用户名、单位名称，请换一个',
    en: 'This password is too common or contains your name; choose another',
  },
  PHONE_INVALID: { status: 400, zh: '手机号格式不正确', en: 'Not a valid mainland mobile number' },
  ID_NUMBER_INVALID: { status: 400, zh: '身份证号码不正确', en: 'Not a valid resident ID number' },
} as const satisfies Record<string, ErrorEntry>;

type PlatformErrors = typeof platformErrors;
/** Every code that may be thrown: the platform's, merged with each module's by declaration merging. */
export interface ErrorCodeRegistry extends PlatformErrors {}
export type ErrorCode = keyof ErrorCodeRegistry & string;

const catalog = new Map<string, ErrorEntry>(Object.entries(platformErrors));

/** Adds a module's codes; a code defined twice is a programming error, found at start-up. */
export function registerErrorCodes(codes: Record<string, ErrorEntry>): void {
  for (const [code, entry] of Object.entries(codes)) {
    const known = catalog.get(code);
    if (known && known !== entry) throw new Error(`error code ${code} is defined twice`);
    catalog.set(code, entry);
  }
}

/** The entry of a code; an unregistered code (a module left out of the registry) answers as INTERNAL. */
export function errorEntry(code: string): ErrorEntry {
  return catalog.get(code) ?? platformErrors.INTERNAL;
}

export const registeredErrorCodes = (): string[] => [...catalog.keys()];
