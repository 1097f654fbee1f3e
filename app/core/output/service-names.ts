/**
 * Port numbers of the service names that ss, netstat and lsof print when run without -n.
 * Names follow the usual /etc/services spelling (IANA service names plus Debian's additions).
 * Only names that stand for one port both in IANA's registry and in /etc/services are here: a name
 * the registry gives to several ports (http-alt is 591, 8008 and 8080; x11 is 6000–6063) leaves the
 * port unknown rather than guessed, and so does a name no services file defines (nmap's http-proxy).
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
  redis: 6379,
  // Debian's alias of http-alt for 8080/tcp only; the registry has no webcache.
  webcache: 8080,
};

/** Port of a service name as printed without -n, or undefined when the name is not known here. */
export function portOfService(name: string): number | undefined {
  return Object.hasOwn(SERVICE_PORTS, name) ? SERVICE_PORTS[name] : undefined;
}
