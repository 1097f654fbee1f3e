/**
 * Output of the port tools under a non-English locale or display language (issue 15, item 5).
 *
 * Linux net-tools netstat translates its titles, some column titles, its “not root” notices and a
 * few state words through gettext; ss (iproute2) and lsof print no translated words. The NETTOOLS_*
 * samples were captured on Debian 12 (net-tools 2.10-0.1+deb12u2, iproute2 6.1.0, lsof 4.95.0) as
 * `LANGUAGE=<lang> LC_ALL=C.UTF-8 netstat …`, keeping the title, the header and the rows of our own
 * test sockets (trailing blanks trimmed); every translated string in them is the msgstr of net-tools'
 * po file for that language (NET_TOOLS_PO). Windows samples are real pastes; web pages rendered them
 * without the console's indentation, which is kept as found.
 */
import { describe, expect, test } from 'vitest';
import { detectTool, parseOutput, readAnswer } from '../../../../app/core/output/index.ts';
import type { AnswerQuestion } from '../../../../app/core/output/index.ts';
import { NETSTAT_NOT_ROOT_NOTE } from '../../../../app/core/output/parse-netstat-linux.ts';

const NET_TOOLS_PO = (lang: string) =>
  `https://github.com/ecki/net-tools/blob/master/po/${lang}.po`;

const tcp = (port: number, platform: AnswerQuestion['platform']): AnswerQuestion => ({
  port,
  protocol: 'tcp',
  platform,
});

const NETTOOLS_PT_BR_TUNAP = `Conexões Internet Ativas (servidores e estabelecidas)
Proto Recv-Q Send-Q Endereço Local          Endereço Remoto         Estado      PID/Program name
tcp        0      0 127.0.0.1:18765         0.0.0.0:*               OUÇA       24990/python3
tcp        0      0 127.0.0.1:18765         127.0.0.1:57436         ESTABELECIDA 24990/python3
tcp        0      0 127.0.0.1:57436         127.0.0.1:18765         ESTABELECIDA 24990/python3
tcp        0      0 127.0.0.1:57448         127.0.0.1:18765         TIME_WAIT   -
udp        0      0 127.0.0.1:18766         0.0.0.0:*                           24990/python3
`;

const NETTOOLS_DE_TN = `Aktive Internetverbindungen (ohne Server)
Proto Recv-Q Send-Q Local Address           Foreign Address         State
tcp        0      0 127.0.0.1:18765         127.0.0.1:57436         VERBUNDEN
tcp        0      0 127.0.0.1:57436         127.0.0.1:18765         VERBUNDEN
tcp        0      0 127.0.0.1:57448         127.0.0.1:18765         TIME_WAIT
`;

const NETTOOLS_JA_TLNPE = `稼働中のインターネット接続 (サーバのみ)
Proto 受信-Q 送信-Q 内部アドレス            外部アドレス            状態        ユーザ    Iノード     PID/Program name
tcp        0      0 127.0.0.1:18765         0.0.0.0:*               LISTEN      0          3053130    24990/python3
`;

const NETTOOLS_DE_NOT_ROOT = `(Es konnten nicht alle Prozesse identifiziert werden; Informationen über
nicht-eigene Prozesse werden nicht angezeigt; Root kann sie anzeigen.)
Aktive Internetverbindungen (Nur Server)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
tcp        0      0 127.0.0.1:18765         0.0.0.0:*               LISTEN      -
tcp        0      0 127.0.0.1:18767         0.0.0.0:*               LISTEN      25735/python3
`;

const NETTOOLS_FR_NOT_ROOT = `(Tous les processus ne peuvent être identifiés, les infos sur les processus
non possédés ne seront pas affichées, vous devez être root pour les voir toutes.)
Connexions Internet actives (seulement serveurs)
Proto Recv-Q Send-Q Adresse locale          Adresse distante        Etat        PID/Program name
tcp        0      0 127.0.0.1:18765         0.0.0.0:*               LISTEN      -
tcp        0      0 127.0.0.1:18767         0.0.0.0:*               LISTEN      25735/python3
`;

const NETTOOLS_PT_BR_NOT_ROOT = `(Nem todos os processos puderam ser identificados, informações sobre processos
 de outrem não serão mostrados, você deve ser root para vê-los todos.)
Conexões Internet Ativas (sem os servidores)
Proto Recv-Q Send-Q Endereço Local          Endereço Remoto         Estado      PID/Program name
tcp        0      0 127.0.0.1:18765         0.0.0.0:*               OUÇA       -
tcp        0      0 127.0.0.1:18767         0.0.0.0:*               OUÇA       25735/python3
`;

const NETTOOLS_JA_NOT_ROOT = `(一部のプロセスが識別されますが, 所有していないプロセスの情報は
表示されません。それら全てを見るにはルートになる必要があります.)
稼働中のインターネット接続 (サーバのみ)
Proto 受信-Q 送信-Q 内部アドレス            外部アドレス            状態        PID/Program name
tcp        0      0 127.0.0.1:18765         0.0.0.0:*               LISTEN      -
tcp        0      0 127.0.0.1:18767         0.0.0.0:*               LISTEN      25735/python3
`;

const NETTOOLS_FR_NO_INFO = `(Pas d'infos lues pour "-p": geteuid()=65534 mais vous devez être root.)
Connexions Internet actives (seulement serveurs)
Proto Recv-Q Send-Q Adresse locale          Adresse distante        Etat        PID/Program name
tcp        0      0 127.0.0.1:18765         0.0.0.0:*               LISTEN      -
udp        0      0 127.0.0.1:18766         0.0.0.0:*                           -
`;

const NETTOOLS_EN_NO_INFO = `(No info could be read for "-p": geteuid()=65534 but you should be root.)
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
tcp        0      0 127.0.0.1:18765         0.0.0.0:*               LISTEN      -
udp        0      0 127.0.0.1:18766         0.0.0.0:*                           -
`;

const NETTOOLS_ZH_CN_TUNAP = `Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
tcp        0      0 127.0.0.1:18765         0.0.0.0:*               LISTEN      24990/python3
tcp        0      0 127.0.0.1:18765         127.0.0.1:57436         ESTABLISHED 24990/python3
tcp        0      0 127.0.0.1:57436         127.0.0.1:18765         ESTABLISHED 24990/python3
tcp        0      0 127.0.0.1:57448         127.0.0.1:18765         TIME_WAIT   -
udp        0      0 127.0.0.1:18766         0.0.0.0:*                           24990/python3
`;

/** A Portuguese (Brazil) Ubuntu user's `netstat -lpn` without root, as pastebin shows it. */
const PASTEBIN_PT_BR = {
  source: 'https://pastebin.com/XNVw5jnm',
  text: `$ netstat -lpn 192.168.57.64
(Nem todos os processos puderam ser identificados, informações sobre processos
de outrem não serão mostrados, você deve ser root para vê-los todos.)
Conexões Internet Ativas (somente servidores)
Proto Recv-Q Send-Q Endereço Local Endereço Remoto Estado PID/Program name
tcp 0 0 0.0.0.0:139 0.0.0.0:* OUÇA -
tcp 0 0 0.0.0.0:22 0.0.0.0:* OUÇA -
tcp 0 0 127.0.0.1:631 0.0.0.0:* OUÇA -
udp 0 0 0.0.0.0:5353 0.0.0.0:* -
`,
};

/** A Spanish build of net-tools (`netstat -lpu` without root), as pastebin shows it. */
const PASTEBIN_ES = {
  source: 'https://pastebin.com/eZ8R4h3Z',
  text: `netstat -lpu
(No todos los procesos pueden ser identificados, no hay información de propiedad del proceso
no se mostrarán, necesita ser superusuario para verlos todos.)
Conexiones activas de Internet (solo servidores)
Proto Recib Enviad Dirección local Dirección remota Estado PID/Program name
udp 0 0 *:mdns *:* -
udp 0 0 *:10000 *:* -
udp 0 0 192.168.1.25:netbios-ns *:* -
`,
};

/** Windows netstat pastes: the page shows them without the console's two-space indent. */
const WINDOWS_DE = {
  source: 'https://pastebin.com/kDSmMTcd',
  text: `C:\\Windows\\system32>netstat -a -n -o
Aktive Verbindungen
Proto Lokale Adresse Remoteadresse Status PID
TCP 0.0.0.0:135 0.0.0.0:0 ABHÖREN 896
TCP 0.0.0.0:8000 0.0.0.0:0 ABHÖREN 10916
TCP 127.0.0.1:8000 127.0.0.1:62422 SCHLIESSEN_WARTEN 10916
TCP 127.0.0.1:62221 127.0.0.1:62222 HERGESTELLT 12600
`,
};

const WINDOWS_DE_NAMES = {
  source: 'https://pastebin.com/qMM7qzBR',
  text: `Aktive Verbindungen

Proto Lokale Adresse Remoteadresse Status
TCP 127.0.0.1:6880 Sandras-PC:0 ABHÖREN
TCP 127.0.0.1:6880 Sandras-PC:64305 HERGESTELLT
TCP 127.0.0.1:6880 Sandras-PC:64607 WARTEND
`,
};

/** Checkmk's German Windows XP sample, as its comment shows it: the code page 850 byte of Ö (0x99) dropped. */
const WINDOWS_DE_CHECKMK = {
  source: 'https://github.com/Checkmk/checkmk/blob/master/cmk/base/legacy_checks/win_netstat.py',
  text: `Aktive Verbindungen

  Proto  Lokale Adresse         Remoteadresse          Status
  TCP    0.0.0.0:135            0.0.0.0:0              ABHREN
  TCP    10.1.1.99:445          10.1.1.123:52820       HERGESTELLT
  TCP    10.1.1.99:6556         10.1.1.50:43257        WARTEND
`,
};

/** French Windows: translated title and header (État as “?tat”), English state words. */
const WINDOWS_FR = {
  source: 'https://pastebin.com/RJ6MfdaG',
  text: `$ netstat -an
Connexions actives
Proto Adresse locale Adresse distante ?tat
TCP 0.0.0.0:22 0.0.0.0:0 LISTENING
TCP 0.0.0.0:80 0.0.0.0:0 LISTENING
TCP 0.0.0.0:3306 0.0.0.0:0 LISTENING
`,
};

/** Portuguese (Brazil) Windows: translated title and header, English state words. */
const WINDOWS_PT_BR = {
  source: 'https://pastebin.com/YAEW3LrR',
  text: `C:\\Users\\EscolhaFacil>netstat -ano
Conexões ativas
Proto Endereço local Endereço externo Estado PID
TCP 0.0.0.0:135 0.0.0.0:0 LISTENING 1008
TCP 127.0.0.1:5037 0.0.0.0:0 LISTENING 4552
TCP 192.168.0.100:1069 65.52.108.210:443 ESTABLISHED 2732
TCP 192.168.0.100:1569 216.58.222.42:443 CLOSE_WAIT 1028
`,
};

/** Chinese Windows: translated title and header, English state words. */
const WINDOWS_ZH_CN = {
  source: 'https://github.com/xorbitsai/inference/issues/1053',
  text: `C:\\soft\\xx>netstat -na

活动连接

  协议  本地地址          外部地址        状态
  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING
  TCP    10.0.100.191:49408     20.197.71.89:443       ESTABLISHED
`,
};

describe('Linux net-tools netstat under a translated locale', () => {
  test('Portuguese (Brazil): OUÇA listens and ESTABELECIDA is a connection', () => {
    const { parsed, verdict } = readAnswer(NETTOOLS_PT_BR_TUNAP, tcp(18765, 'linux'));
    expect(parsed.tool).toBe('netstat-linux');
    expect(parsed.rows[0]).toMatchObject({ localPort: 18765, state: 'LISTEN', pid: 24990 });
    expect(parsed.rows[1]).toMatchObject({ remotePort: 57436, state: 'ESTABLISHED' });
    expect(verdict.kind).toBe('listening');
    expect(verdict.pid).toBe(24990);
  });

  test('German: VERBUNDEN is an established connection', () => {
    const parsed = parseOutput(NETTOOLS_DE_TN);
    expect(parsed.rows.map((row) => row.state)).toEqual([
      'ESTABLISHED',
      'ESTABLISHED',
      'TIME_WAIT',
    ]);
  });

  test('Japanese and Chinese keep the English state words', () => {
    expect(readAnswer(NETTOOLS_JA_TLNPE, tcp(18765, 'linux')).verdict.kind).toBe('listening');
    expect(readAnswer(NETTOOLS_ZH_CN_TUNAP, tcp(18765, 'linux')).verdict.pid).toBe(24990);
  });

  test.each([
    ['de', NETTOOLS_DE_NOT_ROOT],
    ['fr', NETTOOLS_FR_NOT_ROOT],
    ['pt_BR', NETTOOLS_PT_BR_NOT_ROOT],
    ['ja', NETTOOLS_JA_NOT_ROOT],
  ])('%s: the translated “not all processes” notice is read', (lang, text) => {
    expect(NET_TOOLS_PO(lang)).toMatch(/^https:/);
    const { parsed, verdict } = readAnswer(text, tcp(18765, 'linux'));
    expect(parsed.notes).toContain(NETSTAT_NOT_ROOT_NOTE);
    expect(verdict.kind).toBe('listening');
    expect(verdict.pid).toBeUndefined();
  });

  test('“No info could be read for -p”, in English and translated, says the owners are hidden', () => {
    for (const text of [NETTOOLS_EN_NO_INFO, NETTOOLS_FR_NO_INFO]) {
      expect(parseOutput(text).notes).toContain(NETSTAT_NOT_ROOT_NOTE);
    }
  });

  test('a translated title and header with no rows are still netstat', () => {
    for (const text of [NETTOOLS_JA_TLNPE, NETTOOLS_PT_BR_TUNAP]) {
      const headOnly = text.split('\n').slice(0, 2).join('\n');
      expect(detectTool(headOnly)).toBe('netstat-linux');
    }
  });

  test(`Portuguese paste (${PASTEBIN_PT_BR.source})`, () => {
    const { parsed, verdict } = readAnswer(PASTEBIN_PT_BR.text, tcp(22, 'linux'));
    expect(parsed.tool).toBe('netstat-linux');
    expect(parsed.notes).toContain(NETSTAT_NOT_ROOT_NOTE);
    expect(verdict.kind).toBe('listening');
  });

  test(`Spanish paste (${PASTEBIN_ES.source})`, () => {
    const parsed = parseOutput(PASTEBIN_ES.text);
    expect(parsed.tool).toBe('netstat-linux');
    expect(parsed.notes).toContain(NETSTAT_NOT_ROOT_NOTE);
    expect(parsed.rows).toContainEqual(
      expect.objectContaining({ protocol: 'udp', localPort: 10000 }),
    );
  });
});

describe('ss and lsof print no translated words', () => {
  // Captured with LANGUAGE=de and LANGUAGE=ja: byte for byte the English output (neither links
  // gettext; lsof calls setlocale only for the character set of command names).
  const ss = `State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
LISTEN 0      128        127.0.0.1:18765      0.0.0.0:*    users:(("python3",pid=17893,fd=3))
`;
  const lsof = `COMMAND   PID USER   FD   TYPE  DEVICE SIZE/OFF NODE NAME
python3 17893 root    3u  IPv4 3170969      0t0  TCP 127.0.0.1:18765 (LISTEN)
`;
  test.each([
    ['ss', ss],
    ['lsof', lsof],
  ])('%s', (tool, text) => {
    const { parsed, verdict } = readAnswer(text, tcp(18765, 'linux'));
    expect(parsed.tool).toBe(tool);
    expect(verdict.pid).toBe(17893);
  });
});

describe('Windows netstat in other display languages', () => {
  test(`German, pasted without indentation (${WINDOWS_DE.source})`, () => {
    const { parsed, verdict } = readAnswer(WINDOWS_DE.text, tcp(8000, 'windows'));
    expect(parsed.tool).toBe('netstat-windows');
    expect(parsed.rows).toContainEqual(
      expect.objectContaining({ localPort: 8000, remotePort: 62422, state: 'CLOSE_WAIT' }),
    );
    expect(verdict.kind).toBe('listening');
    expect(verdict.pid).toBe(10916);
  });

  test(`German with host names (${WINDOWS_DE_NAMES.source}): WARTEND lingers`, () => {
    const parsed = parseOutput(WINDOWS_DE_NAMES.text);
    expect(parsed.tool).toBe('netstat-windows');
    expect(parsed.rows.map((row) => row.state)).toEqual(['LISTEN', 'ESTABLISHED', 'TIME_WAIT']);
  });

  test(`German with Ö mangled by the code page (${WINDOWS_DE_CHECKMK.source})`, () => {
    const parsed = parseOutput(WINDOWS_DE_CHECKMK.text);
    expect(parsed.rows.map((row) => row.state)).toEqual(['LISTEN', 'ESTABLISHED', 'TIME_WAIT']);
    // A TCP row whose state word cannot be read listens only when its foreign port is 0.
    const unreadable = parseOutput('  TCP    10.1.1.99:6556   10.1.1.50:43257   ABH?REN');
    expect(unreadable.rows[0]?.state).not.toBe('LISTEN');
  });

  test.each([
    ['French', WINDOWS_FR, 3306],
    ['Portuguese (Brazil)', WINDOWS_PT_BR, 5037],
  ])('%s, pasted without indentation', (_lang, sample, port) => {
    expect(sample.source).toMatch(/^https:\/\/pastebin\.com\//);
    const { parsed, verdict } = readAnswer(sample.text, tcp(port, 'windows'));
    expect(parsed.tool).toBe('netstat-windows');
    expect(verdict.kind).toBe('listening');
  });

  test('the translated titles and headers alone are recognised', () => {
    for (const sample of [WINDOWS_DE, WINDOWS_FR, WINDOWS_PT_BR, WINDOWS_ZH_CN]) {
      const lines = sample.text.split('\n').filter((line) => !/^\s*(TCP|UDP)\s/.test(line));
      expect(detectTool(lines.join('\n'))).toBe('netstat-windows');
    }
  });

  test(`Chinese (${WINDOWS_ZH_CN.source})`, () => {
    const { verdict } = readAnswer(WINDOWS_ZH_CN.text, tcp(135, 'windows'));
    expect(verdict.kind).toBe('listening');
  });
});

describe('PowerShell in other display languages', () => {
  // Get-NetTCPConnection prints property names as column titles and its State enum's names
  // (Listen, Established …), whatever the language. The "no objects found" message is worded in the
  // display language; the record's category line is not: ErrorCategory.ObjectNotFound
  // (https://learn.microsoft.com/dotnet/api/system.management.automation.errorcategory) with the
  // target value and type. The message below stands for any translation.
  const translated = `Get-NetTCPConnection : <the CIM message in the display language, naming MSFT_NetTCPConnection>
    + CategoryInfo          : ObjectNotFound: (8080:UInt16) [Get-NetTCPConnection], CimJobException`;

  test('a translated "no objects found" is about the port in its category line', () => {
    expect(readAnswer(translated, tcp(8080, 'windows')).verdict.kind).toBe('nothing');
    expect(readAnswer(translated, tcp(3000, 'windows')).verdict.kind).toBe('wrong-port');
  });

  test('without the category line it does not say "nothing uses the port"', () => {
    const first = translated.split('\n')[0] as string;
    expect(readAnswer(first, tcp(3000, 'windows')).verdict.kind).not.toBe('nothing');
  });
});
