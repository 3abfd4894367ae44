import { xmlUnsafeTextProblems } from '../../domain/values/xmlText';
import { invalidCharacters } from '../errors/requestErrors';

/**
 * Passes a parsed JSON body through, or refuses it (400 `request.invalidCharacter`, each field
 * named by its JSON path) when any text in it holds a character XML 1.0 cannot carry: saved, such
 * text would break every workbook built from it (docs/api.md, 错误码).
 */
export const refuseXmlUnsafeText = <T>(body: T): T => {
  const problems = xmlUnsafeTextProblems(body);
  if (problems.length > 0) throw invalidCharacters(problems);
  return body;
};
