import type { Bilingual } from '../model/bilingual';
import type { z } from 'zod';
import type { CellValue, Grid } from '../grid/grid';
import type { Role } from '../model/role';
import type { SubjectType } from '../model/subject';
import type { Problem } from '../problem';

/** What reading a form's grid gives: the data when it reads without errors, and every problem with its cell. */
export interface FormRead<D> {
  data?: D;
  problems: Problem[];
}

/**
 * One form as a registered unit (docs/architecture.md "Forms registry"): everything the server, the
 * add-in, the offline page and consolidation need to know about it, so adding a form is its folder
 * plus one line in registry.ts. `O` is what rendering needs besides the data (rules, a score shown),
 * `C` what reading needs (the stored version, the subject), `R` what reading gives (some forms add
 * the rows their indicators were found on).
 */
export interface FormDefinition<D, O = undefined, C = undefined, R extends FormRead<D> = FormRead<D>> {
  /** The registry key: a submission's FormId, or `ruleSet` for the rule-set sheet. */
  id: string;
  /** The form's printed name, zh first (the sheet's title row). */
  title: Bilingual;
  /** The form's short name in messages (a 404 names it: 绩效目标申报表 / Target sheet). */
  what: Bilingual;
  /** What a submission of this form is about. */
  subjectTypes: readonly SubjectType[];
  /** The worksheet's name (≤ 31 characters): where a workbook's form is read from. */
  sheetName: string;
  /** The stored data. */
  schema: z.ZodType<D>;
  /** The spec as plain data (cells, labels, lists), served by GET /v1/forms/{formId} and fingerprinted offline. */
  layout: unknown;
  /** Who fills it in and who returns or approves it; empty `review` means nobody reviews. */
  roles: { file: readonly Role[]; review: readonly Role[] };
  toGrid: (data: D, options: O) => Grid;
  fromGrid: (values: CellValue[][], context: C) => R;
  /** The form's own checks (RULES.md), when it has checks apart from reading. */
  check?: (data: D) => Problem[];
  /** The cell of a data path (for problems found outside the grid); absent when cells move with the data. */
  cell?: (path: string) => string | undefined;
  /** The download's file name without `.xlsx` (a submission's download adds its year, formWorkbookResponse). */
  workbookTitle: (data: D) => string;
}
