import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface JixiaoHttpApiProps {
  apiName: string;
  /** The function that serves every `/v1` route. */
  handler: IFunction;
  /** OIDC issuer and audience the JWT authorizer accepts. */
  issuer: string;
  audience: string;
  /** Origins of the add-in's task pane, for CORS. */
  allowedOrigins: string[];
  throttle: Required<ThrottleSettings>;
}

/**
 * Methods routed to the handler. Not `ANY`: an `ANY` route with an authorizer also catches the
 * browser's unauthenticated CORS preflight (OPTIONS), which then fails with 401; without an OPTIONS
 * route, API Gateway answers preflights itself from the CORS settings.
 */
const routedMethods = [HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE];

/** Request headers the add-in sends (docs/api.md: Bearer token, JSON, If-Match, Idempotency-Key). */
const allowedHeaders = ['authorization', 'content-type', 'if-match', 'idempotency-key'];

/**
 * One line of JSON per request. The token's `sub` is logged so that each call can be tied to a
 * person (the audit trail records changes; this records reads too).
 */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    method: '$context.httpMethod',
    path: '$context.path',
    routeKey: '$context.routeKey',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    latency: '$context.responseLatency',
    subject: '$context.authorizer.claims.sub',
    authorizerError: '$context.authorizer.error',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * The HTTP API: `/v1/{proxy+}` behind a JWT authorizer (any OIDC issuer: Entra ID, Cognito), CORS for
 * the add-in, a throttled `$default` stage with access logs.
 */
export class JixiaoHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: JixiaoHttpApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      apiName: props.apiName,
      // The stage is made below: the default one takes neither access logs nor throttling.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.allowedOrigins,
        allowMethods: [
          CorsHttpMethod.GET,
          CorsHttpMethod.POST,
          CorsHttpMethod.PUT,
          CorsHttpMethod.PATCH,
          CorsHttpMethod.DELETE,
          CorsHttpMethod.OPTIONS,
        ],
        allowHeaders: allowedHeaders,
        exposeHeaders: ['etag', 'location', 'content-disposition'],
        maxAge: Duration.hours(1),
      },
    });

    const authorizer = new HttpJwtAuthorizer('JwtAuthorizer', props.issuer, {
      jwtAudience: [props.audience],
      identitySource: ['$request.header.Authorization'],
    });
    this.api.addRoutes({
      path: '/v1/{proxy+}',
      methods: routedMethods,
      // One invoke permission for the whole API rather than one per route.
      integration: new HttpLambdaIntegration('Handler', props.handler, { scopePermissionToRoute: false }),
      authorizer,
    });

    // Same retention as the function's logs (see jixiaoFunction.ts).
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(this.accessLogs), format: accessLogFormat },
    });
  }

  /** The API's base URL, e.g. `https://abc123.execute-api.cn-north-1.amazonaws.com.cn/`. */
  get url(): string {
    return this.stage.url;
  }
}
