/** Reads nmap's XML output (`-oX`) with a small tag scanner: core code has no DOMParser. */
import { remoteRow, settleQueryPort } from './remote.ts';
import { finishProcesses, startResult } from './result.ts';
import { toPort } from './text.ts';
import type { ParsedOutput } from './types.ts';

/** Reads the `name="value"` attributes of one tag's text. */
export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let at = 0;
  for (;;) {
    const equals = tag.indexOf('="', at);
    if (equals < 0) break;
    const close = tag.indexOf('"', equals + 2);
    if (close < 0) break;
    const nameStart = tag.lastIndexOf(' ', equals) + 1;
    attributes.set(tag.slice(nameStart, equals), decodeEntities(tag.slice(equals + 2, close)));
    at = close + 1;
  }
  return attributes;
}

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** Parses nmap -oX output: every `<port>` with its `<state>`, under its host's address. */
export function parseNmapXml(text: string): ParsedOutput {
  const result = startResult('nmap-xml');
  let address: string | undefined;
  let port: { number: number; protocol: 'tcp' | 'udp' } | null = null;
  let at = text.indexOf('<');
  while (at >= 0) {
    const end = text.indexOf('>', at);
    if (end < 0) break;
    const tag = text.slice(at + 1, end);
    const space = tag.indexOf(' ');
    const name = space < 0 ? tag : tag.slice(0, space);
    if (name === 'host') address = undefined;
    else if (name === 'address' || name === 'hostname') {
      const attributes = readAttributes(tag);
      if (name === 'address' && attributes.get('addrtype') !== 'mac') {
        address ??= attributes.get('addr');
      }
      if (name === 'hostname') result.host ??= attributes.get('name');
    } else if (name === 'port') {
      const attributes = readAttributes(tag);
      const number = toPort(attributes.get('portid'));
      const protocol = attributes.get('protocol');
      port =
        number !== undefined && (protocol === 'tcp' || protocol === 'udp')
          ? { number, protocol }
          : null;
    } else if (name === 'state' && port !== null) {
      const state = readAttributes(tag).get('state');
      if (state) result.rows.push(remoteRow(port.protocol, port.number, state, address));
      port = null;
    }
    at = text.indexOf('<', end);
  }
  if (result.host === undefined && address !== undefined) result.host = address;
  return finishProcesses(settleQueryPort(result), false);
}
