/** Checks that the tools the Linux catalogue uses are installed, naming the Debian package if not. */
import { runBash } from './processes.ts';

/** Each command-line tool the system test runs, with the Debian package that provides it. */
export const debianPackages: Record<string, string> = {
  ss: 'iproute2',
  lsof: 'lsof',
  netstat: 'net-tools',
  fuser: 'psmisc',
  nmap: 'nmap',
  nc: 'netcat-openbsd',
  sysctl: 'procps',
  awk: 'mawk (or gawk)',
};

/** Throws one error listing every missing tool and the package to install. */
export async function requireTools(): Promise<void> {
  const missing: string[] = [];
  for (const [tool, pkg] of Object.entries(debianPackages)) {
    const found = await runBash(`command -v ${tool}`);
    if (found.code !== 0) missing.push(`${tool} (apt-get install ${pkg})`);
  }
  const nc = await runBash('nc -h 2>&1');
  if (!missing.some((entry) => entry.startsWith('nc ')) && !nc.stdout.includes('OpenBSD netcat')) {
    missing.push('OpenBSD nc (apt-get install netcat-openbsd; another netcat is installed)');
  }
  if (missing.length > 0) {
    throw new Error(`The system test needs these tools: ${missing.join(', ')}`);
  }
}
