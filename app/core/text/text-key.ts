/**
 * The key a translated sentence is stored under in a generated dictionary: 32-bit FNV-1a of its
 * English, in base 36. Short keys keep a language's dictionary small; the generator
 * (scripts/i18n.js) refuses two sentences with one key.
 */
export function textKey(english: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < english.length; i++) {
    hash ^= english.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
