import { ruleSetFromGrid } from '../../domain/forms/ruleSetSheet/ruleSetSheetFromGrid';
import { ruleSetSheetForm } from '../../domain/forms/ruleSetSheet/ruleSetSheetPlan';
import { ruleSetToGrid } from '../../domain/forms/ruleSetSheet/ruleSetSheetToGrid';
import { mergeRuleSet, type DeepPartial } from '../../domain/ruleSet/mergeRuleSet';
import { RuleSet, defaultRuleSet } from '../../domain/ruleSet/ruleSet';
import type { Principal } from '../../contract/principal';
import { appError, forbidden, isAppError, notFound } from '../errors/appError';
import type { HttpErrorCode } from '../errors/errorCatalogue';
import type { Page, PageRequest } from '../store/queryPage';
import { versionConflict, type RecordAudit } from '../store/versionedRecordStore';
import { getRuleSetHead, getRuleSetVersion, listRuleSetAudit, putRuleSet, ruleSetIdOf, type RuleSetHead } from '../store/ruleSetStore';
import type { StoreContext } from '../store/storeContext';
import type { IdempotencyRecord } from '../store/submissionRecords';
import { openWorkbook } from '../xlsx/readWorkbookValues';
import { renderWorkbook } from '../xlsx/renderWorkbook';

/** A rule set as the API returns it: the head (current version, who changed it last) and the rule set. */
export interface RuleSetView {
  head: RuleSetHead;
  data: RuleSet;
}

/** Per request: the clock, the request id and, with an Idempotency-Key, how to record the response. */
export interface RecordWriteMeta<V> {
  now: Date;
  requestId: string;
  idempotency?: (view: V) => IdempotencyRecord;
}

const ruleSetNotFound = () => notFound('规则集', 'Rule set');

/** The head when it exists and belongs to the caller's region; 404 otherwise (existence is not revealed). */
const visibleHead = async (store: StoreContext, principal: Principal, ruleSetId: string): Promise<RuleSetHead> => {
  const head = await getRuleSetHead(store, ruleSetId);
  if (head?.regionId !== principal.regionId) throw ruleSetNotFound();
  return head;
};

const versionOf = async (store: StoreContext, head: RuleSetHead, version: number): Promise<RuleSet> => {
  const found = await getRuleSetVersion(store, head.id, version);
  if (!found) throw notFound(`第 ${version} 版`, `Version ${version}`);
  return found;
};

/**
 * The rule set a region scores a year with: the stored one, or on first use the defaults of
 * RULES.md (defaultRuleSet) stored as version 1, so that every score names a version that exists.
 * Two first reads at once store it once; the loser reads the winner's.
 */
export const currentRuleSet = async (store: StoreContext, regionId: string, year: number, meta: { now: Date; requestId: string }): Promise<RuleSetView> => {
  const id = ruleSetIdOf(regionId, year);
  const head = await getRuleSetHead(store, id);
  if (head) return { head, data: await versionOf(store, head, head.version) };
  const data = defaultRuleSet(regionId, year);
  try {
    const created = await putRuleSet(store, {
      ruleSet: data,
      at: meta.now.toISOString(),
      by: 'system',
      audit: { action: 'create', subject: 'system', name: '系统（默认规则）/ System (defaults)', role: 'system', requestId: meta.requestId },
    });
    return { head: created, data };
  } catch (error) {
    if (!isAppError(error, 'record.exists')) throw error;
    const winner = await getRuleSetHead(store, id);
    if (!winner) throw error;
    return { head: winner, data: await versionOf(store, winner, winner.version) };
  }
};

/** GET /v1/rule-sets?year=: the caller's region's rule set for the year (materialised on first read). */
export const getCurrentRuleSet = (store: StoreContext, principal: Principal, year: number, meta: { now: Date; requestId: string }): Promise<RuleSetView> =>
  currentRuleSet(store, principal.regionId, year, meta);

/** One version of a rule set of the caller's region. */
export const getRuleSetAt = async (store: StoreContext, principal: Principal, ruleSetId: string, version: number): Promise<RuleSet> =>
  versionOf(store, await visibleHead(store, principal, ruleSetId), version);

/** The rule set a stored score names, for the calculator: the current version of a rule set of the caller's region. */
export const getVisibleRuleSet = async (store: StoreContext, principal: Principal, ruleSetId: string): Promise<RuleSet> => {
  const head = await visibleHead(store, principal, ruleSetId);
  return versionOf(store, head, head.version);
};

export const listRuleSetAuditFor = async (store: StoreContext, principal: Principal, ruleSetId: string, page?: PageRequest): Promise<Page<RecordAudit>> => {
  await visibleHead(store, principal, ruleSetId);
  return listRuleSetAudit(store, ruleSetId, page);
};

const identityFields = ['id', 'regionId', 'year'] as const;

/**
 * PUT /v1/rule-sets/{id}: a finance administrator of the region lays a full or partial rule set over
 * the current version (mergeRuleSet); the result is validated (422 `ruleSet.invalid` with the field
 * paths) and stored as the next version. Identity fields may be sent back as read but not changed;
 * `version` is the store's to set. Stored scores keep the version they were computed with.
 */
export const updateRuleSet = async (
  store: StoreContext,
  principal: Principal,
  input: { id: string; expectedVersion: number; patch: Record<string, unknown> },
  meta: RecordWriteMeta<RuleSetView>,
): Promise<RuleSetView> => {
  const head = await visibleHead(store, principal, input.id);
  if (!principal.roles.includes('financeAdmin')) throw forbidden('修改规则集', 'change rule sets');
  if (head.version !== input.expectedVersion) throw versionConflict('record', { current: head.version, expected: input.expectedVersion });
  const current = await versionOf(store, head, head.version);
  const changed = identityFields.filter((field) => field in input.patch && input.patch[field] !== current[field]);
  if (changed.length > 0) {
    throw appError('ruleSet.identityChanged', { zh: `规则集的 ${changed.join('、')} 不能修改`, en: `A rule set's ${changed.join(', ')} cannot be changed` });
  }
  const { version: _ignored, ...patch } = input.patch;
  const merged = mergeRuleSet(current, patch as DeepPartial<RuleSet>);
  if (!merged.ok) {
    throw appError('ruleSet.invalid', { zh: `规则集有 ${merged.problems.length} 处错误`, en: `The rule set has ${merged.problems.length} error(s)`, problems: merged.problems });
  }
  const data: RuleSet = { ...merged.ruleSet, version: head.version + 1 };
  const at = meta.now.toISOString();
  const view: RuleSetView = {
    head: { ...head, version: data.version, name_zh: data.name_zh, name_en: data.name_en, updatedAt: at, updatedBy: principal.subject },
    data,
  };
  await putRuleSet(store, {
    ruleSet: data,
    at,
    by: principal.subject,
    audit: { action: 'save', subject: principal.subject, name: principal.name, role: 'financeAdmin', requestId: meta.requestId },
    idempotency: meta.idempotency?.(view),
  });
  return view;
};

/** The `_meta` form name of a rule-set workbook. */
const ruleSetWorkbookForm = 'ruleSet';

/**
 * GET /v1/rule-sets/{id}/workbook: the current version of a rule set of the caller's region as a
 * protected .xlsx (the rule-set sheet, ruleSetToGrid), its hidden `_meta` naming the rule set and
 * the version the file is made from, so that an upload can be checked against it.
 */
export const ruleSetWorkbook = async (store: StoreContext, principal: Principal, ruleSetId: string): Promise<{ ruleSet: RuleSet; file: Buffer }> => {
  const ruleSet = await getVisibleRuleSet(store, principal, ruleSetId);
  const file = await renderWorkbook([ruleSetToGrid(ruleSet)], {
    protect: true,
    meta: { form: ruleSetWorkbookForm, ruleSetId: ruleSet.id, version: String(ruleSet.version) },
  });
  return { ruleSet, file };
};

const workbookInvalid = (code: HttpErrorCode, zh: string, en: string) => appError(code, { zh, en });

/**
 * POST /v1/rule-sets/{id}/workbook: a finance administrator uploads the edited rule-set workbook.
 * Checked in order: the rule set is of the caller's region (404), the caller is a finance
 * administrator (403), the file is a rule-set workbook of this rule set made from the If-Match
 * version (422 `ruleSet.workbookUnknown` / `ruleSet.workbookVersionMismatch`), that version is still
 * current (409 `record.versionConflict`: download again), and its cells read and validate (422
 * `ruleSet.invalid`, every problem with its cell). It is then saved as the next version, exactly
 * as updateRuleSet saves a PUT.
 *
 * @example
 * const view = await uploadRuleSetWorkbook(store, principal, { id, expectedVersion: 3, file }, { now, requestId });
 */
export const uploadRuleSetWorkbook = async (
  store: StoreContext,
  principal: Principal,
  input: { id: string; expectedVersion: number; file: Buffer },
  meta: RecordWriteMeta<RuleSetView>,
): Promise<RuleSetView> => {
  const head = await visibleHead(store, principal, input.id);
  if (!principal.roles.includes('financeAdmin')) throw forbidden('修改规则集', 'change rule sets');
  const book = await openWorkbook(input.file);
  const fileMeta = book.meta();
  if (fileMeta?.form !== ruleSetWorkbookForm || fileMeta.ruleSetId !== input.id) {
    throw workbookInvalid(
      'ruleSet.workbookUnknown',
      '无法识别该文件：请上传从本系统下载的该规则集的工作簿（不要删除隐藏的 _meta 工作表）',
      'This file is not recognised: upload the workbook of this rule set downloaded from this system (keep its hidden _meta sheet)',
    );
  }
  if (Number(fileMeta.version) !== input.expectedVersion) {
    throw workbookInvalid(
      'ruleSet.workbookVersionMismatch',
      `该文件基于第 ${fileMeta.version} 版制作，与 If-Match（第 ${input.expectedVersion} 版）不一致`,
      `The file was made from version ${fileMeta.version}, not the If-Match version ${input.expectedVersion}`,
    );
  }
  if (head.version !== input.expectedVersion) throw versionConflict('record', { current: head.version, expected: input.expectedVersion });
  const read = ruleSetFromGrid(book.values(ruleSetSheetForm.sheetName), await versionOf(store, head, head.version));
  if (!read.data) {
    throw appError('ruleSet.invalid', { zh: `文件中有 ${read.problems.length} 处错误，请按标出的单元格修改后重新上传`, en: `The file has ${read.problems.length} error(s); fix the cells listed and upload again`, problems: read.problems });
  }
  return updateRuleSet(store, principal, { id: input.id, expectedVersion: input.expectedVersion, patch: read.data }, meta);
};
