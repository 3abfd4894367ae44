/**
 * An application allowed to sign users in at the local issuer: the add-in's dialog page and the
 * offline page. Like an app registration in Entra ID or a client in Keycloak, codes are sent only to
 * a redirect URI listed here, compared exactly (OAuth 2.0 Security BCP, RFC 9700 §4.1).
 */
export interface RegisteredClient {
  clientId: string;
  redirectUris: readonly string[];
}

export const findClient = (clients: readonly RegisteredClient[], clientId: string | undefined): RegisteredClient | undefined =>
  clients.find((client) => client.clientId === clientId);

export const isRegisteredRedirect = (client: RegisteredClient, redirectUri: string | undefined): redirectUri is string =>
  redirectUri !== undefined && client.redirectUris.includes(redirectUri);
