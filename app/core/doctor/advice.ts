/** Turns a diagnosis into advice for the user's platform: the words, and catalogue commands to run. */
import { checkHost, listCommands, renderCommand } from '../commands/index.ts';
import type { CommandPlatform, CommandSpec, Intent, RenderedCommand } from '../commands/index.ts';
import type { PlatformId } from '../platform/platform-ids.ts';
import type { Protocol } from '../protocol.ts';
import { ADVICE_TEXT } from './advice-text.ts';
import type { AdviceValues } from './advice-text.ts';
import type { Diagnosis, DoctorCause } from './types.ts';

/** What the doctor tells the user. */
export interface Advice {
  cause: DoctorCause;
  /** What happened, one sentence. */
  summary: string;
  /** Why it happens, a sentence or two each. */
  explanation: readonly string[];
  /** How to free the port or pick another, in order. */
  fixes: readonly string[];
  /**
   * Catalogue ids (app/core/commands) to show, in order: who holds the port, the reserved ranges,
   * or whether the port answers, depending on the cause. Empty when no command helps.
   */
  commandIds: readonly string[];
  /**
   * Those commands with the port filled in. When the text named no port, only the commands that
   * need none (Windows' reserved ranges) are here.
   */
  commands: readonly RenderedCommand[];
  /** The platform the commands are for: the user's, unless the text shows it came from another. */
  platform: PlatformId;
  /** The protocol the commands are for: the diagnosis's, TCP when the text said neither. */
  protocol: Protocol;
  /** The port for a link to its page (routes.ts portPath); null when the text named none. */
  port: number | null;
}

/** Which kinds of command help, per cause, on the machine that printed the error. */
function intentsFor(
  cause: DoctorCause,
  platform: PlatformId,
): { local: Intent[]; remote: boolean } {
  switch (cause) {
    case 'in-use':
    case 'airplay':
    case 'unknown':
      return { local: ['listener'], remote: false };
    case 'windows-excluded':
      return { local: ['excluded-ranges', 'listener'], remote: false };
    case 'access-denied':
      return {
        local: platform === 'windows' ? ['excluded-ranges', 'listener'] : ['listener'],
        remote: false,
      };
    case 'refused':
      return { local: ['listener'], remote: true };
    case 'timed-out':
    case 'no-route':
      return { local: [], remote: true };
    case 'privileged':
    case 'addr-not-available':
      return { local: [], remote: false };
  }
}

/** The platform whose commands to show: the user's, unless the error names only other systems. */
function commandPlatform(diagnosis: Diagnosis, platform: PlatformId): PlatformId {
  const named = diagnosis.platforms;
  if (named.length === 0 || named.includes(platform)) return platform;
  return named[0] as PlatformId;
}

const WILDCARDS = new Set(['0.0.0.0', '::', '*', '[::]']);

/** The host for checks from another machine: the address the client tried, if it is one. */
function remoteHost(address: string | null): string | undefined {
  if (address === null || WILDCARDS.has(address)) return undefined;
  return checkHost(address).ok ? address : undefined;
}

function specsFor(
  diagnosis: Diagnosis,
  platform: PlatformId,
  userPlatform: PlatformId,
  protocol: Protocol,
): { spec: CommandSpec; remote: boolean }[] {
  const { local, remote } = intentsFor(diagnosis.cause, platform);
  const specs = local.flatMap((intent) =>
    listCommands(platform, protocol, intent).map((spec) => ({ spec, remote: false })),
  );
  if (remote) {
    const from: CommandPlatform = 'remote';
    for (const spec of listCommands(from, protocol, 'reachable', userPlatform)) {
      specs.push({ spec, remote: true });
    }
  }
  return specs;
}

/** Address and port as one token; '' without an address (a lone port has sentences of its own). */
function endpointText(diagnosis: Diagnosis): string {
  const { address, port } = diagnosis;
  if (address === null) return '';
  if (port === null) return address;
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/**
 * Advice for a diagnosis on the user's platform: the sentences from advice-text.ts, in the current
 * language, with the port and address filled in, and the catalogue commands that show who holds
 * the port (or the reserved ranges, or whether the port answers), rendered when the port is known.
 * Never throws.
 */
export function adviseFor(diagnosis: Diagnosis, userPlatform: PlatformId): Advice {
  const platform = commandPlatform(diagnosis, userPlatform);
  const protocol: Protocol = diagnosis.protocol ?? 'tcp';
  const text = ADVICE_TEXT[diagnosis.cause];
  const values: AdviceValues = {
    port: diagnosis.port === null ? '' : String(diagnosis.port),
    address: diagnosis.address ?? '',
    endpoint: endpointText(diagnosis),
  };
  const needsPort = diagnosis.port === null;
  const needsAddress = diagnosis.cause === 'addr-not-available' && diagnosis.address === null;
  const summary = needsPort || needsAddress ? text.summaryNoPort() : text.summary(values);
  const specs = specsFor(diagnosis, platform, userPlatform, protocol);
  const commands: RenderedCommand[] = [];
  const host = remoteHost(diagnosis.address);
  for (const { spec, remote } of specs) {
    // Without a port only the commands that take none (Windows' reserved ranges) can be shown.
    const usesPort = spec.template.includes('{{port}}');
    if (diagnosis.port === null && usesPort) continue;
    try {
      const port = diagnosis.port ?? 0;
      const values = { port, protocol, ...(remote && host ? { host } : {}) };
      commands.push({ spec, text: renderCommand(spec, values) });
    } catch {
      // A spec that cannot take these values (an odd host) is left out, not shown broken.
    }
  }
  return {
    cause: diagnosis.cause,
    summary,
    explanation: text.explanation.map((line) => line()),
    fixes: (text.platformFixes?.[platform] ?? text.fixes).map((line) => line()),
    commandIds: specs.map(({ spec }) => spec.id),
    commands,
    platform,
    protocol,
    port: diagnosis.port,
  };
}
