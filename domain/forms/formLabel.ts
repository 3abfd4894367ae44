/** A label a user sees: Chinese first, English second (GLOSSARY.md preamble). */
export interface FormLabel {
  zh: string;
  en: string;
}

/** One cell label in the sheet: the zh line, then the en line ("项目名称\nProject name"). */
export const twoLineLabel = (label: FormLabel): string => `${label.zh}\n${label.en}`;
