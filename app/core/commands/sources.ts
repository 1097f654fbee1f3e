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
  dockerPs: {
    url: 'https://docs.docker.com/reference/cli/docker/container/ls/',
    title: 'docker container ls (docker ps), Docker CLI reference (publish filter)',
  },
  dockerPort: {
    url: 'https://docs.docker.com/reference/cli/docker/container/port/',
    title: 'docker container port, Docker CLI reference',
  },
  dockerUfw: {
    url: 'https://docs.docker.com/engine/network/packet-filtering-firewalls/',
    title: 'Packet filtering and firewalls, Docker Engine documentation (Docker and ufw)',
  },
  podmanPs: {
    url: 'https://docs.podman.io/en/latest/markdown/podman-ps.1.html',
    title: 'podman-ps(1), Podman documentation (--filter, publish)',
  },
  podmanPort: {
    url: 'https://docs.podman.io/en/latest/markdown/podman-port.1.html',
    title: 'podman-port(1), Podman documentation (--all)',
  },
  kubectlGet: {
    url: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/',
    title: 'kubectl get, Kubernetes reference (-A, -o custom-columns, -o json)',
  },
  kubectlPortForward: {
    url: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_port-forward/',
    title: 'kubectl port-forward, Kubernetes reference',
  },
  netshPortproxy: {
    url: 'https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-interface-portproxy',
    title: 'Netsh interface portproxy commands (Microsoft Learn)',
  },
  ufw: {
    url: 'https://manpages.ubuntu.com/manpages/noble/en/man8/ufw.8.html',
    title: 'ufw(8), Ubuntu manual page',
  },
  firewallCmd: {
    url: 'https://firewalld.org/documentation/man-pages/firewall-cmd.html',
    title: 'firewall-cmd(1), firewalld documentation',
  },
  nft: {
    url: 'https://manpages.debian.org/bookworm/nftables/nft.8.en.html',
    title: 'nft(8), Debian manual page (nftables)',
  },
  iptables: {
    url: 'https://manpages.debian.org/bookworm/iptables/iptables.8.en.html',
    title: 'iptables(8), Debian manual page',
  },
  iptablesExtensions: {
    url: 'https://manpages.debian.org/bookworm/iptables/iptables-extensions.8.en.html',
    title: 'iptables-extensions(8), Debian manual page (tcp/udp --dport)',
  },
  getNetFirewallPortFilter: {
    url: 'https://learn.microsoft.com/en-us/powershell/module/netsecurity/get-netfirewallportfilter',
    title: 'Get-NetFirewallPortFilter (Microsoft Learn); Get-NetFirewallRule on the same site',
  },
  getNetFirewallProfile: {
    url: 'https://learn.microsoft.com/en-us/powershell/module/netsecurity/get-netfirewallprofile',
    title: 'Get-NetFirewallProfile (Microsoft Learn)',
  },
  newNetFirewallRule: {
    url: 'https://learn.microsoft.com/en-us/powershell/module/netsecurity/new-netfirewallrule',
    title: 'New-NetFirewallRule (Microsoft Learn)',
  },
  netshAdvfirewall: {
    url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/netsh-advfirewall-firewall-control-firewall-behavior',
    title: 'Use netsh advfirewall firewall instead of netsh firewall (Microsoft Learn)',
  },
  socketfilterfw: {
    url: 'https://support.apple.com/guide/mac-help/change-firewall-settings-on-mac-mh11783/mac',
    title:
      'Change Firewall settings on Mac (Apple Support); socketfilterfw lists its options with -h',
  },
  pfctl: {
    url: 'https://man.freebsd.org/cgi/man.cgi?query=pfctl&sektion=8',
    title:
      'pfctl(8), FreeBSD manual page (macOS ships pfctl from the same BSD code: -s info, -s rules)',
  },
  tasklist: {
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/tasklist',
    title: 'tasklist, Windows Commands (Microsoft Learn)',
  },
  netshHttp: {
    url: 'https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-http',
    title: 'Netsh http commands (Microsoft Learn)',
  },
  systemctl: {
    url: 'https://man7.org/linux/man-pages/man1/systemctl.1.html',
    title: 'systemctl(1), Linux manual page (list-sockets)',
  },
} satisfies Record<string, SourceRef>;
