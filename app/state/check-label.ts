import { say } from '../core/commands/words.ts';
import { m } from '../generated/paraglide/messages.js';
import { parsePlatformId, platformLabels } from '../core/platform/index.ts';

/** Readable command names by catalogue id. */
export type CommandNames = ReadonlyMap<string, string>;

/** Names catalogue entries for the history: the title, with the tool when the title leaves it out. */
export function commandNamesOf(
  specs: readonly { id: string; title: string; tool: string }[],
): CommandNames {
  return new Map(
    specs.map(({ id, title: english, tool }) => {
      const title = say(english);
      return [id, title.includes(tool) ? title : `${title} (${tool})`];
    }),
  );
}

let loading: Promise<CommandNames | undefined> | undefined;

/**
 * The catalogue's command names, imported on first use: the catalogue is large and only a list
 * of checks needs it, so it stays out of the entry and history chunks. Undefined if it failed.
 */
export function loadCommandNames(): Promise<CommandNames | undefined> {
  loading ??= import('../core/commands/catalogue.ts').then(
    (loaded) => commandNamesOf(loaded.catalogue),
    () => undefined,
  );
  return loading;
}

/** A stored platform id as people know it ("macOS"); an id this version lacks is shown as stored. */
export function platformName(id: string): string {
  const known = parsePlatformId(id);
  if (known) return platformLabels[known];
  return id.trim() || m.cmp_unknown_platform();
}

/**
 * A stored command id as a person reads it: its catalogue title, or, for an id this version does
 * not know (from an older or newer Portwise, or an import), its words, never a blank. Without
 * the names (the catalogue failed to load) it is only the words, with no claim about the id.
 */
export function commandName(id: string, names: CommandNames | undefined): string {
  const known = names?.get(id);
  if (known) return known;
  const words = id
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
  if (!words) return m.cmp_unnamed_command();
  return names ? m.cmp_unlisted_command({ words }) : words;
}
