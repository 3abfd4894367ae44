import { Department } from '../domain/model/department';
import { Project } from '../domain/model/project';
import { IndicatorLibraryItem } from '../domain/indicators/indicatorLibraryItem';
import { PageOf } from './page';

/** GET /v1/departments: the departments the caller may see, a page at a time. */
export const DepartmentPage = PageOf(Department);

/** GET /v1/projects: the projects of a year the caller may see, a page at a time. */
export const ProjectPage = PageOf(Project);

/** GET /v1/indicator-library: the whole filtered library in one answer (a few hundred items). */
export const IndicatorLibraryAnswer = PageOf(IndicatorLibraryItem);
