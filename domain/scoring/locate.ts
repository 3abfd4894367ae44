/**
 * Where a problem points: its data path, plus the A1 cell when the caller gave a map from paths to
 * cells (the form layout knows which cell holds `indicators.3.score`; scoring does not).
 */
export const locate = (path: string, cells?: Readonly<Record<string, string>>): { path: string; cell?: string } => {
  const cell = cells?.[path];
  return cell ? { path, cell } : { path };
};
