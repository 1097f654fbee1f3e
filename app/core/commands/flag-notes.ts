import type { FlagNote, Protocol } from './types.ts';

/** Why a command runs under sudo on Linux, macOS and FreeBSD. */
export const sudoWhy =
  'Without root the tool still runs, but it cannot see which process of another user (a system ' +
  'service, a container runtime) owns the socket, so the answer can look empty or incomplete.';

/** The `sudo` token explained. */
export const sudoFlag: FlagNote = {
  token: 'sudo',
  meaning: 'Runs the command as root, so sockets of every user and their processes are visible.',
};

/** The awk filter that keeps only rows whose address column ends in exactly `:port` or `.port`. */
export function awkPortFlags(separator: ':' | '.', columns: '$4' | '$4 or $5'): FlagNote[] {
  const where =
    columns === '$4' ? 'the local address (column 4)' : 'the local (4) or foreign (5) address';
  return [
    { token: '|', meaning: 'Passes the table to awk, which keeps only the rows for this port.' },
    { token: 'awk -v port=…', meaning: 'Runs awk with the port number in the variable `port`.' },
    {
      token: 'NR <= 2 { print; next }',
      meaning: 'Keeps the two header lines so the columns stay labelled.',
    },
    {
      token: separator === ':' ? '$4 ~ ":" port "$"' : '$4 ~ "[.]" port "$"',
      meaning:
        `Keeps a row only when ${where} ends in exactly "${separator}" followed by the port, so 80 ` +
        'never matches 8080, a PID or an inode number.',
    },
    {
      token: 'END { exit !found }',
      meaning: 'Exits with 1 when no row matched, like grep, so scripts can tell.',
    },
  ];
}

/** The per-protocol selection flags of ss and netstat on Linux. */
export function protocolFlag(protocol: Protocol): FlagNote {
  return protocol === 'tcp'
    ? { token: '-t', meaning: 'TCP sockets only.' }
    : { token: '-u', meaning: 'UDP sockets only.' };
}
