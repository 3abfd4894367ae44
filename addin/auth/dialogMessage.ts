/**
 * What the sign-in dialog page sends the task pane through `messageParent`: the signed-in user in
 * oidc-client-ts's storage form, or the problem in both languages.
 */
export type DialogMessage = { user: string } | { problem: { code: string; zh: string; en: string } };

export const parseDialogMessage = (text: string): DialogMessage | undefined => {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    if (typeof value.user === 'string') return { user: value.user };
    const problem = value.problem as Record<string, unknown> | undefined;
    if (typeof problem?.code === 'string' && typeof problem.zh === 'string' && typeof problem.en === 'string') {
      return { problem: { code: problem.code, zh: problem.zh, en: problem.en } };
    }
  } catch {
    // Not ours: ignored like any other malformed message.
  }
  return undefined;
};
