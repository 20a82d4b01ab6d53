/**
 * What a security group rule or network ACL entry opens, as AWS and the provider write it: one
 * protocol has several spellings (`-1` and `all`; `6` and `tcp`), and 0.0.0.0/0 or ::/0 is the
 * whole internet. Severity judges rules by it; the diff renderer words them with it.
 */

/** The whole internet, in IPv4 and IPv6. */
export const OPEN_CIDRS: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0'])

/** Remote administration and database ports: open to the world, each is an incident. */
const ADMIN_PORTS = [
  22, 23, 2375, 2376, 3389, 5985, 5986, 1433, 1521, 3306, 5432, 5439, 6379, 9042, 9200, 9300, 11211,
  27017, 27018
]

/** What a rule of every protocol (`-1`, `all`) opens, in words. */
export const ALL_TRAFFIC = 'all traffic'

const PROTOCOL_NUMBERS: Record<string, string> = {
  '1': 'icmp',
  '6': 'tcp',
  '17': 'udp',
  '58': 'icmpv6'
}

/** `-1` or `all`: every protocol, every port. */
export function isAllTraffic(protocol: unknown): boolean {
  const text = String(protocol).toLowerCase()
  return text === '-1' || text === 'all'
}

/** AWS takes `-1`, names and IANA numbers alike: one word for each protocol. */
export function protocolName(protocol: unknown): string {
  if (isAllTraffic(protocol)) return ALL_TRAFFIC
  const text = String(protocol).toLowerCase()
  return PROTOCOL_NUMBERS[text] ?? (/^\d+$/.test(text) ? `protocol ${text}` : text)
}

/** Whether ports `from` to `to` (inclusive) take in an administration or database port. */
export function reachesAdminPort(from: number, to: number): boolean {
  return ADMIN_PORTS.some(port => port >= from && port <= to)
}
