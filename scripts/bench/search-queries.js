// @ts-check
/** The 200 fixed search queries the benchmark times: a realistic mix of what people type. */

// prettier-ignore
const numbers = [
  '22', '80', '443', '53', '25', '3306', '5432', '6379', '8080', '3000', '5000', '8000', '8443',
  '27017', '9200', '11211', '1433', '1521', '3389', '5900', '0', '7', '21', '23', '110', '143',
  '161', '389', '636', '993', '995', '1194', '1723', '2049', '5060', '5672', '6443', '9090', '9418',
  '60904',
];

// prettier-ignore
const withProtocol = [
  '53/udp', '53/tcp', '123/udp', '161/udp', '67/udp', '68/udp', '500/udp', '1900/udp', '5353/udp',
  '443/tcp', '80/tcp', '22/tcp', 'udp 514', 'tcp 25', '4500 udp', '3478/udp', '51820/udp',
  '60904/tcp', '60904 udp', '0/tcp',
];

// prettier-ignore
const ranges = [
  '8000-8100', '0-1023', '1024-49151', '49152-65535', '6000-6063', '3000-3010', '5900-5999',
  '27017-27019', '1-100', '60000-61000', '32768-60999', '10000-20000', '9000–9100', '-1023',
  '50000-', '5432-5440', '137-139', '20-21', '65000-65535', '100-90',
];

// prettier-ignore
const names = [
  'ssh', 'http', 'https', 'dns', 'smtp', 'postgres', 'postgresql', 'mysql', 'redis', 'mongodb',
  'elasticsearch', 'memcached', 'rdp', 'vnc', 'ftp', 'telnet', 'imap', 'pop3', 'ldap', 'kerberos',
  'ntp', 'snmp', 'syslog', 'rtsp', 'mqtt', 'amqp', 'rabbitmq', 'kafka', 'zookeeper', 'docker',
  'kubernetes', 'etcd', 'consul', 'vault', 'prometheus', 'grafana', 'jenkins', 'git', 'nfs', 'x11',
];

// prettier-ignore
const prefixes = [
  'post', 'mys', 'red', 'mong', 'elas', 'kube', 'dock', 'prom', 'graf', 'rab', 'ht', 'ss', 'sm',
  'ld', 'kerb', 'open', 'wire', 'mem', 'cass', 'couch',
];

// prettier-ignore
const typos = [
  'postgress', 'postgre', 'mysq', 'reddis', 'mongdb', 'elasticsaerch', 'kuberntes', 'dokcer',
  'promethues', 'grafna', 'rabitmq', 'htpp', 'shh', 'smpt', 'telent', 'ldpa', 'kerberso', 'opnevpn',
  'wiregaurd', 'memcahced',
];

// prettier-ignore
const descriptions = [
  'web server', 'database', 'remote desktop', 'file transfer', 'secure shell', 'mail',
  'name server', 'time protocol', 'network management', 'message queue', 'key value store',
  'video streaming', 'voice over ip', 'printer', 'minecraft', 'development server', 'proxy', 'vpn',
  'directory access', 'remote procedure call', 'network file system', 'windows file sharing',
  'music streaming', 'chromecast', 'backdoor', 'metrics', 'monitoring', 'container',
  'load balancer', 'cache', 'jupyter notebook', 'react dev server', 'vite', 'webpack', 'flask',
  'django', 'rails', 'node inspector', 'what is port 8080', 'port for postgres',
];

/** Every query, in a fixed order: numbers, number/protocol, ranges, names, prefixes, typos, descriptions. */
export const SEARCH_QUERIES = [
  ...numbers,
  ...withProtocol,
  ...ranges,
  ...names,
  ...prefixes,
  ...typos,
  ...descriptions,
];

if (SEARCH_QUERIES.length !== 200) {
  throw new Error(`expected 200 search queries, found ${SEARCH_QUERIES.length}`);
}
