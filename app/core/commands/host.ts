import { endsInNumber, inetAtonAddress } from './numeric-host.ts';
import type { HostCheck } from './types.ts';

const allowedHint = 'use only letters, digits, dots, hyphens, or an IP address';

function codePointLabel(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function refuse(message: string): HostCheck {
  return { ok: false, message };
}

// Whitespace, control and non-ASCII characters get their own messages, because they are the
// ones a user cannot see: a pasted tab, a trailing newline, a Cyrillic 'а' posing as Latin 'a'.
function checkInvisible(input: string): HostCheck | null {
  for (const char of input) {
    if (char === ' ') return refuse("Host names can't contain spaces");
    if (char === '\t') return refuse("Host names can't contain tabs");
    if (char === '\n' || char === '\r') return refuse("Host names can't contain line breaks");
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) {
      return refuse(`Host contains an invisible control character (${codePointLabel(char)})`);
    }
    if (code > 0x7e) {
      const shown = /\s/u.test(char) ? 'space-like character' : `character '${char}'`;
      return refuse(
        `Host contains a non-ASCII ${shown} (${codePointLabel(char)}): type it in plain ` +
          'ASCII, or use the punycode form (xn--…) of an international name',
      );
    }
  }
  return null;
}

function checkIpv4(input: string): HostCheck {
  const parts = input.split('.');
  const valid =
    parts.length === 4 &&
    parts.every((part) => /^(0|[1-9][0-9]{0,2})$/.test(part) && Number(part) <= 255);
  if (valid) return { ok: true, host: input, kind: 'ipv4' };
  if (parts.some((part) => /^0[0-9]/.test(part))) {
    // Some tools read a leading zero as octal (010 is 8), so the address would be ambiguous.
    return refuse('IPv4 numbers must not have leading zeros');
  }
  return (
    refuseAddressForm(input) ??
    refuse('An IPv4 address is four numbers from 0 to 255 separated by dots, like 192.168.1.10')
  );
}

// inet_aton reads `2130706433`, `0x7f.1` and other forms as an address, so a command given one
// goes somewhere the text does not say.
function refuseAddressForm(input: string): HostCheck | null {
  const address = inetAtonAddress(input);
  if (address === undefined) return null;
  return refuse(`Many tools read this as the IPv4 address ${address}: type that address instead`);
}

// Browsers parse a host that ends in a number as IPv4 (and fail), and PowerShell reads `1e3` as
// 1000, so such a name is no host name a command should carry.
function refuseNumericName(input: string): HostCheck | null {
  const form = refuseAddressForm(input);
  if (form || !endsInNumber(input)) return form;
  return refuse(
    "The last part of a host name can't be a number (like 123, 0x1f or 1e3): tools read " +
      'such names as numbers or IP addresses',
  );
}

function countIpv6Groups(part: string): number | null {
  if (part === '') return 0;
  const groups = part.split(':');
  let count = 0;
  for (const [index, group] of groups.entries()) {
    const isLast = index === groups.length - 1;
    if (isLast && group.includes('.')) {
      if (!checkIpv4(group).ok) return null;
      count += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(group)) {
      count += 1;
    } else {
      return null;
    }
  }
  return count;
}

function checkIpv6(input: string): HostCheck {
  const bracketed = input.startsWith('[') && input.endsWith(']');
  const address = bracketed ? input.slice(1, -1) : input;
  if (address.includes('%')) return refuse("IPv6 zone IDs (the '%…' part) are not supported");
  if (/[[\]]/.test(address)) {
    return refuse('Square brackets may only surround a whole IPv6 address, like [::1]');
  }
  const invalid = refuse('This is not a valid IPv6 address');
  const bad = /[^0-9A-Fa-f:.]/.exec(address);
  if (bad)
    return /[A-Za-z]/.test(bad[0])
      ? invalid
      : refuse(`'${bad[0]}' is not allowed in a host: ${allowedHint}`);
  const halves = address.split('::');
  if (halves.length > 2) return invalid;
  const [head = '', tail = ''] = halves;
  const headCount = countIpv6Groups(head);
  const tailCount = halves.length === 2 ? countIpv6Groups(tail) : 0;
  if (headCount === null || tailCount === null) return invalid;
  if (head.includes('.') && halves.length === 2) return invalid;
  const total = headCount + tailCount;
  const fits = halves.length === 2 ? total <= 7 : total === 8;
  return fits ? { ok: true, host: address, kind: 'ipv6' } : invalid;
}

function checkName(input: string): HostCheck {
  const bad = /[^A-Za-z0-9.-]/.exec(input);
  if (bad) return refuse(`'${bad[0]}' is not allowed in a host: ${allowedHint}`);
  if (input.length > 253) return refuse('Host names can be at most 253 characters long');
  for (const label of input.split('.')) {
    if (label === '')
      return refuse(
        'Host names cannot have empty parts (two dots in a row, or a dot at either end)',
      );
    if (label.length > 63)
      return refuse('Each dot-separated part of a host name can be at most 63 characters');
    if (label.startsWith('-') || label.endsWith('-')) {
      return refuse("A part of a host name can't start or end with a hyphen");
    }
  }
  return refuseNumericName(input) ?? { ok: true, host: input, kind: 'name' };
}

/**
 * Accepts an IPv4 address, an IPv6 address (bare or in brackets, no zone ID) or an RFC 1123
 * host name, and refuses everything else with a message naming the problem. Nothing is trimmed:
 * a stray space is reported rather than silently fixed.
 */
export function checkHost(input: string): HostCheck {
  if (input === '') return refuse('Enter a host name or IP address');
  const invisible = checkInvisible(input);
  if (invisible) return invisible;
  if (input.includes('/')) return refuse('Enter only the host, without http:// or a path');
  if (/^[A-Za-z0-9.-]+:[0-9]+$/.test(input)) {
    return refuse("Leave out the ':port' part: this page sets the port");
  }
  if (input.includes(':') || input.startsWith('[')) return checkIpv6(input);
  if (/^[0-9.]+$/.test(input)) return checkIpv4(input);
  return checkName(input);
}
