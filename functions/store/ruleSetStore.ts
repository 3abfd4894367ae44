import { RuleSet } from '../../domain/ruleSet/ruleSet';
import { keys } from './keys';
import { getRecordHead, getRecordVersion, listRecordAudit, writeRecord, type RecordAudit, type RecordHead, type RecordWrite } from './versionedRecordStore';
import type { Page, PageRequest } from './queryPage';
import type { StoreContext } from './storeContext';
import type { IdempotencyRecord } from './submissionRecords';

/**
 * Rule sets as data (RULES.md preamble): one rule set per region and budget year, each change an
 * immutable version with its audit record (functions/store/versionedRecordStore.ts). The stored rule set's
 * own `version` always equals the version it is stored as, so a score that names
 * `ruleSetId` + `ruleSetVersion` can be recomputed with exactly that rule set.
 */
export interface RuleSetHead extends RecordHead {
  year: number;
  name_zh: string;
  name_en: string;
}

/** The id of a region's rule set for a year (the id defaultRuleSet gives it, kept across edits). */
export const ruleSetIdOf = (regionId: string, year: number): string => `${regionId}-${year}-default`;

const toHead = (head: RecordHead): RuleSetHead => head as RuleSetHead;

export const getRuleSetHead = async (context: StoreContext, ruleSetId: string): Promise<RuleSetHead | undefined> => {
  const head = await getRecordHead(context, keys.ruleSet(ruleSetId));
  return head && toHead(head);
};

/** One stored version of a rule set, parsed. */
export const getRuleSetVersion = async (context: StoreContext, ruleSetId: string, version: number): Promise<RuleSet | undefined> => {
  const found = await getRecordVersion(context, keys.ruleSet(ruleSetId), version);
  return found && RuleSet.parse(found.data);
};

/**
 * Stores `ruleSet` as its own `version` (1: create; n: only if the head is still at n − 1), with the
 * audit record and, with an Idempotency-Key, the response.
 */
export const putRuleSet = async (
  context: StoreContext,
  write: { ruleSet: RuleSet; at: string; by: string; audit: RecordWrite['audit']; idempotency?: IdempotencyRecord },
): Promise<RuleSetHead> => {
  const { ruleSet } = write;
  const head: RuleSetHead = {
    id: ruleSet.id,
    regionId: ruleSet.regionId,
    year: ruleSet.year,
    version: ruleSet.version,
    name_zh: ruleSet.name_zh,
    name_en: ruleSet.name_en,
    updatedAt: write.at,
    updatedBy: write.by,
  };
  await writeRecord(context, {
    partition: keys.ruleSet(ruleSet.id),
    kind: 'ruleSet',
    head,
    data: ruleSet,
    audit: write.audit,
    expectedVersion: ruleSet.version === 1 ? undefined : ruleSet.version - 1,
    idempotency: write.idempotency,
  });
  return head;
};

export const listRuleSetAudit = (context: StoreContext, ruleSetId: string, page?: PageRequest): Promise<Page<RecordAudit>> =>
  listRecordAudit(context, keys.ruleSet(ruleSetId), page);
