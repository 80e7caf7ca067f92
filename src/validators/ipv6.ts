/** One dotted-quad IPv4 address (octets 0-255, no leading zeros). */
const IPV4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$/;
const GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** Number of 16-bit groups in a colon-separated list, or -1 when one is malformed. */
function countGroups(part: string, allowIpv4Tail: boolean): number {
  if (part === '') return 0;
  const groups = part.split(':');
  let n = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] ?? '';
    if (allowIpv4Tail && i === groups.length - 1 && g.includes('.')) {
      if (!IPV4.test(g)) return -1;
      n += 2;
    } else if (GROUP.test(g)) n += 1;
    else return -1;
  }
  return n;
}

/**
 * IPv6 address in RFC 4291 §2.2 text form: 8 groups, or fewer around one `::`, optionally ending in
 * a dotted IPv4 address and followed by a `%zone` (RFC 4007). A plausibility rule on top: the address
 * must contain a decimal digit, so identifiers such as `dead::beef` or `a::b` in code are rejected.
 */
export function isIpv6Valid(text: string): boolean {
  if (typeof text !== 'string') return false;
  const zone = text.indexOf('%');
  const addr = zone < 0 ? text : text.slice(0, zone);
  if (zone >= 0 && !/^%[0-9A-Za-z_.~-]{1,32}$/.test(text.slice(zone))) return false;
  if (!/[0-9]/.test(addr)) return false;
  const halves = addr.split('::');
  if (halves.length > 2) return false;
  if (halves.length === 1) return countGroups(addr, true) === 8;
  const head = countGroups(halves[0] ?? '', false);
  const tail = countGroups(halves[1] ?? '', true);
  return head >= 0 && tail >= 0 && head + tail <= 7;
}
