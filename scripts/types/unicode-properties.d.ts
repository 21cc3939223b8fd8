declare module 'unicode-properties' {
  const UnicodeProperties: {
    getCategory(codePoint: number): string;
    getScript(codePoint: number): string;
    getNumericValue(codePoint: number): number | null;
    isWhiteSpace(codePoint: number): boolean;
    isMark(codePoint: number): boolean;
  };
  export default UnicodeProperties;
}
