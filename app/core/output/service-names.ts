/**
 * Port numbers of the service names that ss, netstat and lsof print when run without -n.
 * Names follow the usual /etc/services spelling (IANA service names plus Debian's additions).
 */
const SERVICE_PORTS: Readonly<Record<string, number>> = {
  ftp: 21,
  ssh: 22,
  telnet: 23,
  smtp: 25,
  domain: 53,
  bootps: 67,
  bootpc: 68,
  tftp: 69,
  http: 80,
  www: 80,
  kerberos: 88,
  pop3: 110,
  sunrpc: 111,
  epmap: 135,
  'netbios-ns': 137,
  'netbios-dgm': 138,
  'netbios-ssn': 139,
  imap: 143,
  imap2: 143,
  snmp: 161,
  ldap: 389,
  https: 443,
  'microsoft-ds': 445,
  syslog: 514,
  submission: 587,
  ipp: 631,
  ldaps: 636,
  rsync: 873,
  imaps: 993,
  pop3s: 995,
  openvpn: 1194,
  'ms-sql-s': 1433,
  mysql: 3306,
  'ms-wbt-server': 3389,
  postgresql: 5432,
  mdns: 5353,
  amqp: 5672,
  x11: 6000,
  redis: 6379,
  'http-alt': 8080,
  webcache: 8080,
  'http-proxy': 8080,
};

/** Port of a service name as printed without -n, or undefined when the name is not known here. */
export function portOfService(name: string): number | undefined {
  return Object.hasOwn(SERVICE_PORTS, name) ? SERVICE_PORTS[name] : undefined;
}
