/**
 * Every sentence the doctor says, in one place for translation (issue 15). Placeholders in braces
 * ({port}, {address}, {endpoint}) are filled by advice.ts; nothing else builds prose.
 */
import type { PlatformId } from '../platform/platform-ids.ts';
import type { DoctorCause } from './types.ts';

/** The words for one cause: a one-line summary, why it happens, and what to do, in order. */
export interface CauseText {
  summary: string;
  /** Used when the text named no port. */
  summaryNoPort: string;
  explanation: readonly string[];
  fixes: readonly string[];
  /** Replaces `fixes` on these platforms. */
  platformFixes?: Partial<Record<PlatformId, readonly string[]>>;
}

/** How a lone port is named inside a sentence ({endpoint} without an address). */
export const PORT_ONLY = 'port {port}';

const checkHolder = 'Run the command below to see which program holds the port.';

/** English text of every cause. */
export const ADVICE_TEXT: Record<DoctorCause, CauseText> = {
  'in-use': {
    summary:
      'Port {port} is already in use: another program, or an earlier copy of this one, is listening on it.',
    summaryNoPort:
      'The port is already in use: another program, or an earlier copy of this one, is listening on it.',
    explanation: [
      'Only one program at a time can listen on an address and port, and another socket already holds this one.',
      'The usual holder is an earlier run that never stopped: a dev server in another terminal or in the background, or a container publishing the same port.',
    ],
    fixes: [
      checkHolder,
      'If it is an old copy of your own program, stop it (Ctrl+C in its terminal, or the stop command on the port page) and start again.',
      'If it is something you need, start your program on another free port instead; most tools take a --port option or a PORT setting.',
    ],
  },
  airplay: {
    summary:
      'Port {port} is taken on this Mac, most likely by AirPlay Receiver (the ControlCenter process), which listens on ports 5000 and 7000 since macOS 12 Monterey.',
    summaryNoPort:
      'The port is taken on this Mac, most likely by AirPlay Receiver (the ControlCenter process), which listens on ports 5000 and 7000 since macOS 12 Monterey.',
    explanation: ['Stopping ControlCenter does not help: macOS starts it again at once.'],
    fixes: [
      'Check the holder with the command below: a row for ControlCe means AirPlay Receiver.',
      'Turn it off in System Settings → General → AirDrop & Handoff → AirPlay Receiver (System Preferences → Sharing on macOS 12).',
      'Or leave AirPlay on and start your program on another port.',
    ],
  },
  privileged: {
    summary:
      'Port {port} is below 1024, and this system lets only privileged programs listen on those ports.',
    summaryNoPort:
      'The system refused the port for lack of privileges: ports below 1024 are reserved for privileged programs.',
    explanation: [
      'On Linux and other Unix-like systems, ports 0–1023 need root or a capability. Running the whole program as root to get one port is a needless risk.',
    ],
    fixes: [
      'Use a port of 1024 or above (8080 instead of 80, 8443 instead of 443) and put a reverse proxy such as nginx or Caddy in front on the low port.',
      "On Linux, let just this program bind low ports: sudo setcap 'cap_net_bind_service=+ep' /path/to/program.",
      'In a container, listen on a high port inside and publish the low one on the host (-p 80:8080).',
    ],
  },
  'windows-excluded': {
    summary: 'Windows refused to let the program use port {port} (error 10013, WSAEACCES).',
    summaryNoPort: 'Windows refused to let the program use the port (error 10013, WSAEACCES).',
    explanation: [
      'Usually the port lies in a range Windows has reserved for Hyper-V, WSL 2 or Docker Desktop (the winnat service). Nothing listens there, so netstat shows nothing, yet no program may bind it.',
      'Less often, another program holds the port with exclusive access.',
    ],
    fixes: [
      'List the reserved ranges with the first command below and see whether the port falls inside one.',
      'If it does, pick a port outside every listed range: that is the lasting fix.',
      'Restarting the NAT service (net stop winnat, then net start winnat, as administrator) frees the ranges for now, but it cuts the network of running WSL and Docker containers and the ranges can come back at the next start, so it is a blunt, temporary fix.',
      'If the port is in no range, check which program holds it with the listener command.',
    ],
  },
  'access-denied': {
    summary:
      'The system refused the bind for a permission reason (EACCES), although port {port} is not a privileged port.',
    summaryNoPort: 'The system refused the bind for a permission reason (EACCES).',
    explanation: [
      'On Windows this usually means a port range reserved by Hyper-V, WSL or Docker. On Linux a security policy (SELinux, AppArmor) or a container runtime can forbid a port.',
    ],
    fixes: [
      'Check the security policy of the system (for SELinux: sudo ausearch -m avc -ts recent), or try another port.',
    ],
    platformFixes: {
      windows: [
        'List the reserved ranges with the first command below; if the port is inside one, pick a port outside every range.',
        'Restarting winnat frees the ranges only for now and cuts WSL and Docker networking, so prefer another port.',
      ],
    },
  },
  refused: {
    summary:
      'The connection to {endpoint} was refused: the machine answered, but nothing was listening on that port.',
    summaryNoPort:
      'The connection was refused: the machine answered, but nothing was listening on that port.',
    explanation: [
      'The server is not running, listens on another port, or listens on 127.0.0.1 only while the client comes from another machine, a container or another interface.',
    ],
    fixes: [
      'On the server, run the listener command below: no row means nothing listens on that port.',
      'If the server listens on 127.0.0.1 only and you connect from elsewhere, make it listen on 0.0.0.0 or the right address.',
      'Inside a container, localhost is the container itself: use the host address (host.docker.internal on Docker Desktop).',
    ],
  },
  'timed-out': {
    summary: 'The connection to {endpoint} timed out: no answer came back at all.',
    summaryNoPort: 'The connection timed out: no answer came back at all.',
    explanation: [
      'A refusal comes back at once; silence usually means a firewall dropped the packets, the address is wrong, or the host is down.',
    ],
    fixes: [
      'Check that the address is right and the host is up.',
      'Check the firewall on the server, and any cloud security group, for this port.',
      'Test whether the port answers with the command below.',
    ],
  },
  'no-route': {
    summary: 'There is no route to {endpoint}: this machine could not reach that host or network.',
    summaryNoPort:
      'There is no route to the host: this machine could not reach that host or network.',
    explanation: [
      'The host is down or on a network this machine cannot reach (a VPN, an isolated Wi-Fi), or a firewall answered that the host is unreachable.',
    ],
    fixes: [
      'Check the address and that the host is up.',
      'Check the VPN, the network you are on and the routes (ip route, netstat -rn, route print).',
      "A firewall can also reject with this error: check the server's rules for this port.",
    ],
  },
  'addr-not-available': {
    summary: 'The program asked to listen on {address}, an address this machine does not have.',
    summaryNoPort: 'The program asked to use an address this machine does not have.',
    explanation: [
      'A server can only bind the addresses of its own network interfaces, or 0.0.0.0 and :: for all of them. An address copied from another machine, a changed DHCP lease, or localhost pointing at a disabled IPv6 gives this error.',
    ],
    fixes: [
      "Listen on 0.0.0.0, 127.0.0.1, or one of this machine's own addresses (ip addr, ifconfig, ipconfig).",
      'If the address is localhost, check that the hosts file still maps it to 127.0.0.1 and ::1.',
    ],
  },
  unknown: {
    summary: "I can't tell from this text why it failed.",
    summaryNoPort: "I can't tell from this text why it failed.",
    explanation: [
      'It names no error code or message the doctor knows, so any cause would be a guess.',
    ],
    fixes: [
      'If a port is involved, the commands below show what is using it.',
      'Paste the whole error with the lines around it, or the output of one of these commands.',
    ],
  },
};
