/** The entry point: detect the tool, strip prompts, run its parser, never throw. */
import { m } from '../../generated/paraglide/messages.js';
import { TOOL_NAMES } from './tool-names.ts';
import { detectToolInLines, findNonSocketTable } from './detect-tool.ts';
import { parseFuser } from './parse-fuser.ts';
import { parseLsof } from './parse-lsof.ts';
import { parseLsofFields } from './parse-lsof-fields.ts';
import { parseNc } from './parse-nc.ts';
import { parseNetstatBsd } from './parse-netstat-bsd.ts';
import { parseNetstatLinux } from './parse-netstat-linux.ts';
import { parseNetstatWindows } from './parse-netstat-windows.ts';
import { parseNmap } from './parse-nmap.ts';
import { parseNmapGrepable } from './parse-nmap-grepable.ts';
import { parseNmapXml } from './parse-nmap-xml.ts';
import { parsePowershell } from './parse-powershell.ts';
import { parseSockstat } from './parse-sockstat.ts';
import { parseSs } from './parse-ss.ts';
import {
  isPrivilegedPrompt,
  isSudoPrompt,
  portFromCommand,
  protocolFromCommand,
  readPrompt,
} from './prompt.ts';
import { settleProtocol, startResult } from './result.ts';
import { addNote, splitLines } from './text.ts';
import type { ParsedOutput, ToolId } from './types.ts';

const PARSERS: Readonly<Record<ToolId, (lines: readonly string[], text: string) => ParsedOutput>> =
  {
    ss: parseSs,
    lsof: parseLsof,
    'lsof-fields': parseLsofFields,
    'netstat-linux': parseNetstatLinux,
    'netstat-bsd': parseNetstatBsd,
    'netstat-windows': parseNetstatWindows,
    fuser: parseFuser,
    nmap: parseNmap,
    'nmap-grepable': parseNmapGrepable,
    'nmap-xml': (_lines, text) => parseNmapXml(text),
    nc: parseNc,
    sockstat: parseSockstat,
    powershell: parsePowershell,
  };

interface Prompted {
  lines: string[];
  command?: string;
  privileged: boolean;
}

function removePrompts(lines: string[]): Prompted {
  let command: string | undefined;
  let privileged = false;
  const kept: string[] = [];
  for (const line of lines) {
    if (isSudoPrompt(line)) {
      privileged = true;
      continue;
    }
    const typed = line.length < 500 ? readPrompt(line) : null;
    if (typed === null) kept.push(line);
    else if (command === undefined) {
      command = typed;
      privileged ||= isPrivilegedPrompt(line, typed);
    }
  }
  return command === undefined ? { lines: kept, privileged } : { lines: kept, command, privileged };
}

function parseLines(text: string, hint: ToolId | undefined): ParsedOutput {
  const prompted = removePrompts(splitLines(text));
  const { lines } = prompted;
  if (lines.every((line) => line.trim() === '')) {
    const result = startResult(hint ?? null);
    result.empty = true;
    return withCommand(result, prompted);
  }
  const table = findNonSocketTable(lines);
  if (table !== null) {
    const result = startResult(null);
    addNote(
      result.notes,
      table === 'routes' ? m.vd_note_routing_table() : m.vd_note_interface_table(),
    );
    return result;
  }
  const detected = detectToolInLines(lines);
  const tool = detected ?? hint ?? null;
  if (tool === null) return startResult(null);
  let result = PARSERS[tool](lines, text);
  if (detected === null && result.rows.length === 0 && result.processes.length === 0) {
    result = startResult(null);
  }
  if (hint !== undefined && detected !== null && detected !== hint) {
    addNote(
      result.notes,
      m.vd_note_other_tool({ detected: TOOL_NAMES[detected], expected: TOOL_NAMES[hint] }),
    );
  }
  return withCommand(result, prompted);
}

function withCommand(result: ParsedOutput, { command, privileged }: Prompted): ParsedOutput {
  if (privileged) result.privileged = true;
  if (command === undefined) return result;
  const port = portFromCommand(command);
  if (port !== undefined) result.queryPort ??= port;
  const protocol = protocolFromCommand(command);
  if (protocol !== undefined) result.queryProtocol ??= protocol;
  // The typed command names the cmdlet (Get-NetUDPEndpoint …) that the table itself does not.
  const known = result.queryProtocol;
  if (known !== undefined) {
    for (const row of result.rows) if (row.anyProtocol) settleProtocol(row, known);
  }
  return result;
}

/** Reads pasted command output; garbage gives tool null and no rows, and it never throws. */
export function parseOutput(text: string, hint?: ToolId): ParsedOutput {
  try {
    return parseLines(typeof text === 'string' ? text : '', hint);
  } catch {
    return startResult(null);
  }
}
