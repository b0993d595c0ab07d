import { describe, expect, it } from 'vitest';
import { formatCheck, NAMED_FORMATS, splitList } from '../../src/property-string/named-formats.js';

// given -> want, from the validators pve-common registers with register_format.
const accepted: [string, string][] = [
  ['mac-addr', 'BC:24:11:00:00:01'],
  ['mac-addr', 'bc:24:11:aa:ff:01'],
  ['mac-addr', 'BC:24:11:00:00:01\n'],
  ['ipv4', '10.0.0.5'],
  ['ipv4', '255.255.255.255'],
  ['ipv6', '::'],
  ['ipv6', '::1'],
  ['ipv6', 'fe80::1'],
  ['ipv6', '1:2:3:4:5:6:7:8'],
  ['ipv6', '::ffff:192.0.2.1'],
  ['ip', '2001:db8::'],
  ['ip', '192.0.2.1'],
  ['CIDR', '10.0.0.0/8'],
  ['CIDR', 'fd00::/64'],
  ['CIDRv4', '0.0.0.0/32'],
  ['CIDRv6', '::/128'],
  ['pve-ipv4-config', 'dhcp'],
  ['pve-ipv4-config', '192.0.2.10/24'],
  ['pve-ipv6-config', 'auto'],
  ['pve-ipv6-config', 'fd00::10/64'],
  ['ipv4mask', '255.255.255.0'],
  ['ipv4mask', '0.0.0.0'],
  ['dns-name', 'pve1.example.com'],
  ['address', 'pve1'],
  ['address', '10.0.0.5'],
  ['pve-iface', 'eth0'],
  ['pve-iface', 'vmbr0.100'],
  ['pve-iface', 'bond0:1'],
  ['pve-bridge-id', 'vmbr0'],
  // Perl's \w on character strings takes letters of every script.
  ['pve-bridge-id', 'brücke'],
  ['pve-configid', 'net0'],
  ['pve-configid', 'My-Dir_1'],
  ['pve-storage-id', 'local-lvm'],
  ['pve-vmid', '100'],
  ['pve-node', 'pve-1'],
  ['urlencoded', 'a%20b'],
  ['disk-size', '32G'],
  ['disk-size', '1.5'],
  ['email', 'root@example.com'],
  ['email-or-username', 'root'],
  ['string', 'anything, at all'],
];

const refused: [string, string, string][] = [
  ['mac-addr', '01:24:11:00:00:01', 'value does not look like a valid unicast MAC address'],
  ['mac-addr', 'BC-24-11-00-00-01', 'value does not look like a valid unicast MAC address'],
  ['ipv4', '256.0.0.1', 'value does not look like a valid IPv4 address'],
  ['ipv4', '01.2.3.4', 'value does not look like a valid IPv4 address'],
  ['ipv6', '1:2:3:4:5:6:7:8:9', 'value does not look like a valid IPv6 address'],
  ['ipv6', '1::2::3', 'value does not look like a valid IPv6 address'],
  ['ip', 'pve1', 'value does not look like a valid IP address'],
  ['CIDR', '10.0.0.0', 'value does not look like a valid CIDR network'],
  ['CIDR', '10.0.0.0/7', 'value does not look like a valid CIDR network'],
  ['CIDRv4', '10.0.0.0/33', 'value does not look like a valid IPv4 CIDR network'],
  ['CIDRv6', 'fd00::/129', 'value does not look like a valid IPv6 CIDR network'],
  // `$1 > 7` reads the prefix as a Perl number, and Perl reads only ASCII digits.
  ['CIDRv4', '10.0.0.0/٢٤', 'value does not look like a valid IPv4 CIDR network'],
  ['pve-ipv4-config', 'auto', 'value does not look like a valid ipv4 network configuration'],
  ['pve-ipv6-config', 'static', 'value does not look like a valid ipv6 network configuration'],
  ['ipv4mask', '255.0.255.0', 'value does not look like a valid IP netmask'],
  ['dns-name', '-pve', 'value does not look like a valid DNS name'],
  ['address', 'a b', 'value does not look like a valid address: a b'],
  ['pve-iface', 'e', "invalid network interface name 'e'"],
  ['pve-iface', 'eth 0', "invalid network interface name 'eth 0'"],
  ['pve-bridge-id', 'vmbr 0', "invalid bridge ID 'vmbr 0'"],
  ['pve-configid', '0net', "invalid configuration ID '0net'"],
  ['pve-storage-id', 'local-', "storage ID 'local-' contains illegal characters"],
  ['pve-vmid', '99', 'value does not look like a valid VM ID'],
  ['pve-node', 'pve_1', 'value does not look like a valid node name'],
  ['urlencoded', 'a b', 'invalid urlencoded string: a b'],
  ['disk-size', '32g', 'value does not look like a valid disk size: 32g'],
  ['email', 'root', 'value does not look like a valid email address'],
];

describe('named formats', () => {
  it.each(accepted)('%s accepts %j', (name, value) => {
    expect(NAMED_FORMATS[name]!(value)).toBeUndefined();
  });

  it.each(refused)('%s refuses %j', (name, value, reason) => {
    expect(NAMED_FORMATS[name]!(value)).toBe(reason);
  });

  it('accepts what is false to Perl unchecked for <name>-opt', () => {
    const check = formatCheck('pve-configid-opt')!;
    expect(check('')).toBeUndefined();
    expect(check('0')).toBeUndefined();
    expect(check('1x')).toBe("invalid configuration ID '1x'");
  });

  it('checks every item for <name>-list and reports the first bad one', () => {
    const check = formatCheck('pve-vmid-list')!;
    expect(check('100;101 102')).toBeUndefined();
    expect(check('100;1;2')).toBe('value does not look like a valid VM ID');
  });

  it('knows nothing of formats outside pve-common unless given a check', () => {
    expect(formatCheck('pve-volume-id')).toBeUndefined();
    const own = () => 'mine';
    expect(formatCheck('pve-volume-id', { 'pve-volume-id': own })).toBe(own);
    expect(formatCheck('constructor')).toBeUndefined();
  });
});

describe('splitList', () => {
  it.each<[string, string[]]>([
    ['a,b;c d', ['a', 'b', 'c', 'd']],
    ['  a  ', ['a']],
    ['', []],
    ['a\0b c', ['a', 'b c']],
  ])('%j -> %j', (given, want) => {
    expect(splitList(given)).toEqual(want);
  });
});
