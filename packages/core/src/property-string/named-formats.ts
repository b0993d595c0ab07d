import { IPV4_RE, IPV6_RE } from './ip.js';
import { isPerlTrue, PERL_DIGIT, PERL_SPACE, PERL_WORD, perlAnchored, perlNumber } from './perl.js';

/**
 * A check of a named `format`: the reason the value is refused, worded as
 * pve-common's validator dies, or undefined when the value is accepted.
 */
export type FormatCheck = (value: string) => string | undefined;

const MAC_ADDR = perlAnchored('[a-f0-9][02468ace](?::[a-f0-9]{2}){5}', 'i');
const IPV4 = perlAnchored(IPV4_RE);
const IPV6 = perlAnchored(IPV6_RE);
const IP = perlAnchored(`(?:${IPV4_RE})|(?:${IPV6_RE})`);
const CIDRV4 = perlAnchored(`(?:${IPV4_RE})(?:/(${PERL_DIGIT}+))`);
const CIDRV6 = perlAnchored(`(?:${IPV6_RE})(?:/(${PERL_DIGIT}+))`);
const DNS_LABEL = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)';
const DNS_NAME = perlAnchored(`(?:${DNS_LABEL}\\.)*${DNS_LABEL}`);
const EMAIL_USER = `[${PERL_WORD}+\\-~]+(?:\\.[${PERL_WORD}+\\-~]+)*`;
const EMAIL = perlAnchored(`${EMAIL_USER}@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*`);
const EMAIL_USER_ONLY = perlAnchored(EMAIL_USER);

/** `$ipv4_mask_hash`: the dotted masks of /0 to /32, looked up as exact strings. */
const IPV4_MASKS = new Set(
  Array.from({ length: 33 }, (_, bits) => {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return [24, 16, 8, 0].map((shift) => (mask >>> shift) & 0xff).join('.');
  }),
);

/** `m!^(?:$IP)(?:/(\d+))$! && ($1 > min) && ($1 <= max)`, `$1` read as a Perl number. */
function cidr(re: RegExp, max: number, value: string): boolean {
  const match = re.exec(value);
  if (!match) return false;
  const bits = perlNumber(match[1]!);
  return bits > 7 && bits <= max;
}

function regexCheck(re: RegExp, message: (value: string) => string): FormatCheck {
  return (value) => (re.test(value) ? undefined : message(value));
}

const isIp = (value: string) => IP.test(value);
const isCidrV4 = (value: string) => cidr(CIDRV4, 32, value);
const isCidrV6 = (value: string) => cidr(CIDRV6, 128, value);

/**
 * The named formats of pve-common's `PVE::JSONSchema` (9.x) that property
 * string keys use, each as its `register_format` validator checks. Formats
 * registered by other Proxmox packages (`pve-volume-id` in pve-storage,
 * `pve-lxc-mp-string` in pve-container, the `pve-acme-*` of pve-manager) are
 * not here: their validators read storage configuration or live state.
 */
export const NAMED_FORMATS: Readonly<Record<string, FormatCheck>> = {
  // Registered as `sub {}` so that `string-list` is a format; `regex` is never checked.
  string: () => undefined,
  regex: () => undefined,
  urlencoded: regexCheck(
    perlAnchored("[-%a-zA-Z0-9_.!~*'()]*"),
    (v) => `invalid urlencoded string: ${v}`,
  ),
  'pve-configid': regexCheck(
    perlAnchored('(?:[a-z][a-z0-9_-]+)', 'i'),
    (v) => `invalid configuration ID '${v}'`,
  ),
  'pve-storage-id': regexCheck(
    perlAnchored('[a-z][a-z0-9\\-_.]*[a-z0-9]', 'i'),
    (v) => `storage ID '${v}' contains illegal characters`,
  ),
  'pve-bridge-id': regexCheck(
    perlAnchored(`[-_.${PERL_WORD}${PERL_DIGIT}]+`),
    (v) => `invalid bridge ID '${v}'`,
  ),
  'pve-vmid': regexCheck(
    perlAnchored('[1-9][0-9]{2,8}'),
    () => 'value does not look like a valid VM ID',
  ),
  'pve-node': regexCheck(
    perlAnchored('(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)'),
    () => 'value does not look like a valid node name',
  ),
  'mac-addr': regexCheck(MAC_ADDR, () => 'value does not look like a valid unicast MAC address'),
  ipv4: regexCheck(IPV4, () => 'value does not look like a valid IPv4 address'),
  ipv6: regexCheck(IPV6, () => 'value does not look like a valid IPv6 address'),
  ip: regexCheck(IP, () => 'value does not look like a valid IP address'),
  ipv4mask: (v) => (IPV4_MASKS.has(v) ? undefined : 'value does not look like a valid IP netmask'),
  CIDRv4: (v) => (isCidrV4(v) ? undefined : 'value does not look like a valid IPv4 CIDR network'),
  CIDRv6: (v) => (isCidrV6(v) ? undefined : 'value does not look like a valid IPv6 CIDR network'),
  CIDR: (v) =>
    isCidrV4(v) || isCidrV6(v) ? undefined : 'value does not look like a valid CIDR network',
  'pve-ipv4-config': (v) =>
    /^(?:dhcp|manual)\n?$/.test(v) || isCidrV4(v)
      ? undefined
      : 'value does not look like a valid ipv4 network configuration',
  'pve-ipv6-config': (v) =>
    /^(?:auto|dhcp|manual)\n?$/.test(v) || isCidrV6(v)
      ? undefined
      : 'value does not look like a valid ipv6 network configuration',
  email: regexCheck(EMAIL, () => 'value does not look like a valid email address'),
  'email-or-username': (v) =>
    EMAIL.test(v) || EMAIL_USER_ONLY.test(v)
      ? undefined
      : 'value does not look like a valid email address or user name',
  'dns-name': regexCheck(DNS_NAME, () => 'value does not look like a valid DNS name'),
  address: (v) =>
    isIp(v) || DNS_NAME.test(v) ? undefined : `value does not look like a valid address: ${v}`,
  'pve-iface': regexCheck(
    perlAnchored(`[a-z][a-z0-9_]{1,20}(?:[:.]${PERL_DIGIT}+)?`, 'i'),
    (v) => `invalid network interface name '${v}'`,
  ),
  'disk-size': regexCheck(
    perlAnchored(`${PERL_DIGIT}+(?:\\.${PERL_DIGIT}+)?[KMGT]?`),
    (v) => `value does not look like a valid disk size: ${v}`,
  ),
};

/**
 * The check of format `name` as `PVE::JSONSchema::check_format` resolves it:
 * `<name>-list` checks every item of a list (`split_list`: commas, semicolons
 * or white space separate items, or NUL bytes when there are any), `<name>-opt`
 * accepts '' and '0' unchecked. Undefined when the format is not known here.
 */
export function formatCheck(
  name: string,
  extra: Readonly<Record<string, FormatCheck>> = {},
): FormatCheck | undefined {
  const own = (key: string) =>
    Object.hasOwn(extra, key)
      ? extra[key]
      : Object.hasOwn(NAMED_FORMATS, key)
        ? NAMED_FORMATS[key]
        : undefined;
  const match = /^(.*?)(?:-(list|opt))?$/s.exec(name)!;
  const base = own(match[1]!);
  if (base === undefined) return undefined;
  if (match[2] === 'opt') return (value) => (isPerlTrue(value) ? base(value) : undefined);
  if (match[2] === 'list') {
    return (value) => {
      for (const item of splitList(value)) {
        const reason = base(item);
        if (reason !== undefined) return reason;
      }
      return undefined;
    };
  }
  return base;
}

const LEADING_SPACE = new RegExp(`^${PERL_SPACE}+`, 'u');
const SPACES = new RegExp(`${PERL_SPACE}+`, 'u');

/** `PVE::ParseUtils::split_list`; Perl's `split` drops trailing empty fields. */
export function splitList(text: string): string[] {
  const items = text.includes('\0')
    ? text.split('\0')
    : text.replace(/[,;]/g, ' ').replace(LEADING_SPACE, '').split(SPACES);
  while (items.length > 0 && items[items.length - 1] === '') items.pop();
  return items;
}
