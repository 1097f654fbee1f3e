/**
 * Facts checked by hand against their sources (not against our own data), one row each: what the
 * fact is, how to read it from the knowledge base, the expected value, and the source it was
 * checked against. IANA facts were checked in the registry copy in ../shared/data/iana/.
 */
import { describe, expect, test } from 'vitest';
import { createKnowledge } from '../../../helpers/knowledge.ts';
import { ephemeralRangeOf } from '../../../../app/core/ports/ephemeral.ts';
import type { Knowledge } from '../../../../app/core/ports/knowledge.ts';
import type { Transport } from '../../../../app/core/ports/types.ts';

const { knowledge } = createKnowledge();

const IANA =
  'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml';
const RFC6335 = 'https://www.rfc-editor.org/rfc/rfc6335#section-6';
const FETCH = 'https://fetch.spec.whatwg.org/#port-blocking';
const K8S = 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/';
const CISA_AMP =
  'https://www.cisa.gov/news-events/alerts/2014/01/17/udp-based-amplification-attacks';
const PROM_PORTS = 'https://github.com/prometheus/prometheus/wiki/Default-port-allocations';
const RABBIT = 'https://www.rabbitmq.com/docs/networking#ports';

interface Fact {
  fact: string;
  read: (k: Knowledge) => unknown;
  expected: unknown;
  source: string;
}

const names = (port: number, t: Transport) => (k: Knowledge) =>
  k.ianaOf(port).find((a) => a.transport === t)?.names ?? null;
const refs = (port: number, t: Transport) => (k: Knowledge) =>
  k.ianaOf(port).find((a) => a.transport === t)?.references ?? null;
const range = (from: number, to: number, transport: Transport | '') => (k: Knowledge) =>
  k.ranges.find((r) => r.from === from && r.to === to && r.transport === transport)?.service ??
  null;
const eph = (os: string) => () => {
  const r = ephemeralRangeOf(os);
  return r ? [r.from, r.to] : null;
};
const use = (port: number, pattern: RegExp) => (k: Knowledge) =>
  k.lookup(port).unofficial.find((u) => pattern.test(u.name))?.confidence ?? null;
const note = (port: number, t: Transport, pattern: RegExp) => (k: Knowledge) =>
  k.lookup(port).security.some((s) => s.protocols.includes(t) && pattern.test(s.title));
const cls = (port: number) => (k: Knowledge) => k.lookup(port).rangeClass;
const blocked = (port: number) => (k: Knowledge) => k.lookup(port).browserBlocked;

const facts: Fact[] = [
  // IANA registry (names, transports and RFC references as the registry lists them)
  {
    fact: '80/tcp names',
    read: names(80, 'tcp'),
    expected: ['http', 'www', 'www-http'],
    source: IANA,
  },
  { fact: '80/tcp references', read: refs(80, 'tcp'), expected: ['RFC9110'], source: IANA },
  { fact: '443/tcp names', read: names(443, 'tcp'), expected: ['https'], source: IANA },
  { fact: '443/tcp references', read: refs(443, 'tcp'), expected: ['RFC9110'], source: IANA },
  { fact: '443/udp names (HTTP/3)', read: names(443, 'udp'), expected: ['https'], source: IANA },
  { fact: '22/tcp is SSH', read: names(22, 'tcp'), expected: ['ssh'], source: IANA },
  { fact: '22/tcp references', read: refs(22, 'tcp'), expected: ['RFC4251'], source: IANA },
  { fact: '21/tcp is FTP', read: names(21, 'tcp'), expected: ['ftp'], source: IANA },
  { fact: '21/tcp references', read: refs(21, 'tcp'), expected: ['RFC959'], source: IANA },
  { fact: '20/tcp is FTP data', read: names(20, 'tcp'), expected: ['ftp-data'], source: IANA },
  { fact: '23/tcp is Telnet', read: names(23, 'tcp'), expected: ['telnet'], source: IANA },
  { fact: '25/tcp is SMTP', read: names(25, 'tcp'), expected: ['smtp'], source: IANA },
  { fact: '53/udp is DNS', read: names(53, 'udp'), expected: ['domain'], source: IANA },
  { fact: '53/tcp is DNS', read: names(53, 'tcp'), expected: ['domain'], source: IANA },
  { fact: '110/tcp is POP3', read: names(110, 'tcp'), expected: ['pop3'], source: IANA },
  {
    fact: '143/tcp references',
    read: refs(143, 'tcp'),
    expected: ['RFC3501', 'RFC9051'],
    source: IANA,
  },
  { fact: '993/tcp is imaps', read: names(993, 'tcp'), expected: ['imaps'], source: IANA },
  { fact: '995/tcp references', read: refs(995, 'tcp'), expected: ['RFC8314'], source: IANA },
  { fact: '123/udp is NTP', read: names(123, 'udp'), expected: ['ntp'], source: IANA },
  { fact: '123/udp references', read: refs(123, 'udp'), expected: ['RFC5905'], source: IANA },
  { fact: '161/udp is SNMP', read: names(161, 'udp'), expected: ['snmp'], source: IANA },
  { fact: '162/udp is SNMP traps', read: names(162, 'udp'), expected: ['snmptrap'], source: IANA },
  { fact: '389/tcp is LDAP', read: names(389, 'tcp'), expected: ['ldap'], source: IANA },
  { fact: '636/tcp is LDAPS', read: names(636, 'tcp'), expected: ['ldaps'], source: IANA },
  {
    fact: '445/tcp is microsoft-ds (SMB)',
    read: names(445, 'tcp'),
    expected: ['microsoft-ds'],
    source: IANA,
  },
  { fact: '514/udp is syslog', read: names(514, 'udp'), expected: ['syslog'], source: IANA },
  { fact: '514/tcp is shell (rsh)', read: names(514, 'tcp'), expected: ['shell'], source: IANA },
  {
    fact: '853/tcp is DNS over TLS',
    read: names(853, 'tcp'),
    expected: ['domain-s'],
    source: IANA,
  },
  { fact: '853/tcp references', read: refs(853, 'tcp'), expected: ['RFC7858'], source: IANA },
  {
    fact: '1433/tcp is SQL Server',
    read: names(1433, 'tcp'),
    expected: ['ms-sql-s'],
    source: IANA,
  },
  {
    fact: '1521/tcp is nCube (Oracle is unofficial)',
    read: names(1521, 'tcp'),
    expected: ['ncube-lm'],
    source: IANA,
  },
  { fact: '1883/tcp is MQTT', read: names(1883, 'tcp'), expected: ['mqtt'], source: IANA },
  {
    fact: '2375/tcp is Docker (plain)',
    read: names(2375, 'tcp'),
    expected: ['docker'],
    source: IANA,
  },
  {
    fact: '2376/tcp is Docker (TLS)',
    read: names(2376, 'tcp'),
    expected: ['docker-s'],
    source: IANA,
  },
  {
    fact: '2379/tcp is etcd client',
    read: names(2379, 'tcp'),
    expected: ['etcd-client'],
    source: IANA,
  },
  {
    fact: '2380/tcp is etcd peer',
    read: names(2380, 'tcp'),
    expected: ['etcd-server'],
    source: IANA,
  },
  { fact: '3306/tcp is MySQL', read: names(3306, 'tcp'), expected: ['mysql'], source: IANA },
  { fact: '3389/tcp is RDP', read: names(3389, 'tcp'), expected: ['ms-wbt-server'], source: IANA },
  { fact: '5060/udp is SIP', read: names(5060, 'udp'), expected: ['sip'], source: IANA },
  { fact: '5061/tcp is SIP over TLS', read: names(5061, 'tcp'), expected: ['sips'], source: IANA },
  { fact: '5353/udp is mDNS', read: names(5353, 'udp'), expected: ['mdns'], source: IANA },
  {
    fact: '5432/tcp is PostgreSQL',
    read: names(5432, 'tcp'),
    expected: ['postgresql'],
    source: IANA,
  },
  { fact: '5672/tcp is AMQP', read: names(5672, 'tcp'), expected: ['amqp'], source: IANA },
  { fact: '6379/tcp is Redis', read: names(6379, 'tcp'), expected: ['redis'], source: IANA },
  { fact: '8080/tcp is http-alt', read: names(8080, 'tcp'), expected: ['http-alt'], source: IANA },
  {
    fact: '8883/tcp is MQTT over TLS',
    read: names(8883, 'tcp'),
    expected: ['secure-mqtt'],
    source: IANA,
  },
  {
    fact: '9092/tcp is XmlIpcRegSvc (Kafka is unofficial)',
    read: names(9092, 'tcp'),
    expected: ['XmlIpcRegSvc'],
    source: IANA,
  },
  {
    fact: '9200/tcp is wap-wsp (Elasticsearch is unofficial)',
    read: names(9200, 'tcp'),
    expected: ['wap-wsp'],
    source: IANA,
  },
  {
    fact: '11211/udp is memcache',
    read: names(11211, 'udp'),
    expected: ['memcache'],
    source: IANA,
  },
  { fact: '27017/tcp is MongoDB', read: names(27017, 'tcp'), expected: ['mongodb'], source: IANA },
  { fact: '0/tcp is reserved with no name', read: names(0, 'tcp'), expected: [], source: IANA },
  { fact: '0/tcp references', read: refs(0, 'tcp'), expected: ['RFC6335'], source: IANA },
  { fact: '60904 has no IANA record', read: (k) => k.ianaOf(60904), expected: [], source: IANA },
  // IANA range rows, which the port-numbers package drops
  { fact: '6000–6063/tcp is x11', read: range(6000, 6063, 'tcp'), expected: 'x11', source: IANA },
  { fact: '6000–6063/udp is x11', read: range(6000, 6063, 'udp'), expected: 'x11', source: IANA },
  { fact: '6665–6669/tcp is ircu', read: range(6665, 6669, 'tcp'), expected: 'ircu', source: IANA },
  {
    fact: '27000–27009 is flex-lm',
    read: range(27000, 27009, ''),
    expected: 'flex-lm',
    source: IANA,
  },
  {
    fact: '4200–4299 is vrml-multi-use',
    read: range(4200, 4299, ''),
    expected: 'vrml-multi-use',
    source: IANA,
  },
  {
    fact: '6010 falls in the x11 range',
    read: (k) => k.lookup(6010).ianaRanges.map((r) => r.service),
    expected: ['x11', 'x11'],
    source: IANA,
  },
  // RFC 6335 port ranges
  { fact: '1023 is a system port', read: cls(1023), expected: 'system', source: RFC6335 },
  { fact: '1024 is a user port', read: cls(1024), expected: 'user', source: RFC6335 },
  { fact: '49151 is a user port', read: cls(49151), expected: 'user', source: RFC6335 },
  { fact: '49152 is a dynamic port', read: cls(49152), expected: 'dynamic', source: RFC6335 },
  // Default ephemeral ranges
  {
    fact: 'Linux range',
    read: eph('linux'),
    expected: [32768, 60999],
    source: 'https://www.kernel.org/doc/html/latest/networking/ip-sysctl.html',
  },
  {
    fact: 'Windows range',
    read: eph('windows'),
    expected: [49152, 65535],
    source:
      'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/default-dynamic-port-range-tcpip-chang',
  },
  {
    fact: 'macOS range (IPPORT_HIFIRSTAUTO)',
    read: eph('macos'),
    expected: [49152, 65535],
    source: 'https://github.com/apple-oss-distributions/xnu/blob/main/bsd/netinet/in.h',
  },
  {
    fact: 'FreeBSD range (IPPORT_EPHEMERALFIRST)',
    read: eph('freebsd'),
    expected: [10000, 65535],
    source: 'https://cgit.freebsd.org/src/tree/sys/netinet/in_pcb.c',
  },
  {
    fact: 'OpenBSD range (IPPORT_RESERVED–IPPORT_USERRESERVED)',
    read: eph('openbsd'),
    expected: [1024, 49151],
    source: 'https://github.com/openbsd/src/blob/master/sys/netinet/in.h',
  },
  {
    fact: 'illumos range (smallest/largest_anon_port)',
    read: eph('solaris'),
    expected: [32768, 65535],
    source:
      'https://github.com/illumos/illumos-gate/blob/master/usr/src/uts/common/inet/tcp/tcp_tunables.c',
  },
  // Unofficial uses and how sure we are
  {
    fact: '9092 Kafka broker',
    read: use(9092, /kafka/i),
    expected: 'documented',
    source: 'https://kafka.apache.org/documentation/#brokerconfigs_listeners',
  },
  {
    fact: '60904 Xsan is only a rumour',
    read: use(60904, /xsan/i),
    expected: 'rumoured',
    source: 'https://support.apple.com/en-us/103229',
  },
  {
    fact: '1521 Oracle listener',
    read: use(1521, /oracle/i),
    expected: 'documented',
    source:
      'https://docs.oracle.com/en/database/oracle/oracle-database/21/ntdbi/oracle-database-component-port-numbers-and-protocols.html',
  },
  {
    fact: '9200 Elasticsearch REST',
    read: use(9200, /elasticsearch/i),
    expected: 'documented',
    source: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html',
  },
  {
    fact: '9300 Elasticsearch transport',
    read: use(9300, /elasticsearch/i),
    expected: 'documented',
    source: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html',
  },
  {
    fact: '5173 Vite dev server',
    read: use(5173, /vite/i),
    expected: 'documented',
    source: 'https://vite.dev/config/server-options#server-port',
  },
  {
    fact: '4173 Vite preview',
    read: use(4173, /vite/i),
    expected: 'documented',
    source: 'https://vite.dev/config/preview-options#preview-port',
  },
  { fact: '10250 kubelet API', read: use(10250, /kubelet/i), expected: 'documented', source: K8S },
  {
    fact: '6443 Kubernetes API server',
    read: use(6443, /kubernetes api/i),
    expected: 'documented',
    source: K8S,
  },
  {
    fact: '25565 Minecraft Java server',
    read: use(25565, /minecraft/i),
    expected: 'documented',
    source:
      'https://help.minecraft.net/hc/en-us/articles/360058525452-How-to-Setup-a-Minecraft-Java-Edition-Server',
  },
  {
    fact: '9090 Prometheus server',
    read: use(9090, /prometheus/i),
    expected: 'documented',
    source: PROM_PORTS,
  },
  {
    fact: '9100 Prometheus node exporter',
    read: use(9100, /node exporter/i),
    expected: 'documented',
    source: PROM_PORTS,
  },
  {
    fact: '9093 Alertmanager',
    read: use(9093, /alertmanager/i),
    expected: 'documented',
    source: PROM_PORTS,
  },
  {
    fact: '3000 Grafana',
    read: use(3000, /grafana/i),
    expected: 'documented',
    source: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/',
  },
  {
    fact: '15672 RabbitMQ management',
    read: use(15672, /rabbitmq/i),
    expected: 'documented',
    source: RABBIT,
  },
  {
    fact: '25672 RabbitMQ inter-node',
    read: use(25672, /rabbitmq/i),
    expected: 'documented',
    source: RABBIT,
  },
  // Security notes
  {
    fact: '2375/tcp: unencrypted Docker API note',
    read: note(2375, 'tcp', /docker/i),
    expected: true,
    source: 'https://docs.docker.com/engine/security/protect-access/',
  },
  {
    fact: '11211/udp: Memcached amplification note',
    read: note(11211, 'udp', /amplification/i),
    expected: true,
    source: CISA_AMP,
  },
  {
    fact: '123/udp: NTP amplification note',
    read: note(123, 'udp', /amplification/i),
    expected: true,
    source: 'https://nvd.nist.gov/vuln/detail/CVE-2013-5211',
  },
  {
    fact: '1900/udp: SSDP amplification note',
    read: note(1900, 'udp', /amplification/i),
    expected: true,
    source: CISA_AMP,
  },
  {
    fact: '23/tcp: Telnet cleartext note',
    read: note(23, 'tcp', /telnet/i),
    expected: true,
    source:
      'https://www.cisa.gov/news-events/alerts/2016/10/14/heightened-ddos-threat-posed-mirai-and-other-botnets',
  },
  {
    fact: '445/tcp: exposed SMB note',
    read: note(445, 'tcp', /smb/i),
    expected: true,
    source: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2017/ms17-010',
  },
  {
    fact: '3389/tcp: exposed RDP note',
    read: note(3389, 'tcp', /rdp/i),
    expected: true,
    source: 'https://nvd.nist.gov/vuln/detail/CVE-2019-0708',
  },
  {
    fact: '6379/tcp: Redis without auth note',
    read: note(6379, 'tcp', /redis/i),
    expected: true,
    source: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/',
  },
  // Browser-blocked ("bad") ports
  { fact: '6000 is blocked by browsers', read: blocked(6000), expected: true, source: FETCH },
  { fact: '6667 is blocked by browsers', read: blocked(6667), expected: true, source: FETCH },
  {
    fact: '4190 (sieve) is blocked by browsers',
    read: blocked(4190),
    expected: true,
    source: FETCH,
  },
  {
    fact: '6679 (osaut) is blocked by browsers',
    read: blocked(6679),
    expected: true,
    source: FETCH,
  },
  {
    fact: '10080 (amanda) is blocked by browsers',
    read: blocked(10080),
    expected: true,
    source: FETCH,
  },
  { fact: '8080 is not blocked', read: blocked(8080), expected: false, source: FETCH },
  { fact: '6001 is not blocked', read: blocked(6001), expected: false, source: FETCH },
];

describe('facts checked against their sources', () => {
  test('the table holds at least 60 facts, each with an https source', () => {
    expect(facts.length).toBeGreaterThanOrEqual(60);
    for (const f of facts) expect(f.source, f.fact).toMatch(/^https:\/\//);
  });

  test.each(facts)('$fact ($source)', ({ read, expected }) => {
    expect(read(knowledge)).toEqual(expected);
  });
});
