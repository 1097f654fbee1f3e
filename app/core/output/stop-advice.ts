/** What to offer once a verdict names the one process that holds a port: stop it, or why not. */
import { listCommands, renderCommand } from '../commands/render.ts';
import type { RenderedCommand } from '../commands/types.ts';
import type { PlatformId } from '../platform/platform-ids.ts';
import { holderText } from './holder-text.ts';
import { identifyHolder, type Holder } from './holders.ts';
import type { Protocol } from './types.ts';

/**
 * Either the commands that stop the process, or why it must not be stopped and what to do
 * instead. `holder` is the structured answer (a kind code and catalogue command ids); `title`,
 * `text` and `command` are its words (in the page's language) and first command, for the page as it is today.
 */
export type StopAdvice =
  | {
      kind: 'stop';
      pid: number;
      platform: PlatformId;
      commands: RenderedCommand[];
      /** Set when the program is known (a kubectl port-forward): what it is, in words. */
      holder?: Holder;
      title?: string;
      text?: string;
    }
  | {
      kind: 'explain';
      pid: number;
      title: string;
      text: string;
      /** The first command to run next, filled in; absent when a setting, not a command, frees it. */
      command?: string;
      holder: Holder;
    };

/** The title and paragraph of a holder, filled in. */
export function holderWords(holder: Holder, port: number): { title: string; text: string } {
  return holderText(holder.kind, {
    port: String(port),
    pid: String(holder.pid),
    process: holder.process ?? `PID ${holder.pid}`,
  });
}

/**
 * Advice for the process a verdict names, on the platform the output came from: for a system
 * part (PID 0, 1 or 4, AirPlay, a container proxy, a Windows service host, a shell) what it is
 * and what frees the port; for any other program the stop commands. Never offers to stop PID 0,
 * 1 or 4 or a shell.
 */
export function stopAdvice(
  pid: number,
  platform: PlatformId,
  port: number,
  protocol: Protocol,
  process?: string,
): StopAdvice {
  const holder = identifyHolder(pid, process, platform, port, protocol);
  if (holder !== undefined && !holder.mayStop) {
    const { title, text } = holderWords(holder, port);
    const advice: StopAdvice = { kind: 'explain', pid, title, text, holder };
    const first = holder.commands[0]?.text;
    if (first !== undefined) advice.command = first;
    return advice;
  }
  const commands = listCommands(platform, protocol, 'stop-process').map((spec) => ({
    spec,
    text: renderCommand(spec, { port, protocol, pid }),
  }));
  const advice: StopAdvice = { kind: 'stop', pid, platform, commands };
  if (holder !== undefined) Object.assign(advice, { holder }, holderWords(holder, port));
  return advice;
}
