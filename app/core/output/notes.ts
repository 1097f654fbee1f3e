/** Notes shared by several parsers, so the verdict can recognise them. */

/** Ports printed as names because the command ran without -n. */
export function serviceNamesNote(tool: string, flag: string): string {
  return `Ports are shown as service names: run ${tool} with ${flag} to see numbers`;
}
