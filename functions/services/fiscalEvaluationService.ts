import type { FiscalEvaluationInput } from '../../domain/model/fiscalEvaluation';
import type { Region } from '../../domain/model/region';
import type { Role } from '../../domain/model/role';
import { transferPaymentFactor, type TransferPaymentFactor } from '../../domain/linkage/transferPaymentFactor';
import type { Principal } from '../../contract/principal';
import { appError, forbidden, notFound } from '../errors/appError';
import { keys } from '../store/keys';
import { maxPageSize, type Page } from '../store/queryPage';
import { getRecordHead, getRecordVersion, listRecordAudit, listRecordHeads, versionConflict, writeRecord, type RecordAudit, type RecordHead } from '../store/versionedRecordStore';
import { getRegion } from '../store/referenceStore';
import type { StoreContext } from '../store/storeContext';
import { currentRuleSet, type RecordWriteMeta } from './ruleSetService';

/** The head of a district's evaluation: where it belongs (the district, evaluated by `cityId`), its score and factor. */
export interface FiscalEvaluationHead extends RecordHead {
  cityId: string;
  districtId: string;
  year: number;
  score: number;
  factor: number;
}

/** What a version holds: the input and the factor with its reason, from the rule set that gave it. */
export interface FiscalEvaluationData extends FiscalEvaluationInput {
  transferPayment: TransferPaymentFactor;
  ruleSet: { id: string; version: number };
}

export interface FiscalEvaluationView {
  head: FiscalEvaluationHead;
  data: FiscalEvaluationData;
}

const what = { zh: '财政运行综合绩效评价', en: 'Fiscal evaluation' };
const writers: readonly Role[] = ['financeReviewer', 'financeAdmin'];
const readers: readonly Role[] = [...writers, 'auditor'];

/** How the caller stands to a district: its city's finance, its own finance, or nothing (404). Department roles: 403. */
const standing = async (store: StoreContext, principal: Principal, districtId: string): Promise<{ district: Region; as: 'city' | 'district' }> => {
  if (!principal.roles.some((role) => readers.includes(role))) throw forbidden('查看财政运行综合绩效评价', 'see fiscal evaluations');
  const district = await getRegion(store, districtId);
  if (district?.level !== 'district' || district.parentId === undefined) throw notFound(what.zh, what.en);
  if (district.parentId === principal.regionId) return { district, as: 'city' };
  if (district.id === principal.regionId) return { district, as: 'district' };
  throw notFound(what.zh, what.en);
};

/**
 * PUT /v1/fiscal-evaluations/{year}/{districtId}: the parent city's finance (reviewer or admin) scores
 * a district; the factor comes from the city's current rule set. The first score needs no If-Match,
 * a change does (428 without, 409 when stale). Versioned and audited (versionedRecordStore).
 */
export const putFiscalEvaluation = async (
  store: StoreContext,
  principal: Principal,
  input: { year: number; districtId: string; expectedVersion?: number; evaluation: FiscalEvaluationInput },
  meta: RecordWriteMeta<FiscalEvaluationView>,
): Promise<FiscalEvaluationView> => {
  const { district, as } = await standing(store, principal, input.districtId);
  const role = principal.roles.find((r) => writers.includes(r));
  if (as !== 'city' || role === undefined) throw forbidden('评价区财政运行综合绩效', 'score districts’ fiscal performance');
  const cityId = principal.regionId;
  const partition = keys.fiscalEvaluation(input.year, district.id);
  const current = await getRecordHead(store, partition);
  if (current && input.expectedVersion === undefined) {
    throw appError('request.preconditionRequired', { zh: '已有评价，修改须带 If-Match（当前版本号）', en: 'An evaluation exists; changing it needs If-Match with its version' });
  }
  if (current && current.version !== input.expectedVersion) throw versionConflict('record', { current: current.version, expected: input.expectedVersion });
  const ruleSet = await currentRuleSet(store, cityId, input.year, meta);
  const transferPayment = transferPaymentFactor(input.evaluation.score, ruleSet.data);
  const head: FiscalEvaluationHead = {
    id: `${input.year}.${district.id}`,
    regionId: district.id,
    cityId,
    districtId: district.id,
    year: input.year,
    version: (current?.version ?? 0) + 1,
    score: input.evaluation.score,
    factor: transferPayment.factor,
    updatedAt: meta.now.toISOString(),
    updatedBy: principal.subject,
  };
  const view: FiscalEvaluationView = { head, data: { ...input.evaluation, transferPayment, ruleSet: { id: ruleSet.head.id, version: ruleSet.head.version } } };
  await writeRecord(store, {
    partition,
    kind: 'fiscalEvaluation',
    head,
    index: { GSI1PK: keys.cityFiscalEvaluations(cityId, input.year), GSI1SK: district.id },
    data: view.data,
    audit: { action: current ? 'update' : 'create', subject: principal.subject, name: principal.name, role, comment: input.evaluation.comment, requestId: meta.requestId },
    expectedVersion: current?.version,
    idempotency: meta.idempotency?.(view),
  });
  return view;
};

/** GET /v1/fiscal-evaluations/{year}/{districtId}: the current evaluation and its audit trail (the city's and the district's finance). */
export const getFiscalEvaluation = async (
  store: StoreContext,
  principal: Principal,
  input: { year: number; districtId: string },
): Promise<FiscalEvaluationView & { audit: RecordAudit[] }> => {
  await standing(store, principal, input.districtId);
  const partition = keys.fiscalEvaluation(input.year, input.districtId);
  const head = await getRecordHead(store, partition);
  if (!head) throw notFound(what.zh, what.en);
  const version = await getRecordVersion(store, partition, head.version);
  const audit = await listRecordAudit(store, partition, { limit: maxPageSize });
  return { head: head as FiscalEvaluationHead, data: version?.data as FiscalEvaluationData, audit: audit.items };
};

/**
 * GET /v1/fiscal-evaluations?year=: a city's finance sees every district it evaluated, a district's
 * finance only its own; department roles 403.
 */
export const listFiscalEvaluations = async (store: StoreContext, principal: Principal, year: number): Promise<Page<FiscalEvaluationHead>> => {
  if (!principal.roles.some((role) => readers.includes(role))) throw forbidden('查看财政运行综合绩效评价', 'see fiscal evaluations');
  const region = await getRegion(store, principal.regionId);
  if (region?.level === 'district') {
    const own = await getRecordHead(store, keys.fiscalEvaluation(year, region.id));
    return { items: own ? [own as FiscalEvaluationHead] : [] };
  }
  const items: FiscalEvaluationHead[] = [];
  let cursor: string | undefined;
  // A city has a handful of districts: every page is read.
  do {
    const page = await listRecordHeads(store, { index: 'GSI1', partition: keys.cityFiscalEvaluations(principal.regionId, year) }, { limit: maxPageSize, cursor });
    items.push(...(page.items as FiscalEvaluationHead[]));
    cursor = page.cursor;
  } while (cursor);
  return { items };
};
