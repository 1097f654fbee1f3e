import type { Shell } from './types.ts';

// Characters that mean nothing to the shell in an unquoted word; values made only of these
// stay bare so the common case (`localhost`, `8080`) reads naturally.
const posixBare = /^[A-Za-z0-9_.:/@%+-]+$/;
const cmdBare = /^[A-Za-z0-9_.:-]+$/;
// PowerShell parses a bare word that looks like a number (`1kb`, `0x10`, `1e3`) as that number,
// so only words starting with a letter, plain integers and dotted quads stay bare.
const powerShellBare = /^(?:[A-Za-z][A-Za-z0-9_.-]*|[0-9]+|[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+)$/;

/** Quotes a value as one word for POSIX sh, bash and zsh (single quotes when needed). */
export function quotePosix(value: string): string {
  if (value.includes('\0')) throw new TypeError('A NUL character cannot be passed to a shell');
  if (posixBare.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * Quotes a value as one word for Windows Command Prompt (double quotes when needed).
 * cmd has no escape inside double quotes and expands `%VAR%` (and `!VAR!` with delayed
 * expansion) even there, so values holding those characters or line breaks are refused.
 */
export function quoteCmd(value: string): string {
  if (/["%!\r\n\0]/.test(value)) {
    throw new TypeError('This value cannot be quoted safely for Command Prompt');
  }
  if (cmdBare.test(value)) return value;
  return `"${value}"`;
}

/** Quotes a value as one word for PowerShell (single quotes, doubling the quote characters). */
export function quotePowerShell(value: string): string {
  if (powerShellBare.test(value)) return value;
  // PowerShell treats the typographic single quotes as quote characters too.
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
}

/** The quoting function for a shell. */
export function quoteFor(shell: Shell): (value: string) => string {
  if (shell === 'cmd') return quoteCmd;
  if (shell === 'powershell') return quotePowerShell;
  return quotePosix;
}
