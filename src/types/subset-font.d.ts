/** subset-font 2.x (the @types package lags behind it: no noHinting, no keepFeatures). Only what lib/fonts.ts uses. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** Drop TrueType hinting instructions (hb-subset --no-hinting). */
    noHinting?: boolean;
    /** The OpenType layout features to keep (hb-subset --layout-features); all of them when absent. */
    keepFeatures?: string[];
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
