/**
 * Firewall commands: whether a firewall lets the port through (read-only listings), and how to
 * allow it (these change the system, so each carries a warning and says how to undo it).
 */
import { sources } from './sources.ts';
import type { CommandSpec, FlagNote, Protocol } from './types.ts';

const both = ['tcp', 'udp'] as const;

/** `sudo` on a firewall command: the packet filter, not other users' sockets, is why. */
const sudoFlag: FlagNote = {
  token: 'sudo',
  meaning: 'Runs the command as root: reading or changing the packet filter needs it.',
};

const rootWhy =
  'Reading or changing the packet filter needs root; without sudo the tool refuses ' +
  '(ufw: "You need to be root", nft and iptables: "Operation not permitted").';

const adminWhy =
  'Adding a firewall rule needs an administrator PowerShell or Command Prompt ("Run as administrator").';

const dockerBypass =
  'Ports that Docker publishes (docker run -p) bypass ufw: Docker writes its own rules, which ' +
  'forward the traffic to the container before ufw’s rules are consulted. Allowing or denying such a ' +
  'port in ufw changes nothing; bind the container to 127.0.0.1 or filter in the DOCKER-USER chain.';

const opens = (undo: string): string =>
  'This opens the port to every network the rule covers, for whatever program listens on it. ' +
  `Allow only what you mean to serve, and undo it with: ${undo}`;

const grepStructure: FlagNote[] = [
  { token: '| grep -w', meaning: 'Keeps lines that contain one of the words that follow.' },
];

/** Linux firewall checks and the rules that allow a port, for ufw, firewalld, nftables and iptables. */
function linuxFirewall(): CommandSpec[] {
  return [
    {
      id: 'linux-ufw-firewall',
      platform: 'linux',
      shell: 'sh',
      intent: 'firewall',
      protocols: both,
      tool: 'ufw',
      title: 'Does ufw allow it (ufw status)',
      template: 'sudo ufw status verbose',
      privilege: 'sudo',
      privilegeWhy: rootWhy,
      flags: [
        sudoFlag,
        { token: 'status', meaning: 'Shows whether ufw is active and its rules.' },
        {
          token: 'verbose',
          meaning: 'Adds the default policies, such as "deny (incoming), allow (outgoing)".',
        },
      ],
      output:
        'First "Status: active" or "Status: inactive"; when active, the default policies and a table such as ' +
        '"8080/tcp  ALLOW IN  Anywhere". With the default "deny (incoming)", a port that has no ALLOW line is blocked from other machines.',
      empty:
        'It always prints a status. "Status: inactive" means ufw filters nothing (another firewall still may). ' +
        '"ufw: command not found" means ufw is not installed.',
      warning: dockerBypass,
      warningSource: sources.dockerUfw,
      source: sources.ufw,
    },
    {
      id: 'linux-firewalld-firewall',
      platform: 'linux',
      shell: 'sh',
      intent: 'firewall',
      protocols: both,
      tool: 'firewall-cmd',
      title: 'Does firewalld allow it (firewall-cmd)',
      template: 'sudo firewall-cmd --list-all',
      privilege: 'sudo',
      privilegeWhy: rootWhy,
      flags: [
        sudoFlag,
        {
          token: '--list-all',
          meaning:
            'Lists the default zone: its interfaces, the services it allows (each stands for ports) and the ports it allows.',
        },
      ],
      output:
        'The zone name, then lines such as "services: ssh dhcpv6-client" and "ports: 8080/tcp". The port is open ' +
        'when it is listed under ports, or belongs to a listed service (http is 80/tcp). Other zones: --list-all-zones.',
      empty:
        'It always prints the zone. "FirewallD is not running" means firewalld filters nothing.',
      source: sources.firewallCmd,
    },
    {
      id: 'linux-nft-firewall',
      platform: 'linux',
      shell: 'sh',
      intent: 'firewall',
      protocols: both,
      tool: 'nft',
      title: 'nftables rules for the port (nft list ruleset)',
      template: 'sudo nft list ruleset | grep -w -e table -e chain -e policy -e {{port}}',
      privilege: 'sudo',
      privilegeWhy: rootWhy,
      flags: [
        sudoFlag,
        { token: 'list ruleset', meaning: 'Prints every table, chain and rule nftables holds.' },
        ...grepStructure,
        {
          token: '-e table -e chain -e policy',
          meaning: 'Keeps the lines that show where a rule sits and each chain’s default policy.',
        },
        {
          token: '-e PORT',
          meaning:
            'Keeps rules that name this port as a whole number, such as "tcp dport 8080 accept" or a set "{ 22, 8080 }".',
        },
      ],
      output:
        'Lines such as "table inet filter {", "chain input {", "type filter hook input priority filter; policy drop;" and ' +
        '"tcp dport 8080 accept". A chain with policy drop blocks the port unless a rule accepts it. A range ' +
        'such as "8000-9000" is not matched by the port number: read the whole ruleset if one may cover it.',
      empty:
        'No output (exit code 1): nftables has no rules at all, so it blocks nothing. ' +
        'iptables rules may still be loaded through the older iptables-legacy.',
      exitCodes: { found: 0, notFound: 1 },
      source: sources.nft,
    },
    {
      id: 'linux-iptables-firewall',
      platform: 'linux',
      shell: 'sh',
      intent: 'firewall',
      protocols: both,
      tool: 'iptables',
      title: 'iptables rules for the port (iptables -S)',
      template: "sudo iptables -S | grep -w -e '^-P' -e {{port}}",
      privilege: 'sudo',
      privilegeWhy: rootWhy,
      flags: [
        sudoFlag,
        {
          token: '-S',
          meaning:
            'Prints the rules of the filter table as the commands that would create them (-P, -N, -A lines).',
        },
        ...grepStructure,
        { token: "-e '^-P'", meaning: 'Keeps the default policy of each built-in chain.' },
        {
          token: '-e PORT',
          meaning:
            'Keeps rules that name this port as a whole number, such as "--dport 8080" or "--dports 80,8080".',
        },
      ],
      output:
        'Lines such as "-P INPUT DROP" and "-A INPUT -p tcp -m tcp --dport 8080 -j ACCEPT". With policy DROP ' +
        'the port is blocked unless an ACCEPT rule names it. IPv6 has its own rules: run ip6tables -S too.',
      empty:
        'It always prints the three policies; no port line means no rule names this port (a range such as ' +
        '"--dport 8000:9000" is not matched by the number).',
      source: sources.iptablesExtensions,
    },
  ];
}

function linuxAllow(): CommandSpec[] {
  return [
    {
      id: 'linux-ufw-firewall-allow',
      platform: 'linux',
      shell: 'sh',
      intent: 'firewall-allow',
      protocols: both,
      tool: 'ufw',
      title: 'Allow the port in ufw',
      template: 'sudo ufw allow {{port}}/{{protocol}}',
      privilege: 'sudo',
      privilegeWhy: rootWhy,
      flags: [
        sudoFlag,
        {
          token: 'allow PORT/PROTOCOL',
          meaning:
            'Adds a rule that lets incoming traffic to this port and protocol in, IPv4 and IPv6.',
        },
      ],
      output: '"Rule added" and "Rule added (v6)"; the rule is saved and survives a reboot.',
      empty: '"Skipping adding existing rule" means the port was already allowed.',
      warning: `${dockerBypass} ${opens('sudo ufw delete allow PORT/PROTOCOL')}`,
      warningSource: sources.dockerUfw,
      source: sources.ufw,
    },
    {
      id: 'linux-firewalld-firewall-allow',
      platform: 'linux',
      shell: 'sh',
      intent: 'firewall-allow',
      protocols: both,
      tool: 'firewall-cmd',
      title: 'Allow the port in firewalld',
      template:
        'sudo firewall-cmd --permanent --add-port={{port}}/{{protocol}} && sudo firewall-cmd --reload',
      privilege: 'sudo',
      privilegeWhy: rootWhy,
      flags: [
        sudoFlag,
        {
          token: '--permanent',
          meaning:
            'Writes the change to the saved configuration only; the running firewall has it once it is reloaded.',
        },
        {
          token: '--add-port=PORT/PROTOCOL',
          meaning: 'Allows this port and protocol in the default zone.',
        },
        {
          token: '&& sudo firewall-cmd --reload',
          meaning: 'Then loads the saved configuration, so the rule applies now too.',
        },
      ],
      output: '"success" twice.',
      empty: '"Warning: ALREADY_ENABLED" means the port was already allowed.',
      warning: opens(
        'sudo firewall-cmd --permanent --remove-port=PORT/PROTOCOL && sudo firewall-cmd --reload',
      ),
      source: sources.firewallCmd,
    },
    {
      id: 'linux-nft-firewall-allow',
      platform: 'linux',
      shell: 'sh',
      intent: 'firewall-allow',
      protocols: both,
      tool: 'nft',
      title: 'Allow the port in nftables',
      template: 'sudo nft insert rule inet filter input {{protocol}} dport {{port}} accept',
      privilege: 'sudo',
      privilegeWhy: rootWhy,
      flags: [
        sudoFlag,
        {
          token: 'insert rule',
          meaning: 'Adds the rule at the top of the chain, before any rule that drops the traffic.',
        },
        {
          token: 'inet filter input',
          meaning:
            'The table (family inet, IPv4 and IPv6, named filter) and chain of the stock /etc/nftables.conf; use the names your ruleset shows.',
        },
        { token: 'PROTOCOL dport PORT', meaning: 'Matches traffic to this destination port.' },
        { token: 'accept', meaning: 'Lets it in.' },
      ],
      output:
        'Nothing when the rule was added. The rule lasts until reboot unless saved to /etc/nftables.conf.',
      empty:
        'Silence means success. "No such file or directory" means the ruleset has no inet filter table or input chain.',
      warning: opens(
        'sudo nft -a list chain inet filter input, then sudo nft delete rule inet filter input handle N',
      ),
      source: sources.nft,
    },
    {
      id: 'linux-iptables-firewall-allow',
      platform: 'linux',
      shell: 'sh',
      intent: 'firewall-allow',
      protocols: both,
      tool: 'iptables',
      title: 'Allow the port in iptables',
      template: 'sudo iptables -I INPUT -p {{protocol}} --dport {{port}} -j ACCEPT',
      privilege: 'sudo',
      privilegeWhy: rootWhy,
      flags: [
        sudoFlag,
        { token: '-I INPUT', meaning: 'Inserts the rule at the top of the INPUT chain.' },
        { token: '-p PROTOCOL', meaning: 'Matches this protocol (and loads its match module).' },
        { token: '--dport PORT', meaning: 'Matches traffic to this destination port.' },
        { token: '-j ACCEPT', meaning: 'Lets it in.' },
      ],
      output:
        'Nothing when the rule was added. It is IPv4 only (ip6tables for IPv6) and lasts until reboot unless saved (iptables-save, netfilter-persistent).',
      empty: 'Silence means success.',
      warning: opens('sudo iptables -D INPUT -p PROTOCOL --dport PORT -j ACCEPT'),
      source: sources.iptablesExtensions,
    },
  ];
}

const socketfilterfw = '/usr/libexec/ApplicationFirewall/socketfilterfw';

const macosFirewall: CommandSpec[] = [
  {
    id: 'macos-socketfilterfw-firewall',
    platform: 'macos',
    shell: 'sh',
    intent: 'firewall',
    protocols: both,
    tool: 'socketfilterfw',
    title: 'Is the macOS application firewall on (socketfilterfw)',
    template: `${socketfilterfw} --getglobalstate; ${socketfilterfw} --listapps`,
    privilege: 'none',
    privilegeWhy: 'Reading the state needs no sudo; changing it does.',
    flags: [
      {
        token: '/usr/libexec/ApplicationFirewall/socketfilterfw',
        meaning: 'The command-line tool of the firewall in System Settings › Network › Firewall.',
      },
      { token: '--getglobalstate', meaning: 'Says whether the firewall is enabled.' },
      {
        token: '--listapps',
        meaning: 'Lists the apps it allows or blocks; it filters by app, not by port.',
      },
    ],
    output:
      '"Firewall is enabled. (State = 1)" or "Firewall is disabled. (State = 0)", then the apps with ' +
      '"( Allow incoming connections )" or "( Block incoming connections )". To let a program in, allow ' +
      'its app in System Settings › Network › Firewall › Options.',
    empty:
      'It always prints the state. Disabled means this firewall blocks nothing; pf may still (see pfctl).',
    source: sources.socketfilterfw,
  },
  {
    id: 'macos-pfctl-firewall',
    platform: 'macos',
    shell: 'sh',
    intent: 'firewall',
    protocols: both,
    tool: 'pfctl',
    title: 'Is pf on, and its rules (pfctl)',
    template: 'sudo pfctl -s info | head -n 1; sudo pfctl -s rules',
    privilege: 'sudo',
    privilegeWhy: 'pfctl opens /dev/pf, which only root may read.',
    flags: [
      sudoFlag,
      { token: '-s info', meaning: 'Shows pf’s status and counters.' },
      { token: '| head -n 1', meaning: 'Keeps the first line: "Status: Enabled" or "Disabled".' },
      { token: '-s rules', meaning: 'Shows the filter rules loaded now.' },
    ],
    output:
      '"Status: Disabled …" on a stock Mac; when enabled, rules such as "block drop in proto tcp from any to any port = 8080". ' +
      'pfctl may also print "No ALTQ support in kernel", which is harmless.',
    empty:
      'No rules after the status line: pf filters nothing (it is off unless a tool or an administrator turned it on).',
    source: sources.pfctl,
  },
];

function windowsFirewall(): CommandSpec[] {
  return [
    {
      id: 'windows-powershell-firewall',
      platform: 'windows',
      shell: 'powershell',
      intent: 'firewall',
      protocols: both,
      tool: 'Get-NetFirewallPortFilter',
      title: 'Windows Defender Firewall rules for the port (Get-NetFirewallRule)',
      template:
        "Get-NetFirewallPortFilter | Where-Object { $_.Protocol -eq '{{protocol}}' -and $_.LocalPort -contains {{port}} } | " +
        'Get-NetFirewallRule | Select-Object DisplayName, Enabled, Direction, Action, Profile',
      privilege: 'none',
      flags: [
        {
          token: 'Get-NetFirewallPortFilter',
          meaning: 'Lists the protocol and port conditions of every firewall rule.',
        },
        {
          token: '| Where-Object { … }',
          meaning:
            'Keeps conditions for this protocol whose local ports include exactly this port (rules for "Any" or a range are left out).',
        },
        { token: '| Get-NetFirewallRule', meaning: 'Looks up the rule each condition belongs to.' },
        {
          token: '| Select-Object …',
          meaning:
            'Shows its name, whether it is on, inbound or outbound, Allow or Block, and the network profiles.',
        },
      ],
      output:
        'A table such as "Node.js JavaScript Runtime  True  Inbound  Allow  Private". A Block rule wins over an Allow rule. ' +
        'Many programs get a rule by path, not port, when Windows asks on first start: those are not listed here.',
      empty:
        'No output: no rule names this port, so inbound traffic follows the default (blocked while the firewall is on).',
      source: sources.getNetFirewallPortFilter,
    },
    {
      id: 'windows-powershell-firewall-profile',
      platform: 'windows',
      shell: 'powershell',
      intent: 'firewall',
      protocols: both,
      tool: 'Get-NetFirewallProfile',
      title: 'Is Windows Defender Firewall on (Get-NetFirewallProfile)',
      template: 'Get-NetFirewallProfile | Select-Object Name, Enabled, DefaultInboundAction',
      privilege: 'none',
      flags: [
        {
          token: 'Get-NetFirewallProfile',
          meaning: 'The Domain, Private and Public profiles of the firewall.',
        },
        {
          token: '| Select-Object …',
          meaning:
            'Shows whether each is on and what it does with inbound traffic no rule matches.',
        },
      ],
      output:
        'Three rows such as "Private  True  NotConfigured"; NotConfigured means the default, which blocks inbound traffic.',
      empty: 'It always lists the three profiles.',
      source: sources.getNetFirewallProfile,
    },
    {
      id: 'windows-cmd-netsh-firewall',
      platform: 'windows',
      shell: 'cmd',
      alsoIn: ['powershell'],
      intent: 'firewall',
      protocols: both,
      tool: 'netsh',
      title: 'Is Windows Defender Firewall on (netsh advfirewall)',
      template: 'netsh advfirewall show allprofiles state',
      privilege: 'none',
      flags: [
        { token: 'advfirewall', meaning: 'The Windows Defender Firewall context of netsh.' },
        {
          token: 'show allprofiles state',
          meaning: 'Shows whether the Domain, Private and Public profiles are on.',
        },
      ],
      output:
        'For each profile a heading such as "Private Profile Settings:" and "State  ON" or "OFF".',
      empty: 'It always prints the three profiles.',
      source: sources.netshAdvfirewall,
    },
  ];
}

function windowsAllow(protocol: Protocol): CommandSpec[] {
  const upper = protocol.toUpperCase();
  return [
    {
      id: `windows-powershell-firewall-allow-${protocol}`,
      platform: 'windows',
      shell: 'powershell',
      intent: 'firewall-allow',
      protocols: [protocol],
      tool: 'New-NetFirewallRule',
      title: 'Allow the port in Windows Defender Firewall (New-NetFirewallRule)',
      template: `New-NetFirewallRule -DisplayName 'Allow ${upper} {{port}}' -Direction Inbound -Protocol ${upper} -LocalPort {{port}} -Action Allow`,
      privilege: 'admin',
      privilegeWhy: adminWhy,
      flags: [
        { token: "-DisplayName '…'", meaning: 'The name the rule shows under, to find it again.' },
        { token: '-Direction Inbound', meaning: 'For connections coming in.' },
        { token: `-Protocol ${upper}`, meaning: 'For this protocol.' },
        { token: '-LocalPort', meaning: 'For this port on this computer.' },
        { token: '-Action Allow', meaning: 'Lets the traffic in.' },
      ],
      output: 'The new rule’s properties, with Enabled True and Action Allow.',
      empty: 'An "Access is denied" error means the prompt is not running as administrator.',
      warning: opens(`Remove-NetFirewallRule -DisplayName 'Allow ${upper} PORT'`),
      source: sources.newNetFirewallRule,
    },
    {
      id: `windows-cmd-netsh-firewall-allow-${protocol}`,
      platform: 'windows',
      shell: 'cmd',
      alsoIn: ['powershell'],
      intent: 'firewall-allow',
      protocols: [protocol],
      tool: 'netsh',
      title: 'Allow the port in Windows Defender Firewall (netsh advfirewall)',
      template: `netsh advfirewall firewall add rule name="Allow ${upper} {{port}}" dir=in action=allow protocol=${upper} localport={{port}}`,
      privilege: 'admin',
      privilegeWhy: adminWhy,
      flags: [
        {
          token: 'advfirewall firewall add rule',
          meaning: 'Adds a Windows Defender Firewall rule.',
        },
        { token: 'name="…"', meaning: 'The rule’s name, to find or delete it again.' },
        { token: 'dir=in', meaning: 'For connections coming in.' },
        { token: 'action=allow', meaning: 'Lets the traffic in.' },
        { token: `protocol=${upper}`, meaning: 'For this protocol.' },
        { token: 'localport=PORT', meaning: 'For this port on this computer.' },
      ],
      output: 'It prints "Ok." when the rule was added.',
      empty:
        '"The requested operation requires elevation" means the prompt is not running as administrator.',
      warning: opens(`netsh advfirewall firewall delete rule name="Allow ${upper} PORT"`),
      source: sources.netshAdvfirewall,
    },
  ];
}

/** Firewall checks and allow rules for Linux, macOS and Windows. */
export const firewallCommands: readonly CommandSpec[] = [
  ...linuxFirewall(),
  ...macosFirewall,
  ...windowsFirewall(),
  ...linuxAllow(),
  ...windowsAllow('tcp'),
  ...windowsAllow('udp'),
];
