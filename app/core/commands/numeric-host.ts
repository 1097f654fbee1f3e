// inet_aton (and WHATWG URL's IPv4 parser, which copies it) reads far more than dotted quads as
// an IPv4 address: one to four parts, each decimal, octal (a leading 0) or hex (0x), the last
// part filling every byte left. So ping, curl, nc and browsers all take `0x7f.1` or `2130706433`
// for 127.0.0.1, while a reader of the command sees a name.

/** Largest value of the last part when the address has 1, 2, 3 or 4 parts. */
const lastPartMax = [0xffff_ffff, 0xff_ffff, 0xffff, 0xff] as const;

/** One inet_aton part as a number, or undefined when inet_aton would refuse it. */
function readPart(part: string): number | undefined {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]*$/.test(part)) return parseInt(part, 8);
  if (/^[1-9][0-9]*$/.test(part)) return Number(part);
  return undefined;
}

/**
 * The dotted-quad IPv4 address that inet_aton reads `input` as (`0x7f.1` → `127.0.0.1`), or
 * undefined when it is not an address in any of inet_aton's forms.
 */
export function inetAtonAddress(input: string): string | undefined {
  const parts = input.split('.');
  if (parts.length > 4) return undefined;
  const values = parts.map(readPart);
  const last = values.at(-1);
  const leading = values.slice(0, -1);
  if (last === undefined || leading.some((value) => value === undefined || value > 0xff)) {
    return undefined;
  }
  if (last > (lastPartMax[parts.length - 1] ?? 0)) return undefined;
  const bytes = [...(leading as number[])];
  for (let index = 4 - parts.length; index >= 0; index -= 1) {
    bytes.push(Math.floor(last / 256 ** index) % 256);
  }
  return bytes.join('.');
}

/**
 * Whether a host's last label reads as a number: decimal digits or `0x` hex (WHATWG URL's "ends
 * in a number" rule, under which a browser parses the host as IPv4), or exponent notation such as
 * `1e3`, which PowerShell, JavaScript and most config formats read as 1000.
 */
export function endsInNumber(host: string): boolean {
  const last = host.slice(host.lastIndexOf('.') + 1);
  return /^(?:[0-9]+|0x[0-9a-f]*|[0-9]+e[0-9]+)$/i.test(last);
}
