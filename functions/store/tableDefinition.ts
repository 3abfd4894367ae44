/**
 * The one definition of the table's keys, used by the store, the local runtime (CreateTable) and the
 * CDK stack. Single-table design; every key part is prefixed by its kind so partitions never collide.
 *
 * Items and keys (builders in keys.ts; the why of each in docs/data-model.md):
 *   region            PK REGION#<regionId>                SK REGION
 *   department        PK REGION#<regionId>                SK DEPT#<departmentId>
 *   unit              PK REGION#<regionId>                SK UNIT#<departmentId>#<unitId>
 *   project           PK PROJECT#<projectId>              SK PROJECT
 *                     GSI1 R#<regionId>#Y#<year>#PROJECT  / D#<departmentId>#P#<projectId>  (a region's projects)
 *                     GSI2 R#<regionId>#D#<departmentId>#Y#<year> / P#<projectId>         (a department's projects)
 *   submission head   PK SUB#<submissionId>               SK HEAD
 *                     GSI1 R#<regionId>#Y#<year>#F#<form> / D#<departmentId>#S#<subjectId>   (consolidation)
 *                     GSI2 R#<regionId>#D#<departmentId>#Y#<year> / F#<form>#S#<subjectId> (a department's forms)
 *                     GSI3 R#<regionId>#Y#<year>#F#<form>#ST#<status> / <updatedAt>#<submissionId> (review queue)
 *   version           PK SUB#<submissionId>               SK V#<version, 6 digits>
 *   audit record      PK SUB#<submissionId>               SK AUDIT#<version, 6 digits>   (one per version)
 *   idempotency       PK IDEM#<url-encoded subject of token>#<key>  SK IDEM   (expiresAt TTL, 24 h)
 *   export job        PK EXPORT#<jobId>                   SK JOB    (expiresAt TTL; the stream starts the worker)
 *   rule sets, evaluations, linkage decisions, rectification tasks, policies, fund years: see
 *   docs/data-model.md (sections on versioned records, policies and funds) and their builders in keys.ts.
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
