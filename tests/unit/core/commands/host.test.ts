import { describe, expect, test } from 'vitest';
import { checkHost } from '../../../../app/core/commands/index.ts';

const notAllowed = (char: string): string =>
  `'${char}' is not allowed in a host: use only letters, digits, dots, hyphens, or an IP address`;

// Each hostile input with the exact message the Host field shows.
const hostile: [label: string, input: string, message: string][] = [
  ['empty', '', 'Enter a host name or IP address'],
  ['space inside', 'my host', "Host names can't contain spaces"],
  ['leading space', ' localhost', "Host names can't contain spaces"],
  ['trailing space', 'localhost ', "Host names can't contain spaces"],
  ['tab', 'local\thost', "Host names can't contain tabs"],
  ['newline', 'localhost\nrm -rf ~', "Host names can't contain line breaks"],
  ['carriage return', 'localhost\r', "Host names can't contain line breaks"],
  ['NUL', 'local\0host', 'Host contains an invisible control character (U+0000)'],
  ['escape', 'a\u001b[31m', 'Host contains an invisible control character (U+001B)'],
  ['semicolon', 'example.com;reboot', notAllowed(';')],
  ['pipe', 'example.com|sh', notAllowed('|')],
  ['ampersand', 'a&&b', notAllowed('&')],
  ['command substitution', '$(id)', notAllowed('$')],
  ['backticks', '`id`', notAllowed('`')],
  ['single quote', "it's", notAllowed("'")],
  ['double quote', 'a"b', notAllowed('"')],
  ['cmd variable', '%COMPUTERNAME%', notAllowed('%')],
  ['PowerShell variable', '$env:USERNAME', notAllowed('$')],
  ['redirect out', 'a>b', notAllowed('>')],
  ['redirect in', 'a<b', notAllowed('<')],
  ['glob', 'host*', notAllowed('*')],
  ['brace', '{a,b}', notAllowed('{')],
  ['backslash', 'a\\b', notAllowed('\\')],
  ['caret (cmd escape)', 'a^b', notAllowed('^')],
  ['underscore', 'my_host', notAllowed('_')],
  [
    'Cyrillic а look-alike',
    'pаypal.com',
    "Host contains a non-ASCII character 'а' (U+0430): type it in plain ASCII, or use the punycode form (xn--…) of an international name",
  ],
  [
    'Greek ο look-alike',
    'gοogle.com',
    "Host contains a non-ASCII character 'ο' (U+03BF): type it in plain ASCII, or use the punycode form (xn--…) of an international name",
  ],
  [
    'fullwidth digits',
    '１２７.0.0.1',
    "Host contains a non-ASCII character '１' (U+FF11): type it in plain ASCII, or use the punycode form (xn--…) of an international name",
  ],
  [
    'fullwidth semicolon',
    'a；b',
    "Host contains a non-ASCII character '；' (U+FF1B): type it in plain ASCII, or use the punycode form (xn--…) of an international name",
  ],
  [
    'no-break space',
    'a\u00a0b',
    'Host contains a non-ASCII space-like character (U+00A0): type it in plain ASCII, or use the punycode form (xn--…) of an international name',
  ],
  [
    'zero-width space',
    'local\u200bhost',
    "Host contains a non-ASCII character '\u200b' (U+200B): type it in plain ASCII, or use the punycode form (xn--…) of an international name",
  ],
  [
    'emoji',
    'a😀',
    "Host contains a non-ASCII character '😀' (U+1F600): type it in plain ASCII, or use the punycode form (xn--…) of an international name",
  ],
  [
    'over-long name',
    `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}`,
    'Host names can be at most 253 characters long',
  ],
  [
    'over-long label',
    `${'a'.repeat(64)}.com`,
    'Each dot-separated part of a host name can be at most 63 characters',
  ],
  ['leading hyphen', '-oProxyCommand=x', notAllowed('=')],
  ['label starts with hyphen', '-rf', "A part of a host name can't start or end with a hyphen"],
  ['label ends with hyphen', 'a-.com', "A part of a host name can't start or end with a hyphen"],
  [
    'double dot',
    'a..b',
    'Host names cannot have empty parts (two dots in a row, or a dot at either end)',
  ],
  ['URL', 'http://example.com', 'Enter only the host, without http:// or a path'],
  ['host with port', 'example.com:8080', "Leave out the ':port' part: this page sets the port"],
  [
    'IPv4 out of range',
    '256.1.1.1',
    'An IPv4 address is four numbers from 0 to 255 separated by dots, like 192.168.1.10',
  ],
  [
    'IPv4 five parts',
    '10.0.0.1.5',
    'An IPv4 address is four numbers from 0 to 255 separated by dots, like 192.168.1.10',
  ],
  ['IPv4 leading zero', '010.0.0.1', 'IPv4 numbers must not have leading zeros'],
  ['IPv6 zone ID', 'fe80::1%eth0', "IPv6 zone IDs (the '%…' part) are not supported"],
  ['IPv6 two ::', '1::2::3', 'This is not a valid IPv6 address'],
  ['IPv6 too many groups', '1:2:3:4:5:6:7:8:9', 'This is not a valid IPv6 address'],
  ['IPv6 group too long', '12345::1', 'This is not a valid IPv6 address'],
  ['IPv6 with letters', 'fe80::g', 'This is not a valid IPv6 address'],
  ['IPv6 with shell code', '::1;id', notAllowed(';')],
  [
    'unbalanced bracket',
    '[::1',
    'Square brackets may only surround a whole IPv6 address, like [::1]',
  ],
];

describe('checkHost refuses hostile input with a message naming the problem', () => {
  test.each(hostile)('%s', (_label, input, message) => {
    expect(checkHost(input)).toEqual({ ok: false, message });
  });
});

const readAs = (address: string): string =>
  `Many tools read this as the IPv4 address ${address}: type that address instead`;
const endsInNumber =
  "The last part of a host name can't be a number (like 123, 0x1f or 1e3): tools read such names as numbers or IP addresses";

// Names that inet_aton (and so ping, curl, nc and browsers' URL parsers) reads as an address, or
// that end in a number the way WHATWG URL's "ends in a number" rule sees one.
const numericLooking: [label: string, input: string, message: string][] = [
  ['one hex number', '0x7f000001', readAs('127.0.0.1')],
  ['uppercase hex', '0X7F000001', readAs('127.0.0.1')],
  ['hex and decimal parts', '0x7f.1', readAs('127.0.0.1')],
  ['hex in every part', '0xc0.0xa8.0x1.0x1', readAs('192.168.1.1')],
  ['octal and hex mixed', '0x7f.0.1', readAs('127.0.0.1')],
  ['a bare 0x', '0x', readAs('0.0.0.0')],
  ['one decimal number', '2130706433', readAs('127.0.0.1')],
  ['two decimal parts', '127.1', readAs('127.0.0.1')],
  ['three decimal parts', '10.0.1', readAs('10.0.0.1')],
  ['an exponent', '1e3', endsInNumber],
  ['an exponent after a name', 'example.1e3', endsInNumber],
  ['a decimal last part', 'example.123', endsInNumber],
  ['a hex last part', 'printer.0x10', endsInNumber],
  ['a hex number too big for an address', '0x100000000', endsInNumber],
  ['hex with a part out of range', '0x100.1', endsInNumber],
];

describe('checkHost refuses names that read as a number or an IPv4 address', () => {
  test.each(numericLooking)('%s', (_label, input, message) => {
    expect(checkHost(input)).toEqual({ ok: false, message });
  });
});

const valid: [input: string, host: string, kind: 'ipv4' | 'ipv6' | 'name'][] = [
  ['localhost', 'localhost', 'name'],
  ['example.com', 'example.com', 'name'],
  ['my-host-01.internal', 'my-host-01.internal', 'name'],
  ['xn--bcher-kva.example', 'xn--bcher-kva.example', 'name'],
  ['1kb', '1kb', 'name'],
  ['3com.example', '3com.example', 'name'],
  ['deadbeef', 'deadbeef', 'name'],
  ['host.123.example', 'host.123.example', 'name'],
  ['0x10.example', '0x10.example', 'name'],
  [`${'a'.repeat(63)}.example`, `${'a'.repeat(63)}.example`, 'name'],
  ['127.0.0.1', '127.0.0.1', 'ipv4'],
  ['0.0.0.0', '0.0.0.0', 'ipv4'],
  ['255.255.255.255', '255.255.255.255', 'ipv4'],
  ['::1', '::1', 'ipv6'],
  ['::', '::', 'ipv6'],
  ['[::1]', '::1', 'ipv6'],
  ['fe80::1', 'fe80::1', 'ipv6'],
  ['2001:db8::8a2e:370:7334', '2001:db8::8a2e:370:7334', 'ipv6'],
  ['2001:0db8:0000:0000:0000:ff00:0042:8329', '2001:0db8:0000:0000:0000:ff00:0042:8329', 'ipv6'],
  ['::ffff:192.0.2.128', '::ffff:192.0.2.128', 'ipv6'],
  ['[2001:DB8::1]', '2001:DB8::1', 'ipv6'],
];

describe('checkHost accepts host names and IP addresses', () => {
  test.each(valid)('%s', (input, host, kind) => {
    expect(checkHost(input)).toEqual({ ok: true, host, kind });
  });
});
