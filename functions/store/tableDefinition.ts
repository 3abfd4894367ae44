/**
 * The one definition of the table's keys, used by the store, the local runtime (CreateTable) and the
 * CDK stack. Single-table design; every key part is prefixed by its kind so partitions never collide.
 *
 * Items and keys (see docs/data-model.md):
 *   region            PK REGION#<regionId>                SK REGION
 *   department        PK REGION#<regionId>                SK DEPT#<departmentId>
 *   project           PK DEPT#<departmentId>              SK PROJECT#<year>#<projectId>
 *                     GSI1 R#<regionId>#Y#<year>#PROJECT  / D#<departmentId>#P#<projectId>
 *   submission head   PK SUB#<submissionId>               SK HEAD
 *                     GSI1 R#<regionId>#Y#<year>#F#<form> / D#<departmentId>#S#<subjectId>   (consolidation)
 *                     GSI2 R#<regionId>#D#<departmentId>#Y#<year> / F#<form>#S#<subjectId> (a department's forms)
 *                     GSI3 R#<regionId>#Y#<year>#ST#<status> / <updatedAt>#<submissionId>  (review queue)
 *   version           PK SUB#<submissionId>               SK V#<version, 6 digits>
 *   audit record      PK SUB#<submissionId>               SK AUDIT#<iso time>#<version>
 *   idempotency       PK IDEM#<subject of token>#<key>    SK IDEM   (expiresAt TTL)
 */
export const tableKeys = {
  partitionKey: 'PK',
  sortKey: 'SK',
  timeToLive: 'expiresAt',
  indexes: ['GSI1', 'GSI2', 'GSI3'] as const,
} as const;

export type IndexName = (typeof tableKeys.indexes)[number];

/** Attribute names of an index's keys: GSI1 → GSI1PK / GSI1SK. */
export const indexKeys = (index: IndexName) => ({ partitionKey: `${index}PK`, sortKey: `${index}SK` }) as const;

/** Default table name for the local runtime and tests; the cloud name comes from the stack. */
export const defaultTableName = 'jixiao';
