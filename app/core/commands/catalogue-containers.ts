/**
 * Commands that find a container, a Kubernetes service or port-forward, or a Windows port proxy
 * behind a port: the listener commands then name only docker-proxy, com.docker.backend, wslrelay
 * or kubectl, not the program that really answers.
 */
import { processColumn } from './catalogue-windows.ts';
import { sources } from './sources.ts';
import type { CommandSpec, FlagNote } from './types.ts';

type UnixLike = 'linux' | 'macos';

const both = ['tcp', 'udp'] as const;

const dockerWhy =
  'Docker asks for membership of the docker group (or sudo) on Linux; Docker Desktop on macOS ' +
  'and Windows answers your own user. Without it you get "permission denied … docker.sock".';

function dockerPs(platform: UnixLike | 'windows'): CommandSpec {
  return {
    id: `${platform}-docker-ps-containers`,
    platform,
    shell: platform === 'windows' ? 'cmd' : 'sh',
    ...(platform === 'windows' ? { alsoIn: ['powershell'] as const } : {}),
    intent: 'containers',
    protocols: both,
    tool: 'docker',
    title: 'Which Docker container publishes the port (docker ps)',
    template: 'docker ps --filter publish={{port}}/{{protocol}}',
    privilege: 'none',
    privilegeWhy: dockerWhy,
    flags: [
      {
        token: 'ps',
        meaning:
          'Lists running containers (a stopped container holds no port, so -a is not needed).',
      },
      {
        token: '--filter publish=PORT/PROTOCOL',
        meaning:
          'Keeps only containers that publish this port on the host for this protocol (docker run -p PORT:…).',
      },
    ],
    output:
      'A header (CONTAINER ID, IMAGE, COMMAND, CREATED, STATUS, PORTS, NAMES), then one line per container; ' +
      'PORTS reads like "0.0.0.0:8080->80/tcp" (host port -> container port). "docker port NAME" then lists ' +
      'every mapping of that container, and "docker stop NAME" frees the port.',
    empty:
      'Only the header: no running Docker container publishes this port. A container started with ' +
      '--network host is not listed here; the listener commands show its process directly. ' +
      '"Cannot connect to the Docker daemon" means Docker is not running, so it holds no port.',
    source: sources.dockerPs,
  };
}

function podmanPort(platform: UnixLike): CommandSpec {
  return {
    id: `${platform}-podman-port-containers`,
    platform,
    shell: 'sh',
    intent: 'containers',
    protocols: both,
    tool: 'podman',
    title: 'Which Podman container maps the port (podman port)',
    template: "podman port --all | grep -E '/{{protocol}} -> .*:{{port}}$'",
    privilege: 'none',
    privilegeWhy:
      'Podman keeps separate containers per user: run it as the user who started the container ' +
      '(with sudo for root containers).',
    flags: [
      { token: 'port', meaning: 'Lists port mappings of containers.' },
      { token: '--all', meaning: 'Covers every running container instead of one named container.' },
      { token: '| grep -E', meaning: 'Keeps only the lines that match the pattern that follows.' },
      {
        token: "'/PROTOCOL -> .*:PORT$'",
        meaning:
          'A mapping of this protocol whose host side ends in exactly ":PORT", so 80 never matches 8080.',
      },
    ],
    output:
      'Lines such as "3f2a9c1b7d4e  80/tcp -> 0.0.0.0:8080": the container ID, its own port, and the ' +
      'host address and port it is published on. "podman stop ID" frees the port.',
    empty:
      'No output and exit code 1 (from grep): no running Podman container of this user publishes the port. ' +
      'Podman has no publish filter for ps (Docker has), so the mapping list is filtered instead.',
    exitCodes: { found: 0, notFound: 1 },
    source: sources.podmanPort,
  };
}

const kubectlColumns =
  'NAMESPACE:.metadata.namespace,NAME:.metadata.name,TYPE:.spec.type,' +
  'PORT:.spec.ports[*].port,NODEPORT:.spec.ports[*].nodePort,PROTOCOL:.spec.ports[*].protocol';

function kubectlServices(platform: UnixLike): CommandSpec {
  return {
    id: `${platform}-kubectl-services-containers`,
    platform,
    shell: 'sh',
    intent: 'containers',
    protocols: both,
    tool: 'kubectl',
    title: 'Which Kubernetes service uses the port (kubectl get services)',
    template:
      `kubectl get services --all-namespaces -o 'custom-columns=${kubectlColumns}' | ` +
      "awk -v port={{port}} 'NR == 1 { print; next } " +
      '{ n = split($4 "," $5, p, ","); for (i = 1; i <= n; i++) if (p[i] == port) { print; found = 1; next } } ' +
      "END { exit !found }'",
    privilege: 'none',
    privilegeWhy:
      'It asks the cluster of your current kubectl context; listing every namespace needs a role that may list services cluster-wide.',
    flags: [
      { token: 'get services', meaning: 'Lists Kubernetes Service objects.' },
      { token: '--all-namespaces', meaning: 'In every namespace, not only the current one (-A).' },
      {
        token: "-o 'custom-columns=…'",
        meaning:
          'One line per service with its namespace, name, type, service ports, node ports and protocols; ' +
          'a service with several ports shows them comma-separated. The quotes keep [*] from the shell.',
      },
      { token: "awk -v port=PORT '…'", meaning: 'Runs awk with the port number in `port`.' },
      { token: 'NR == 1 { print; next }', meaning: 'Keeps the header line.' },
      {
        token: 'split($4 "," $5, p, ",")',
        meaning:
          'Splits the PORT and NODEPORT columns at commas and keeps the line when one of them is exactly the port.',
      },
      {
        token: 'END { exit !found }',
        meaning: 'Exits with 1 when no service matched, like grep.',
      },
    ],
    output:
      'The header, then lines such as "default  web  NodePort  80  30080  TCP". A NodePort is open on every ' +
      'node; a service port is reached through the cluster (or kubectl port-forward), not on this machine.',
    empty:
      'Only the header and exit code 1: no service in the cluster of the current context uses this port. ' +
      'An error instead means kubectl has no cluster to ask.',
    exitCodes: { found: 0, notFound: 1 },
    source: sources.kubectlGet,
  };
}

function kubectlForward(platform: UnixLike): CommandSpec {
  return {
    id: `${platform}-lsof-port-forward-containers`,
    platform,
    shell: 'sh',
    intent: 'containers',
    protocols: ['tcp'],
    tool: 'lsof',
    title: 'A leftover kubectl port-forward (lsof)',
    template: 'lsof -nP -a -c kubectl -iTCP:{{port}} -sTCP:LISTEN',
    privilege: 'none',
    privilegeWhy:
      'kubectl port-forward runs as you, so lsof sees it without sudo; add sudo to find one started by another user.',
    flags: [
      { token: '-n', meaning: 'Shows IP addresses instead of host names.' },
      { token: '-P', meaning: 'Shows port numbers instead of service names.' },
      {
        token: '-a',
        meaning: 'Combines the selections with AND: a kubectl process and this port, not either.',
      },
      { token: '-c kubectl', meaning: 'Processes whose command name starts with "kubectl".' },
      { token: '-iTCP:PORT', meaning: 'TCP sockets on this port.' },
      { token: '-sTCP:LISTEN', meaning: 'Only listening sockets (port-forward listens locally).' },
    ],
    output:
      'A header, then lines such as "kubectl 4321 dev 8u IPv4 … TCP 127.0.0.1:8080 (LISTEN)": a port-forward ' +
      'still running (often in another terminal or in the background). Stop it with kill and its PID.',
    empty: 'No output and exit code 1: no kubectl process of yours listens on this port.',
    exitCodes: { found: 0, notFound: 1 },
    source: sources.lsof,
  };
}

const selectKubectl: FlagNote[] = [
  { token: '-LocalPort', meaning: 'Only sockets on exactly this local port.' },
  { token: '-State Listen', meaning: 'Only listening sockets (port-forward listens locally).' },
  {
    token: '-ErrorAction SilentlyContinue',
    meaning: 'Returns nothing instead of an error when no socket matches.',
  },
  {
    token: "| Where-Object { … -eq 'kubectl' }",
    meaning: 'Keeps the sockets whose owning process is kubectl.',
  },
  { token: '| Select-Object …', meaning: 'Shows the address, port, PID and process name.' },
];

/** Container, Kubernetes and port-proxy checks for Linux, macOS and Windows. */
export const containerCommands: readonly CommandSpec[] = [
  dockerPs('linux'),
  podmanPort('linux'),
  kubectlServices('linux'),
  kubectlForward('linux'),
  dockerPs('macos'),
  podmanPort('macos'),
  kubectlServices('macos'),
  kubectlForward('macos'),
  dockerPs('windows'),
  {
    id: 'windows-powershell-kubectl-services-containers',
    platform: 'windows',
    shell: 'powershell',
    intent: 'containers',
    protocols: both,
    tool: 'kubectl',
    title: 'Which Kubernetes service uses the port (kubectl get services)',
    template:
      '(kubectl get services --all-namespaces -o json | ConvertFrom-Json).items | ' +
      'Where-Object { $_.spec.ports.port -contains {{port}} -or $_.spec.ports.nodePort -contains {{port}} } | ' +
      "Select-Object @{Name='Namespace'; Expression={$_.metadata.namespace}}, " +
      "@{Name='Name'; Expression={$_.metadata.name}}, @{Name='Type'; Expression={$_.spec.type}}",
    privilege: 'none',
    privilegeWhy:
      'It asks the cluster of your current kubectl context; listing every namespace needs a role that may list services cluster-wide.',
    flags: [
      {
        token: 'kubectl get services --all-namespaces -o json',
        meaning: 'Every Service object of the cluster, as JSON.',
      },
      { token: '| ConvertFrom-Json', meaning: 'Turns the JSON into PowerShell objects.' },
      {
        token: '| Where-Object { … -contains PORT … }',
        meaning: 'Keeps services with this number among their ports or node ports.',
      },
      { token: '| Select-Object …', meaning: 'Shows the namespace, name and type of each.' },
    ],
    output: 'A table of Namespace, Name and Type, one row per service that uses the port.',
    empty:
      'No output: no service uses this port. An error instead means kubectl has no cluster to ask.',
    source: sources.kubectlGet,
  },
  {
    id: 'windows-powershell-port-forward-containers',
    platform: 'windows',
    shell: 'powershell',
    intent: 'containers',
    protocols: ['tcp'],
    tool: 'Get-NetTCPConnection',
    title: 'A leftover kubectl port-forward (Get-NetTCPConnection)',
    template:
      'Get-NetTCPConnection -LocalPort {{port}} -State Listen -ErrorAction SilentlyContinue | ' +
      "Where-Object { (Get-Process -Id $_.OwningProcess).ProcessName -eq 'kubectl' } | " +
      `Select-Object LocalAddress, LocalPort, OwningProcess, ${processColumn}`,
    privilege: 'none',
    flags: selectKubectl,
    output:
      'A table with LocalAddress, LocalPort, OwningProcess and ProcessName kubectl: a port-forward still ' +
      'running. Stop it with Stop-Process and the PID.',
    empty: 'No output: no kubectl process listens on this port.',
    source: sources.getNetTcpConnection,
  },
  {
    id: 'windows-cmd-netsh-portproxy-containers',
    platform: 'windows',
    shell: 'cmd',
    alsoIn: ['powershell'],
    intent: 'containers',
    protocols: ['tcp'],
    tool: 'netsh',
    title: 'Port proxies, for example to WSL (netsh interface portproxy)',
    template: 'netsh interface portproxy show all',
    privilege: 'none',
    flags: [
      {
        token: 'interface portproxy',
        meaning:
          'The context of netsh that forwards a local TCP port to another address, often a WSL 2 or Hyper-V machine.',
      },
      { token: 'show all', meaning: 'Lists every proxy, IPv4 and IPv6.' },
    ],
    output:
      'A table under "Listen on ipv4: / Connect to ipv4:" with rows such as "0.0.0.0  8080  172.18.0.2  8080". ' +
      'The IP Helper service (iphlpsvc, inside svchost) holds a listed port; remove a proxy with ' +
      '"netsh interface portproxy delete v4tov4 listenport=PORT listenaddress=ADDRESS" as administrator.',
    empty:
      'No output: no port proxy is set up. WSL 2 forwards localhost through wslrelay.exe instead, which the listener commands show.',
    source: sources.netshPortproxy,
  },
];
