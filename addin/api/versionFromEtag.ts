/** `"7"`, `W/"7"` or `7` → 7; the version to send back as If-Match. */
export const versionFromEtag = (etag: string | null): number | undefined => {
  const m = etag ? /(\d+)"?\s*$/.exec(etag) : null;
  return m ? Number(m[1]) : undefined;
};
