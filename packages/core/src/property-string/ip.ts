/**
 * `$IPV4RE` and `$IPV6RE` of pve-common (`PVE::ParseUtils`, formerly
 * `PVE::Tools`), spelled as ECMAScript regex source. Both use ASCII classes
 * only, so they mean the same in either dialect.
 */
const IPV4_OCTET = '(?:25[0-5]|(?:2[0-4]|1[0-9]|[1-9])?[0-9])';
export const IPV4_RE = `(?:(?:${IPV4_OCTET}\\.){3}${IPV4_OCTET})`;

const H16 = '(?:[0-9a-fA-F]{1,4})';
const LS32 = `(?:(?:${IPV4_RE}|${H16}:${H16}))`;

// RFC 4291 2.2's nine shapes, one alternative each, in pve-common's order.
export const IPV6_RE = `(?:${[
  `(?:(?:(?:${H16}:){6})${LS32})`,
  `(?:(?:::(?:${H16}:){5})${LS32})`,
  `(?:(?:(?:${H16})?::(?:${H16}:){4})${LS32})`,
  `(?:(?:(?:(?:${H16}:){0,1}${H16})?::(?:${H16}:){3})${LS32})`,
  `(?:(?:(?:(?:${H16}:){0,2}${H16})?::(?:${H16}:){2})${LS32})`,
  `(?:(?:(?:(?:${H16}:){0,3}${H16})?::(?:${H16}:){1})${LS32})`,
  `(?:(?:(?:(?:${H16}:){0,4}${H16})?::)${LS32})`,
  `(?:(?:(?:(?:${H16}:){0,5}${H16})?::)${H16})`,
  `(?:(?:(?:(?:${H16}:){0,6}${H16})?::))`,
].join('|')})`;
