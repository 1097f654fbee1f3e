/** Tells pasted command output (ss, lsof, netstat…) from an error message, reusing the output reader. */
import { detectTool } from '../output/index.ts';
import type { ToolId } from '../output/index.ts';

/**
 * The tool whose output the text is, or null when it is not command output the reader knows.
 * A page hands recognised output to the reader (`readAnswer`) instead of the doctor. Some texts are
 * both: `nc: connect to … failed: Connection refused` is nc output and an error `diagnose` reads.
 */
export function looksLikeCommandOutput(text: string): ToolId | null {
  return detectTool(typeof text === 'string' ? text : '');
}
