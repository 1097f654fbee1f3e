/** Notes shared by several parsers, set together with the typed flag the verdict reads. */
import { m } from '../../generated/paraglide/messages.js';
import { addNote } from './text.ts';
import type { ParsedOutput } from './types.ts';

/** Records that ports were printed as service names because the command ran without -n. */
export function noteServiceNames(
  result: Pick<ParsedOutput, 'notes' | 'serviceNames'>,
  tool: string,
  flag: string,
): void {
  result.serviceNames = true;
  addNote(result.notes, m.vd_note_service_names({ tool, flag }));
}
