/**
 * Every sentence the command catalogue shows a reader, in English: the msgids of
 * messages/catalogue/<locale>.json. Read by the catalogue's translation test and by
 * `node scripts/catalogue-i18n.js`.
 */
import { catalogue } from '../../app/core/commands/catalogue.ts';
import type { CommandSpec } from '../../app/core/commands/types.ts';

/** The translatable fields of one spec, in reading order. */
export function specStrings(spec: CommandSpec): string[] {
  return [
    spec.title,
    spec.privilegeWhy,
    ...spec.flags.map((f) => f.meaning),
    spec.output,
    spec.empty,
    spec.warning,
    spec.install,
  ].filter((s): s is string => typeof s === 'string' && s !== '');
}

/** Every distinct sentence of the catalogue, in catalogue order. */
export function catalogueStrings(): string[] {
  return [...new Set(catalogue.flatMap(specStrings))];
}
