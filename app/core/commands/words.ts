/**
 * The catalogue's sentences in the page's language. The catalogue is written in English; each
 * other language translates its sentences in messages/catalogue/<locale>.json (English → text, as
 * gettext does), compiled by scripts/i18n.js into a dictionary per language of which a client
 * build keeps only its own. A sentence with no translation stays English.
 */
import { catalogueText } from '../../generated/catalogue-text.js';
import { textKey } from '../text/text-key.ts';
import type { CommandSpec, FlagNote } from './types.ts';

/** One catalogue sentence in the page's language. */
export function say(english: string): string {
  const dictionary = catalogueText();
  return dictionary === undefined ? english : (dictionary[textKey(english)] ?? english);
}

/** Whether the page's language has its own text for this sentence (else it shows in English). */
export function translated(english: string): boolean {
  const dictionary = catalogueText();
  return dictionary === undefined || dictionary[textKey(english)] !== undefined;
}

/** A spec with every sentence in the page's language; the command itself is never translated. */
export function localSpec(spec: CommandSpec): CommandSpec {
  if (catalogueText() === undefined) return spec;
  const text = (s: string | undefined) => (s === undefined ? undefined : say(s));
  const flags: FlagNote[] = spec.flags.map((f) => ({ token: f.token, meaning: say(f.meaning) }));
  const local: CommandSpec = {
    ...spec,
    title: say(spec.title),
    flags,
    output: say(spec.output),
    empty: say(spec.empty),
  };
  for (const key of ['privilegeWhy', 'warning', 'install'] as const) {
    const value = text(spec[key]);
    if (value !== undefined) local[key] = value;
  }
  return local;
}
