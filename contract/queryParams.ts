import { z } from 'zod';
import { Id, Year } from '../domain/model/ids';
import { Status } from '../domain/model/submission';
import { maxPageSize } from './page';

/**
 * Query strings arrive as text: numbers are matched digit by digit before conversion, so "2e3",
 * " 2026" or "99999" never turn into a year by accident.
 */
export const yearParam = z.string().regex(/^\d{4}$/, 'year: four digits').transform(Number).pipe(Year);

export const limitParam = z
  .string()
  .regex(/^\d{1,3}$/, 'limit: 1–100')
  .transform(Number)
  .pipe(z.number().int().min(1).max(maxPageSize));

/** Opaque; checked against its partition when decoded (functions/store/cursor.ts). */
export const cursorParam = z.string().min(1).max(2048);

export const pageQuery = { limit: limitParam.optional(), cursor: cursorParam.optional() };

/** A submission id: `<form>.<year>.<subjectId>` (domain/model/submission.ts). */
export const submissionIdParam = z.string().regex(/^[A-Za-z]{1,32}\.\d{4}\.[A-Za-z0-9_-]{1,64}$/, 'id: <form>.<year>.<subjectId>');

export const versionParam = z.string().regex(/^\d{1,6}$/, 'version: 1–999999').transform(Number).pipe(z.number().int().min(1));

export const departmentIdParam = Id;
export const statusParam = Status;
