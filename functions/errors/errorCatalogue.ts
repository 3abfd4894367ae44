/**
 * Every error code of the backend with its HTTP status and a bilingual default message: the single
 * source of codes. docs/api.md "Error codes" lists exactly these (a unit test compares both ways),
 * and appError() accepts only these, so a new code cannot ship undocumented. A call site may word
 * its own, more precise message; the code and the status always come from here.
 */
interface CatalogueEntry {
  /** The HTTP status; null for codes that are only recorded in a failed export job, never answered. */
  status: number | null;
  zh: string;
  en: string;
}

export const errorCatalogue = {
  'request.invalid': { status: 400, zh: '请求参数有误，请检查标出的字段', en: 'The request is invalid; see the listed fields' },
  'request.malformedJson': { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'request.malformedPath': { status: 400, zh: '路径编码错误', en: 'A path segment is badly percent-encoded' },
  'request.invalidIfMatch': { status: 400, zh: 'If-Match 应为版本号，例如 "3"', en: 'If-Match must be a version such as "3"' },
  'request.invalidIdempotencyKey': { status: 400, zh: '幂等键格式不对', en: 'The Idempotency-Key has the wrong form' },
  'request.invalidCharacter': { status: 400, zh: '请求中有无法保存的字符（如 U+FFFE、控制字符），请删除标出字段中的这些字符', en: 'The request contains characters that cannot be saved (such as U+FFFE or control characters); remove them from the listed fields' },
  'request.invalidCursor': { status: 400, zh: '分页游标无效', en: 'The page cursor is invalid' },
  'consolidation.invalidCursor': { status: 400, zh: '分页游标无效，请从第一页重新读取', en: 'The page cursor is not valid; start again from the first page' },
  'auth.unknownUser': { status: 400, zh: '此用户不存在', en: 'No such user' },
  'auth.codeInvalid': { status: 400, zh: '授权码无效、已使用或已过期，请重新登录', en: 'The authorization code is unknown, used or expired; sign in again' },
  'auth.codeMismatch': { status: 400, zh: '授权码不属于此应用或回调地址', en: 'The authorization code was issued to another client or redirect URI' },
  'auth.pkceFailed': { status: 400, zh: 'PKCE 校验失败', en: 'PKCE check failed' },
  'auth.refreshInvalid': { status: 400, zh: '登录已失效，请重新登录', en: 'The refresh token is unknown, used or expired; sign in again' },
  'auth.unsupportedGrant': { status: 400, zh: '不支持的授权类型（grant_type）', en: 'Unsupported grant_type' },
  'auth.invalidToken': { status: 401, zh: '未登录或令牌无效、过期', en: 'No token, or an invalid or expired one' },
  'auth.unknownClient': { status: 401, zh: '未登记的应用（client_id）', en: 'Unknown application (client_id)' },
  'auth.forbidden': { status: 403, zh: '您的角色无权执行此操作', en: 'Your role may not do this' },
  'auth.noRole': { status: 403, zh: '您的账号未分配角色，请联系管理员', en: 'Your account has no role; ask your administrator' },
  'auth.unknownRole': { status: 403, zh: '令牌中的角色无法识别', en: 'Unknown role in the token' },
  'auth.regionMissing': { status: 403, zh: '您的账号未指定所属地区，请联系管理员', en: 'Your account has no region; ask your administrator' },
  'auth.departmentMissing': { status: 403, zh: '部门角色须指定所属部门，请联系管理员', en: 'A department role needs a department; ask your administrator' },
  'export.badSignature': { status: 403, zh: '下载链接被改动或已过期', en: 'The download link was changed or has expired' },
  notFound: { status: 404, zh: '未找到，或不在您的范围内', en: 'Not found, or outside your scope' },
  'request.notFound': { status: 404, zh: '没有此接口', en: 'No such endpoint' },
  'export.notFound': { status: 404, zh: '导出文件已不存在', en: 'The export file is gone' },
  'export.timedOut': { status: null, zh: '导出未能在时限内完成，请重新导出或缩小范围（如按部门）', en: 'The export did not finish in time; export again or narrow it (e.g. by department)' },
  'export.internal': { status: null, zh: '导出时发生内部错误，请稍后重新导出', en: 'An internal error stopped the export; export again later' },
  'request.methodNotAllowed': { status: 405, zh: '此接口不支持该方法', en: 'This method is not allowed here' },
  'submission.versionConflict': { status: 409, zh: '版本已变化，请刷新后重试', en: 'The version changed; reload and retry' },
  'submission.invalidStatus': { status: 409, zh: '当前状态不允许此操作', en: 'The status does not allow this action' },
  'submission.exists': { status: 409, zh: '该表已存在，请打开已有的表', en: 'This form already exists; open it instead' },
  'record.versionConflict': { status: 409, zh: '版本已变化，请刷新后重试', en: 'The version changed; reload and retry' },
  'record.exists': { status: 409, zh: '该记录已存在，请刷新后重试', en: 'This record already exists; reload and retry' },
  'idempotency.inProgress': { status: 409, zh: '相同幂等键的请求正在处理，请稍后重试', en: 'A request with the same Idempotency-Key is being processed; retry later' },
  'selfEvaluation.targetsNotApproved': { status: 409, zh: '绩效目标尚未批复，不能开展自评', en: 'The targets are not approved yet' },
  'selfEvaluation.notScored': { status: 409, zh: '尚无得分可重新计算', en: 'There is no score to recompute' },
  'exAnte.revisionNotExpected': { status: 409, zh: '只有结论为“完善后予以支持”且已批复的评估才需记录完善情况', en: 'Only an approved “support after revision” takes a revision' },
  'monitoring.notReported': { status: 409, zh: '监控表尚未提交，不能作出处理决定', en: 'The report is not submitted: nothing to decide on' },
  'linkage.noRecommendation': { status: 409, zh: '尚无已提交的自评，没有可决定的建议', en: 'No submitted self-evaluation, so no recommendation' },
  'rectification.invalidStatus': { status: 409, zh: '整改任务当前状态不允许此操作', en: "The task's status does not allow this" },
  'offline.staleVersion': { status: 409, zh: '文件所依据的版本已过期，表格内容已变化', en: 'The file was made from a version whose content has since changed' },
  'request.tooLarge': { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  'submission.tooLarge': { status: 413, zh: '表格内容过大，无法保存', en: 'The form is too large to store' },
  'xlsx.tooLarge': { status: 413, zh: '工作表过大，无法读取', en: 'The sheet is too large to read' },
  'request.unsupportedMediaType': { status: 415, zh: '请求内容类型应为 application/json', en: 'The request body must be application/json' },
  'idempotency.keyReused': { status: 422, zh: '此幂等键已用于另一个请求', en: 'The key was used for another request' },
  'targetSheet.invalid': { status: 422, zh: '申报表有错误，见单元格', en: 'The target sheet has errors (see the cells)' },
  'targetSheet.projectMismatch': { status: 422, zh: '项目与此表不符', en: "The project differs from this sheet's" },
  'targetSheet.yearMismatch': { status: 422, zh: '年度与此表不符', en: "The year differs from this sheet's" },
  'departmentTargets.invalid': { status: 422, zh: '部门整体绩效目标申报表有错误，见单元格', en: 'The department targets form has errors (see the cells)' },
  'departmentTargets.identityMismatch': { status: 422, zh: '表中的部门或年度与此申报表不符', en: "The form's department or year differs from this one's" },
  'selfEvaluation.invalid': { status: 422, zh: '自评表有错误，见单元格', en: 'The self-evaluation has errors (see the cells)' },
  'selfEvaluation.yearMismatch': { status: 422, zh: '年度不符', en: 'The year does not match' },
  'exAnte.yearMismatch': { status: 422, zh: '年度不符', en: 'The year does not match' },
  'socialInsurance.yearMismatch': { status: 422, zh: '年度不符', en: 'The year does not match' },
  'evaluation.invalid': { status: 422, zh: '财政评价有错误', en: 'The finance evaluation has errors' },
  'ruleSet.invalid': { status: 422, zh: '规则集有错误', en: 'The rule set has errors' },
  'ruleSet.identityChanged': { status: 422, zh: '不能修改规则集的标识、地区或年度', en: "A rule set's id, region and year cannot change" },
  'ruleSet.workbookUnknown': { status: 422, zh: '无法识别该文件：请上传从本系统下载的该规则集的工作簿', en: 'This file is not recognised: upload the workbook of this rule set downloaded from here' },
  'ruleSet.workbookVersionMismatch': { status: 422, zh: '该文件所依据的版本与 If-Match 不一致', en: 'The file was made from another version than the If-Match one' },
  'linkage.reasonRequired': { status: 422, zh: '不采纳建议须说明理由', en: 'Overriding a recommendation needs a reason' },
  'exAnte.invalid': { status: 422, zh: '事前评估表有错误，见单元格', en: 'The assessment has errors (see the cells)' },
  'exAnte.assessmentRequired': { status: 422, zh: '须先完成并批复事前绩效评估', en: 'An approved ex-ante assessment is needed first' },
  'exAnte.revisionRequired': { status: 422, zh: '须先记录完善情况', en: 'The revision must be recorded first' },
  'exAnte.assessmentRejected': { status: 422, zh: '事前评估结论为不予支持', en: 'The assessment concluded “do not support”' },
  'monitoring.invalid': { status: 422, zh: '监控表有待填写或修改的内容，见单元格', en: 'The report has fields to fill or fix (see the cells)' },
  'monitoring.indicatorsMismatch': { status: 422, zh: '指标行数与批复的绩效目标不一致', en: 'The indicator count differs from the approved targets' },
  'monitoring.targetsNotApproved': { status: 422, zh: '绩效目标尚未批复，不能监控', en: 'The targets are not approved: nothing to monitor' },
  'offline.unknownWorkbook': { status: 422, zh: '不是本系统下载的工作簿', en: 'Not a workbook downloaded from here' },
  'offline.tampered': { status: 422, zh: '工作簿的隐藏信息被改动', en: "The workbook's hidden meta was edited" },
  'offline.layoutChanged': { status: 422, zh: '表样已更新，请重新下载', en: 'The workbook was made for an older layout; download it again' },
  'offline.invalid': { status: 422, zh: '文件中有错误，见单元格', en: 'The file has errors (see the cells)' },
  'xlsx.tooManyCells': { status: 422, zh: '工作簿的单元格过多，请删除多余的行列后重新上传', en: 'The workbook has too many cells; delete the extra rows and columns and upload again' },
  'xlsx.unreadable': { status: 422, zh: '无法读取文件', en: 'The file cannot be read' },
  'xlsx.sheetMissing': { status: 422, zh: '缺少工作表', en: 'A sheet is missing' },
  'request.preconditionRequired': { status: 428, zh: '缺少 If-Match', en: 'If-Match is missing' },
  internal: { status: 500, zh: '服务器内部错误，请稍后重试', en: 'Internal server error; please retry later' },
  'auth.unavailable': { status: 503, zh: '暂时无法验证令牌', en: 'Tokens cannot be verified right now' },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof errorCatalogue;

/** The codes an HTTP response can carry (all but the export-job-only ones). */
export type HttpErrorCode = { [C in ErrorCode]: (typeof errorCatalogue)[C]['status'] extends number ? C : never }[ErrorCode];
