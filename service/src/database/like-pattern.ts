/** `%text%` for ILIKE, with the wildcards `%`, `_` and `\` in the text taken literally. */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
