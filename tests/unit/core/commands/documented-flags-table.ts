/**
 * What each non-Linux tool's documentation defines, written down from the pages the catalogue
 * cites: a command may only use options listed here.
 */

/** Single-letter flags that may be grouped behind one dash, and options that take a value. */
export interface PosixToolDoc {
  letters: string;
  withValue: Record<string, RegExp>;
  /** Long options (`--name`): null when the option takes no value, else the value's pattern. */
  long?: Record<string, RegExp | null>;
}

/** POSIX-style tools: lsof (lsof-org Lsof.8), sockstat(1), Apple netstat(1), OpenBSD nc(1), nmap, awk, sysctl, kill. */
export const posixTools: Record<string, PosixToolDoc> = {
  // lsof joins the value to the letter (-iTCP:80, -sTCP:LISTEN); -n and -P may be grouped.
  lsof: {
    letters: 'anPlt',
    withValue: {
      i: /^(4|6)?(TCP|UDP)?(@[^:]+)?(:\d+)?$/,
      s: /^(TCP|UDP):\^?[A-Za-z_]+$/,
      c: /^[a-z]+$/,
    },
  },
  sockstat: {
    letters: '46AbCcfIiLlnqSsUuvw',
    withValue: { j: /^\S+$/, p: /^[\d,-]+$/, P: /^[a-z,]+$/ },
  },
  netstat: {
    letters: 'AaBbdgiLlmnqrRsSvWx',
    withValue: { p: /^(tcp|udp|ip|icmp)$/, f: /^(inet|inet6|unix)$/ },
  },
  nc: {
    letters: '46CDdFhklNnrStUuvZz',
    withValue: { w: /^\d+$/, p: /^\d+$/, s: /^\S+$/, i: /^\d+$/ },
  },
  // Apple's nc (apple-oss-distributions/netcat nc.1): -G is the TCP connection timeout.
  'nc-macos': {
    letters: '46AacCDdEFhklMnOortUuvz',
    withValue: { G: /^\d+$/, w: /^\d+$/, p: /^\d+$/, s: /^\S+$/, i: /^\d+$/ },
  },
  nmap: { letters: '6nvFAO', withValue: { p: /^[\d,-]+$/, s: /^[STUAV]$/ } },
  awk: { letters: '', withValue: { v: /^[a-z]+=\d+$/, F: /^\S+$/, f: /^\S+$/ } },
  sysctl: { letters: 'abdehiNnoqTWx', withValue: {} },
  kill: { letters: '', withValue: { s: /^[A-Z]+$/ } },
  // POSIX grep; -w (whole words) is in GNU, BSD and macOS grep.
  grep: { letters: 'EFiwvcqnx', withValue: { e: /^\S+$/ } },
  head: { letters: '', withValue: { n: /^\d+$/ } },
  // docker container ls: --filter publish=<port>[/<proto>] (Docker CLI reference).
  docker: { letters: 'aqs', withValue: {}, long: { filter: /^publish=\d+\/(tcp|udp)$/ } },
  // podman-port(1): --all (-a) lists the mappings of every running container.
  podman: { letters: 'al', withValue: {}, long: { all: null } },
  // kubectl get: -A/--all-namespaces, -o json or custom-columns=<header>:<json path>,…
  kubectl: {
    letters: 'A',
    withValue: { o: /^('custom-columns=([A-Z]+:[.a-zA-Z[\]*]+,?)+'|json)$/ },
    long: { 'all-namespaces': null },
  },
  // socketfilterfw -h: --getglobalstate, --listapps (read-only).
  socketfilterfw: { letters: '', withValue: {}, long: { getglobalstate: null, listapps: null } },
  // pfctl(8): -s modifier shows info or rules.
  pfctl: { letters: 'v', withValue: { s: /^(info|rules)$/ } },
};

/** Windows netstat options (Microsoft Learn), grouped after one dash as in -ano. */
export const windowsNetstatLetters = 'abefnoqrstxy';

/** findstr options (Microsoft Learn), case-insensitive. */
export const findstrOptions = [
  '/b',
  '/e',
  '/l',
  '/r',
  '/s',
  '/i',
  '/x',
  '/v',
  '/n',
  '/m',
  '/o',
  '/p',
  '/off',
  '/offline',
];

/** tasklist options (Microsoft Learn), case-insensitive. */
export const tasklistOptions = ['/s', '/u', '/p', '/m', '/svc', '/apps', '/v', '/fi', '/fo', '/nh'];

/** taskkill options (Microsoft Learn), case-insensitive. */
export const taskkillOptions = ['/s', '/u', '/p', '/fi', '/pid', '/im', '/f', '/t'];

const commonParameters = [
  'Verbose',
  'Debug',
  'ErrorAction',
  'WarningAction',
  'InformationAction',
  'ProgressAction',
  'ErrorVariable',
  'WarningVariable',
  'InformationVariable',
  'OutVariable',
  'OutBuffer',
  'PipelineVariable',
];

/** Parameters of each cmdlet (Microsoft Learn), common parameters included. */
export const cmdletParameters: Record<string, readonly string[]> = {
  'Get-NetTCPConnection': [
    'LocalAddress',
    'LocalPort',
    'RemoteAddress',
    'RemotePort',
    'State',
    'AppliedSetting',
    'OwningProcess',
    'CreationTime',
    'OffloadState',
    'CimSession',
    'ThrottleLimit',
    'AsJob',
    ...commonParameters,
  ],
  'Get-NetUDPEndpoint': [
    'LocalAddress',
    'LocalPort',
    'OwningProcess',
    'CreationTime',
    'CimSession',
    'ThrottleLimit',
    'AsJob',
    ...commonParameters,
  ],
  'Select-Object': [
    'Property',
    'ExcludeProperty',
    'ExpandProperty',
    'Unique',
    'Last',
    'First',
    'Skip',
    'Index',
    'Wait',
    ...commonParameters,
  ],
  'Where-Object': ['FilterScript', 'Property', 'Value', ...commonParameters],
  'Get-Process': [
    'Id',
    'Name',
    'InputObject',
    'Module',
    'FileVersionInfo',
    'IncludeUserName',
    ...commonParameters,
  ],
  'Stop-Process': [
    'Id',
    'Name',
    'InputObject',
    'PassThru',
    'Force',
    'WhatIf',
    'Confirm',
    ...commonParameters,
  ],
  'ConvertFrom-Json': ['InputObject', 'AsHashtable', 'Depth', 'NoEnumerate', ...commonParameters],
  'Get-NetFirewallPortFilter': [
    'All',
    'Protocol',
    'DynamicTarget',
    'AssociatedNetFirewallRule',
    'AssociatedNetIPsecRule',
    'PolicyStore',
    'GPOSession',
    'CimSession',
    'ThrottleLimit',
    'AsJob',
    ...commonParameters,
  ],
  'Get-NetFirewallRule': [
    'All',
    'Name',
    'DisplayName',
    'Direction',
    'Enabled',
    'Action',
    'AssociatedNetFirewallPortFilter',
    'PolicyStore',
    'CimSession',
    'ThrottleLimit',
    'AsJob',
    ...commonParameters,
  ],
  'Get-NetFirewallProfile': [
    'All',
    'Name',
    'Profile',
    'PolicyStore',
    'GPOSession',
    'CimSession',
    'ThrottleLimit',
    'AsJob',
    ...commonParameters,
  ],
  'New-NetFirewallRule': [
    'DisplayName',
    'Name',
    'Description',
    'Direction',
    'Protocol',
    'LocalPort',
    'RemotePort',
    'LocalAddress',
    'RemoteAddress',
    'Program',
    'Profile',
    'Action',
    'Enabled',
    'PolicyStore',
    'CimSession',
    'ThrottleLimit',
    'AsJob',
    'WhatIf',
    'Confirm',
    ...commonParameters,
  ],
  'Test-NetConnection': [
    'ComputerName',
    'Port',
    'CommonTCPPort',
    'TraceRoute',
    'Hops',
    'InformationLevel',
    'DiagnoseRouting',
    'ConstrainSourceAddress',
    'ConstrainInterface',
    ...commonParameters,
  ],
};

/** Values the enumerated parameters accept. */
export const parameterValues: Record<string, readonly string[]> = {
  State: [
    'Closed',
    'Listen',
    'SynSent',
    'SynReceived',
    'Established',
    'FinWait1',
    'FinWait2',
    'CloseWait',
    'Closing',
    'LastAck',
    'TimeWait',
    'DeleteTCB',
    'Bound',
  ],
  ErrorAction: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'],
  Direction: ['Inbound', 'Outbound'],
  Action: ['Allow', 'Block', 'NotConfigured'],
  Protocol: ['TCP', 'UDP', 'ICMPv4', 'ICMPv6', 'Any'],
};

/**
 * netsh sub-commands the catalogue may use (netsh int ipv4 show … /?; netsh interface portproxy;
 * netsh advfirewall, Microsoft Learn).
 */
export const netshForms: readonly RegExp[] = [
  /^netsh int ipv4 show dynamicport (tcp|udp)$/,
  /^netsh int ipv4 show excludedportrange protocol=(tcp|udp)$/,
  /^netsh interface portproxy show all$/,
  /^netsh advfirewall show allprofiles state$/,
  /^netsh http show servicestate$/,
  /^netsh advfirewall firewall add rule name="[^"%!]+" dir=in action=allow protocol=(TCP|UDP) localport=\d+$/,
];
