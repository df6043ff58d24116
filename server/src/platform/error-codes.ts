// Stable error codes with their zh-CN and en messages. Codes never change once released;
// the client shows `message` in the user's language and may key behaviour on `code`.
export const errorCodes = {
  VALIDATION_FAILED: { status: 400, zh: '输入有误：{field}', en: 'Invalid input: {field}' },
  BAD_REQUEST: { status: 400, zh: '请求格式错误', en: 'Malformed request' },
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
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试', en: 'Too many attempts; try again later' },
  INTERNAL: { status: 500, zh: '服务器开小差了，请稍后再试', en: 'Something went wrong on our side' },

  AUTH_INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  AUTH_ACCOUNT_LOCKED: {
    status: 429,
    zh: '登录失败次数过多，账号已临时锁定，请 15 分钟后再试',
    en: 'Too many failed sign-ins; the account is locked for 15 minutes',
  },
  AUTH_ACCOUNT_DISABLED: { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  AUTH_PASSWORD_EXPIRED: {
    status: 401,
    zh: '初始密码已过期，请联系管理员重置',
    en: 'The initial password has expired; ask an administrator to reset it',
  },
  AUTH_TOTP_INVALID: { status: 401, zh: '动态验证码错误', en: 'Wrong authenticator code' },
  AUTH_TOTP_ALREADY_ENABLED: {
    status: 409,
    zh: '已启用双因素认证',
    en: 'Two-factor authentication is already on',
  },
  AUTH_WRONG_CURRENT_PASSWORD: { status: 400, zh: '当前密码错误', en: 'The current password is wrong' },
  PASSWORD_TOO_WEAK: {
    status: 400,
    zh: '密码至少 8 位，且包含大写字母、小写字母、数字、符号中的三类',
    en: 'Use at least 8 characters from three of: upper case, lower case, digits, symbols',
  },
  PASSWORD_TOO_COMMON: {
    status: 400,
    zh: '密码过于常见或包含用户名、单位名称，请换一个',
    en: 'This password is too common or contains your name; choose another',
  },
  PASSWORD_REUSED: {
    status: 400,
    zh: '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  SMS_CODE_INVALID: {
    status: 401,
    zh: '验证码错误或已失效，请重新获取',
    en: 'The code is wrong or no longer valid; request a new one',
  },
  SMS_SEND_FAILED: { status: 502, zh: '短信发送失败，请稍后再试', en: 'The text message could not be sent' },
  PHONE_INVALID: { status: 400, zh: '手机号格式不正确', en: 'Not a valid mainland mobile number' },
  ID_NUMBER_INVALID: { status: 400, zh: '身份证号码不正确', en: 'Not a valid resident ID number' },

  UNION_PARENT_LEVEL_INVALID: {
    status: 400,
    zh: '上级工会的层级必须高于本工会',
    en: 'The parent union must be at a higher level',
  },
  UNION_MOVE_INTO_OWN_SUBTREE: {
    status: 409,
    zh: '不能把工会移动到它自己或它的下级工会之下',
    en: 'A union cannot be moved under itself or one of its descendants',
  },
  UNION_HAS_ACTIVE_CHILDREN: {
    status: 409,
    zh: '该工会还有在用的下级工会，不能撤销',
    en: 'This union still has active child unions',
  },
  UNION_HAS_ACTIVE_MEMBERS: {
    status: 409,
    zh: '该工会还有在册会员，不能撤销',
    en: 'This union still has active members',
  },
  UNION_INACTIVE: { status: 409, zh: '该工会已撤销', en: 'This union is deactivated' },
  UNION_ROOT_IMMUTABLE: {
    status: 409,
    zh: '顶级工会不能移动或撤销',
    en: 'The top-level union cannot be moved or deactivated',
  },
  EMPLOYER_CREDIT_CODE_INVALID: {
    status: 400,
    zh: '统一社会信用代码不正确',
    en: 'Not a valid unified social credit code',
  },
  EMPLOYER_DUPLICATE: {
    status: 409,
    zh: '该统一社会信用代码的单位已登记',
    en: 'An employer with this credit code is already registered',
  },
  EMPLOYER_NEEDS_BASE_UNION: {
    status: 400,
    zh: '单位只能由基层工会覆盖',
    en: 'Only a base union can cover an employer',
  },
  ACCOUNT_USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'This username is taken' },
  ROLE_NOT_GRANTABLE: {
    status: 403,
    zh: '您不能授予该角色',
    en: 'You cannot grant this role',
  },
  ACCOUNT_SELF_CHANGE: {
    status: 409,
    zh: '不能修改自己的角色或停用自己',
    en: 'You cannot change your own roles or disable yourself',
  },
  MEMBER_TOO_YOUNG: { status: 400, zh: '未满 16 周岁，暂不能入会', en: 'Members must be at least 16 years old' },
  MEMBER_ALREADY_MEMBER: {
    status: 409,
    zh: '您已是{union}的会员，如需更换工会请申请转会',
    en: 'You are already a member of {union}; apply for a transfer instead',
  },
  APPLICATION_PENDING_EXISTS: {
    status: 409,
    zh: '已有一份入会申请正在审核中',
    en: 'An application for this person is already being reviewed',
  },
  APPLICATION_NOT_PENDING: {
    status: 409,
    zh: '该申请已处理，不能再修改',
    en: 'This application has already been decided',
  },
  JOIN_UNION_INVALID: {
    status: 400,
    zh: '所选工会不能直接接收会员，请选择基层工会或所在街道',
    en: 'This union cannot take members directly; choose a base union or your area',
  },
  REJECTION_REASON_REQUIRED: { status: 400, zh: '请填写不予通过的原因', en: 'Give the reason for the rejection' },
  CARD_NOT_AVAILABLE: {
    status: 404,
    zh: '您还没有有效的会员身份，暂无电子会员证',
    en: 'There is no active membership, so there is no e-card',
  },
  MEMBER_NOT_ACTIVE: { status: 409, zh: '该会员已退会', en: 'This member has already left' },
  MEMBER_ALREADY_ACTIVE: { status: 409, zh: '该会员在册，无需恢复', en: 'This member is already active' },
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
  TRANSFER_OPEN_EXISTS: { status: 409, zh: '已有一个转会申请在办理中', en: 'A transfer is already in progress' },
  TRANSFER_SAME_UNION: { status: 400, zh: '转入工会与当前工会相同', en: 'That is the current union' },
  TRANSFER_NOT_PENDING: { status: 409, zh: '该转会申请已处理', en: 'This transfer has already been decided' },
  CORRECTION_EMPLOYER_ELSEWHERE: {
    status: 400,
    zh: '该单位不在您所在工会的覆盖范围，请申请转会',
    en: 'Your union does not cover this employer; ask for a transfer instead',
  },
  CORRECTION_PENDING_EXISTS: {
    status: 409,
    zh: '该项已有待审核的修改申请',
    en: 'A change of this item is already waiting for review',
  },
  CORRECTION_NOT_PENDING: { status: 409, zh: '该修改申请已处理', en: 'This change has already been decided' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCodes;
