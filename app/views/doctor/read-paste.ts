/**
 * What the doctor page makes of a paste, pure: nothing, command output for the reader, or an error
 * message for the doctor. The page only renders what this returns.
 */
import { adviseFor, diagnose, looksLikeCommandOutput } from '../../core/doctor/index.ts';
import type { Advice, Diagnosis } from '../../core/doctor/index.ts';
import { parseOutput, readAnswer } from '../../core/output/index.ts';
import type { Answer, ParsedOutput, ToolId } from '../../core/output/index.ts';
import { isListeningRow } from '../../core/output/states.ts';
import type { PlatformId } from '../../core/platform/platform-ids.ts';
import type { Protocol } from '../../core/protocol.ts';

/** How much of a paste is read: 1 MB of text (an error is a few lines; a listing rarely 100 kB). */
export const MAX_PASTE = 1_000_000;

/** What the page shows for a paste. */
export type Reading =
  | { kind: 'empty' }
  | {
      kind: 'output';
      tool: ToolId;
      /** The port the output is read for: the one given, else the one the output is about. */
      port: number | null;
      /** Where that port came from. */
      portFrom: 'given' | 'output' | null;
      /** The reader's answer; null until a port is known. */
      answer: Answer | null;
      truncated: boolean;
    }
  | {
      kind: 'error';
      diagnosis: Diagnosis;
      advice: Advice;
      /** Whether the port in the advice is the one the user gave because the text named none. */
      portGiven: boolean;
      truncated: boolean;
    };

/** What the page knows besides the text. */
export interface PasteContext {
  platform: PlatformId;
  /** A port the user typed because the text did not say; used only where the text names none. */
  port?: number | null | undefined;
}

/**
 * The port a listing is about: the one its command line asked for, else the only port anything
 * listens on in it, else the only local port in it; null when it shows several (the user says).
 */
export function portOfOutput(parsed: ParsedOutput): number | null {
  if (parsed.queryPort !== undefined) return parsed.queryPort;
  const only = (ports: (number | undefined)[]): number | null => {
    const set = new Set(ports.filter((p): p is number => p !== undefined));
    return set.size === 1 ? ([...set][0] as number) : null;
  };
  return (
    only(parsed.rows.filter(isListeningRow).map((r) => r.localPort)) ??
    only(parsed.rows.map((r) => r.localPort))
  );
}

function protocolOfOutput(parsed: ParsedOutput, port: number): Protocol {
  if (parsed.queryProtocol) return parsed.queryProtocol;
  const row = parsed.rows.find((r) => r.localPort === port && isListeningRow(r));
  return row && !row.anyProtocol ? row.protocol : 'tcp';
}

/** Reads a paste: never throws, and reads at most MAX_PASTE characters. */
export function readPaste(input: string, context: PasteContext): Reading {
  if (input.trim() === '') return { kind: 'empty' };
  const truncated = input.length > MAX_PASTE;
  const text = truncated ? input.slice(0, MAX_PASTE) : input;
  const given = context.port ?? null;
  const tool = looksLikeCommandOutput(text);
  if (tool !== null) {
    // Read once here for the port and protocol, and once more by the reader for its verdict.
    let parsed: ParsedOutput | null = null;
    try {
      parsed = parseOutput(text);
    } catch {
      // readAnswer below says that the output could not be read.
    }
    const found = parsed ? portOfOutput(parsed) : null;
    const port = given ?? found;
    const answer =
      port === null
        ? null
        : readAnswer(text, {
            port,
            protocol: parsed ? protocolOfOutput(parsed, port) : 'tcp',
            platform: context.platform,
          });
    const portFrom = given !== null ? 'given' : found !== null ? 'output' : null;
    return { kind: 'output', tool, port, portFrom, answer, truncated };
  }
  const read = diagnose(text, { platform: context.platform });
  const portGiven = read.port === null && given !== null;
  const diagnosis = portGiven ? { ...read, port: given } : read;
  return {
    kind: 'error',
    diagnosis: read,
    advice: adviseFor(diagnosis, context.platform),
    portGiven,
    truncated,
  };
}
