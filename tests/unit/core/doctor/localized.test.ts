/**
 * Socket error messages in other languages (issue 15, item 5): glibc's translated strerror texts
 * and Windows' translated FormatMessage texts. Each row names where its text comes from.
 *
 * glibc rows were captured on Debian 12 (glibc 2.36, libc-l10n) with LANGUAGE=<lang> LC_ALL=C.UTF-8:
 * `bash -c 'echo > /dev/tcp/127.0.0.1/1'` for a refused connection, and a perl one-liner
 * (`use locale; bind(...) or print "bind ADDR:PORT: $!"`) for the others; errno 110 and 113 were
 * printed with `local $! = N`. The text after the colon is the msgstr of glibc's po file for that
 * language, linked per row. Windows rows quote the issue or page where the text was pasted.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../app/core/doctor/index.ts';
import type { DoctorCause, ErrnoName } from '../../../../app/core/doctor/index.ts';

const PO = (lang: string) =>
  `https://sourceware.org/git/?p=glibc.git;a=blob;f=po/${lang}.po;hb=glibc-2.36`;

interface Row {
  id: string;
  source: string;
  text: string;
  errno: ErrnoName;
  cause: DoctorCause;
  windows?: boolean;
}

/** The glibc messages, language by language, as programs print them under that locale. */
const GLIBC: Record<string, Record<ErrnoName, string>> = {
  de: {
    EADDRINUSE: 'bind 127.0.0.1:18770: Die Adresse wird bereits verwendet',
    EACCES: 'bind 0.0.0.0:80: Keine Berechtigung',
    EADDRNOTAVAIL: 'bind 192.0.2.1:18771: Die angeforderte Adresse kann nicht zugewiesen werden',
    ECONNREFUSED: 'bash: connect: Verbindungsaufbau abgelehnt',
    ETIMEDOUT: 'errno 110: Die Wartezeit für die Verbindung ist abgelaufen',
    EHOSTUNREACH: 'errno 113: Keine Route zum Zielrechner',
    ENETUNREACH: 'errno 101: Das Netzwerk ist nicht erreichbar',
  },
  fr: {
    EADDRINUSE: 'bind 127.0.0.1:18770: Adresse déjà utilisée',
    EACCES: 'bind 0.0.0.0:80: Permission non accordée',
    EADDRNOTAVAIL: "bind 192.0.2.1:18771: Ne peut attribuer l'adresse demandée",
    ECONNREFUSED: 'bash: connect: Connexion refusée',
    ETIMEDOUT: "errno 110: Connexion terminée par expiration du délai d'attente",
    EHOSTUNREACH: "errno 113: Aucun chemin d'accès pour atteindre l'hôte cible",
    ENETUNREACH: "errno 101: Le réseau n'est pas accessible",
  },
  es: {
    EADDRINUSE: 'bind 127.0.0.1:18770: La dirección ya se está usando',
    EACCES: 'bind 0.0.0.0:80: Permiso denegado',
    EADDRNOTAVAIL: 'bind 192.0.2.1:18771: No se puede asignar la dirección solicitada',
    ECONNREFUSED: 'bash: connect: Conexión rehusada',
    ETIMEDOUT: 'errno 110: Expiró el tiempo de conexión',
    EHOSTUNREACH: "errno 113: No existe ninguna ruta hasta el `host'",
    ENETUNREACH: 'errno 101: La red es inaccesible',
  },
  pt_BR: {
    EADDRINUSE: 'bind 127.0.0.1:18770: Endereço já em uso',
    EACCES: 'bind 0.0.0.0:80: Permissão negada',
    EADDRNOTAVAIL: 'bind 192.0.2.1:18771: Não foi possível acessar o endereço requisitado',
    ECONNREFUSED: 'bash: connect: Conexão recusada',
    ETIMEDOUT: 'errno 110: Tempo esgotado para conexão',
    EHOSTUNREACH: 'errno 113: Não há rota para o host',
    ENETUNREACH: 'errno 101: A rede está fora de alcance',
  },
  ja: {
    EADDRINUSE: 'bind 127.0.0.1:18770: アドレスは既に使用中です',
    EACCES: 'bind 0.0.0.0:80: 許可がありません',
    EADDRNOTAVAIL: 'bind 192.0.2.1:18771: 要求アドレスに割り当てられません',
    ECONNREFUSED: 'bash: connect: 接続を拒否されました',
    ETIMEDOUT: 'errno 110: 接続がタイムアウトしました',
    EHOSTUNREACH: 'errno 113: ホストへの経路がありません',
    ENETUNREACH: 'errno 101: ネットワークに届きません',
  },
  zh_CN: {
    EADDRINUSE: 'bind 127.0.0.1:18770: 地址已在使用',
    EACCES: 'bind 0.0.0.0:80: 权限不够',
    EADDRNOTAVAIL: 'bind 192.0.2.1:18771: 无法指定被请求的地址',
    ECONNREFUSED: 'bash: connect: 拒绝连接',
    ETIMEDOUT: 'errno 110: 连接超时',
    EHOSTUNREACH: 'errno 113: 没有到主机的路由',
    ENETUNREACH: 'errno 101: 网络不可达',
  },
};

/** Port 80 is below Linux's unprivileged start (1024), so EACCES there reads as “privileged”. */
const CAUSES: Record<ErrnoName, DoctorCause> = {
  EADDRINUSE: 'in-use',
  EACCES: 'privileged',
  EADDRNOTAVAIL: 'addr-not-available',
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timed-out',
  EHOSTUNREACH: 'no-route',
  ENETUNREACH: 'no-route',
};

/** “errno 110:” is how the capture labelled the line, not something a program prints: dropped. */
const glibcRows: Row[] = Object.entries(GLIBC).flatMap(([lang, texts]) =>
  Object.entries(texts).map(([name, text]) => ({
    id: `glibc-${lang}-${name}`,
    source: PO(lang),
    text: text.replace(/^errno \d+: /, ''),
    errno: name as ErrnoName,
    cause: CAUSES[name as ErrnoName],
  })),
);

/** Windows' translated FormatMessage texts, as users pasted them. */
const windowsRows: Row[] = [
  {
    id: 'win-zh-10049',
    source: 'https://blog.csdn.net/weixin_33730836/article/details/91570771',
    text: '10049 0x2741 在其上下文中，该请求的地址无效。',
    errno: 'EADDRNOTAVAIL',
    cause: 'addr-not-available',
    windows: true,
  },
  {
    id: 'win-zh-10060',
    source: 'https://github.com/xiyouMc/WebHubBot/issues/48',
    text: 'DEBUG Retrying <GET https://www.pornhub.com/robots.txt> (failed 1 times): TCP connection timed out: 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。',
    errno: 'ETIMEDOUT',
    cause: 'timed-out',
  },
  {
    id: 'win-zh-10060-wrapped',
    source: 'https://github.com/xbzstudio/Timeless-Sydney/issues/25',
    text: 'httpx.ConnectTimeout: 由于连接方在一段时间后 没有正确答复或连接的主机没有反应，连接尝试失败。',
    errno: 'ETIMEDOUT',
    cause: 'timed-out',
    windows: true,
  },
  {
    id: 'win-zh-10061-table-wording',
    source: 'https://blog.csdn.net/weixin_33730836/article/details/91570771',
    text: '由于目标机器积极拒绝，无法连接。',
    errno: 'ECONNREFUSED',
    cause: 'refused',
    windows: true,
  },
  {
    id: 'win-zh-10065',
    source: 'https://blog.csdn.net/weixin_33730836/article/details/91570771',
    text: '套接字操作尝试一个无法连接的主机。',
    errno: 'EHOSTUNREACH',
    cause: 'no-route',
    windows: true,
  },
  {
    id: 'win-zh-10051',
    source: 'https://blog.csdn.net/weixin_33730836/article/details/91570771',
    text: '向一个无法连接的网络尝试了一个套接字操作。',
    errno: 'ENETUNREACH',
    cause: 'no-route',
    windows: true,
  },
  {
    id: 'win-fr-10061',
    source: 'https://github.com/Jackett/Jackett/issues/10704',
    text: '[1337x] Exception (1337x): Aucune connexion n’a pu être établie car l’ordinateur cible l’a expressément refusée.',
    errno: 'ECONNREFUSED',
    cause: 'refused',
    windows: true,
  },
  {
    id: 'win-de-10061',
    source: 'https://github.com/informatiCup/informatiCup2020/issues/12',
    text: 'Konnte keine Verbindung herstellen, da Zielcomputer die Verbindung verweigerte.',
    errno: 'ECONNREFUSED',
    cause: 'refused',
    windows: true,
  },
];

describe('localized socket error messages', () => {
  it('every row names its source', () => {
    for (const row of [...glibcRows, ...windowsRows]) expect(row.source).toMatch(/^https:\/\/\S+$/);
    expect(glibcRows).toHaveLength(6 * 7);
  });

  it.each([...glibcRows, ...windowsRows].map((row) => [row.id, row] as const))('%s', (_id, row) => {
    const d = diagnose(row.text);
    expect(d.errno?.name).toBe(row.errno);
    expect(d.errno?.anchor).toBe('message');
    expect(d.cause).toBe(row.cause);
    if (row.windows) expect(d.platforms).toEqual(['windows']);
  });

  it('reads the texts when a console mangled their accents', () => {
    // perl printed these Latin-1 bytes into a UTF-8 terminal (the same Debian 12 capture).
    expect(diagnose('bind 127.0.0.1:18770: Adresse d\uFFFDj\uFFFD utilis\uFFFDe').cause).toBe(
      'in-use',
    );
    expect(diagnose('Conex\uFFFDo recusada').cause).toBe('refused');
    // And UTF-8 read as Latin-1 turns one accented letter into two characters.
    expect(diagnose('La direcciÃ³n ya se estÃ¡ usando').cause).toBe('in-use');
  });

  it('a translated “Permission denied” is a socket error only next to bind or listen', () => {
    expect(diagnose('cat: /etc/shadow: Keine Berechtigung').errno).toBeNull();
    expect(diagnose('bind 0.0.0.0:80: Keine Berechtigung').port).toBe(80);
  });
});
