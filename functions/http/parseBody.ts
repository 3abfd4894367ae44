import { malformedJson, tooLarge, unsupportedMediaType } from '../errors/requestErrors';
import type { ApiRequest } from './types';

/** 1 MiB: a target sheet with hundreds of indicators is well under 200 KB of JSON. */
export const defaultMaxBodyBytes = 1024 * 1024;

// application/json, application/problem+json, … with optional parameters such as charset.
const jsonMediaType = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * The JSON body of a request, before schema validation: undefined when there is none; 413 above
 * `maxBytes`, 415 for a non-JSON content type, 400 `request.malformedJson` when it does not parse.
 */
export const parseBody = (request: ApiRequest, maxBytes: number): unknown => {
  const { body } = request;
  if (body === undefined || body === '') return undefined;
  if (Buffer.byteLength(body, 'utf8') > maxBytes) throw tooLarge(maxBytes);
  const contentType = request.headers['content-type'];
  if (contentType === undefined || !jsonMediaType.test(contentType)) throw unsupportedMediaType(contentType);
  try {
    return JSON.parse(body) as unknown;
  } catch (cause) {
    throw malformedJson(cause);
  }
};
