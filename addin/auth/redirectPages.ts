/**
 * The pages of the add-in's origin that an identity provider redirects back to after sign-in: the
 * Office dialog page (task pane) and the offline page. Register both as redirect URIs of the
 * client (docs/deploy.md, "Identity providers").
 */
export const signInRedirectPages = ['auth-dialog.html', 'offline.html'] as const;

/** The redirect URIs for an add-in served at `addinUrl` (no trailing slash). */
export const redirectUrisFor = (addinUrl: string): string[] => signInRedirectPages.map((page) => `${addinUrl}/${page}`);
