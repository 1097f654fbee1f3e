import type { SourceRef } from './types.ts';

/** The manual pages and vendor documents every catalogue entry was checked against. */
export const sources = {
  ss: {
    url: 'https://man7.org/linux/man-pages/man8/ss.8.html',
    title: 'ss(8), Linux manual page (iproute2)',
  },
  lsof: {
    url: 'https://manpages.debian.org/bookworm/lsof/lsof.8.en.html',
    title: 'lsof(8), Debian manual page',
  },
  lsofUpstream: {
    url: 'https://github.com/lsof-org/lsof/blob/master/Lsof.8',
    title: 'lsof(8), lsof project manual (the lsof macOS ships)',
  },
  fuser: {
    url: 'https://manpages.debian.org/bookworm/psmisc/fuser.1.en.html',
    title: 'fuser(1), Debian manual page (psmisc)',
  },
  netstatLinux: {
    url: 'https://manpages.debian.org/bookworm/net-tools/netstat.8.en.html',
    title: 'netstat(8), Debian manual page (net-tools)',
  },
  ipSysctl: {
    url: 'https://docs.kernel.org/networking/ip-sysctl.html',
    title: 'IP Sysctl, Linux kernel documentation (ip_local_port_range)',
  },
  killLinux: {
    url: 'https://man7.org/linux/man-pages/man1/kill.1.html',
    title: 'kill(1), Linux manual page',
  },
  netstatMac: {
    url: 'https://opensource.apple.com/source/network_cmds/network_cmds-596/netstat.tproj/netstat.1.auto.html',
    title: 'netstat(1), Apple network_cmds manual page',
  },
  xnuPortRange: {
    url: 'https://github.com/apple-oss-distributions/xnu/blob/main/bsd/netinet/in_pcb.c',
    title: 'XNU in_pcb.c: the net.inet.ip.portrange sysctls macOS reads',
  },
  killPosix: {
    url: 'https://pubs.opengroup.org/onlinepubs/9799919799/utilities/kill.html',
    title: 'kill, POSIX.1-2024',
  },
  sockstat: {
    url: 'https://man.freebsd.org/cgi/man.cgi?query=sockstat&sektion=1',
    title: 'sockstat(1), FreeBSD manual page',
  },
  freebsdInet: {
    url: 'https://man.freebsd.org/cgi/man.cgi?query=inet&sektion=4',
    title: 'inet(4), FreeBSD manual page (portrange sysctls)',
  },
  killFreebsd: {
    url: 'https://man.freebsd.org/cgi/man.cgi?query=kill&sektion=1',
    title: 'kill(1), FreeBSD manual page',
  },
  netstatWindows: {
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/netstat',
    title: 'netstat, Windows Commands (Microsoft Learn); findstr on the same site',
  },
  netshDynamic: {
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/default-dynamic-port-range-tcpip-chang',
    title: 'The default dynamic port range for TCP/IP has changed (Microsoft KB 929851)',
  },
  netshExcluded: {
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/error-10013-wsaeacces-is-returned',
    title:
      'Error 10013 (WSAEACCES) when binding an excluded port (Microsoft KB 3039044); netsh int ipv4 show excludedportrange /?',
  },
  taskkill: {
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/taskkill',
    title: 'taskkill, Windows Commands (Microsoft Learn)',
  },
  getNetTcpConnection: {
    url: 'https://learn.microsoft.com/en-us/powershell/module/nettcpip/get-nettcpconnection',
    title: 'Get-NetTCPConnection (Microsoft Learn)',
  },
  getNetUdpEndpoint: {
    url: 'https://learn.microsoft.com/en-us/powershell/module/nettcpip/get-netudpendpoint',
    title: 'Get-NetUDPEndpoint (Microsoft Learn)',
  },
  stopProcess: {
    url: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/stop-process',
    title: 'Stop-Process (Microsoft Learn)',
  },
  testNetConnection: {
    url: 'https://learn.microsoft.com/en-us/powershell/module/nettcpip/test-netconnection',
    title: 'Test-NetConnection (Microsoft Learn)',
  },
  nmap: {
    url: 'https://nmap.org/book/man.html',
    title: 'Nmap Reference Guide (port specification, -6, -sU)',
  },
  nc: {
    url: 'https://manpages.debian.org/bookworm/netcat-openbsd/nc.1.en.html',
    title: 'nc(1), OpenBSD netcat (Debian manual page)',
  },
  ncMacos: {
    url: 'https://github.com/apple-oss-distributions/netcat/blob/main/nc.1',
    title: 'nc(1) as shipped with macOS (Apple open source, -G connection timeout)',
  },
  ncFreebsd: {
    url: 'https://man.freebsd.org/cgi/man.cgi?query=nc&sektion=1',
    title: 'nc(1), FreeBSD manual page',
  },
} satisfies Record<string, SourceRef>;
