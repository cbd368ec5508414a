declare module 'wink-porter2-stemmer' {
  /** The word's Porter2 (Snowball English) stem: `expired` → `expir`. */
  export default function stem(word: string): string;
}
