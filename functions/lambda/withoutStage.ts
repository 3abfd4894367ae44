/** The parts of an API Gateway HTTP API event (payload format 2.0) that locate the request. */
interface StagedEvent {
  rawPath: string;
  requestContext: { stage: string };
}

/**
 * The event with a named stage removed from its path: on a named stage API Gateway puts the stage
 * first in `rawPath` ("/prod/v1/me"); the `$default` stage has no prefix. Routes know "/v1/me" only.
 */
export const withoutStage = <E extends StagedEvent>(event: E): E => {
  const stage = event.requestContext.stage;
  const prefix = `/${stage}`;
  if (stage === '$default' || !(event.rawPath === prefix || event.rawPath.startsWith(`${prefix}/`))) return event;
  return { ...event, rawPath: event.rawPath.slice(prefix.length) || '/' };
};
