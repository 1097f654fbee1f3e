/**
 * Protocol lists and "default" claims that were wrong or have changed with versions, each checked
 * against the source the entry cites.
 */
import { describe, expect, it } from 'vitest';
import unofficial from '../../../app/data/unofficial-uses.json';
import registered from '../../../app/data/services-registered.json';

interface Entry {
  port: number;
  portEnd?: number;
  protocols: string[];
  name: string;
  summary: string;
  source: string;
  service?: string;
}

const all: Entry[] = [...unofficial.entries, ...registered.entries];
const covering = (port: number, protocol: string, name: RegExp) =>
  all.filter(
    (e) =>
      port >= e.port &&
      port <= (e.portEnd ?? e.port) &&
      e.protocols.includes(protocol) &&
      name.test(e.name),
  );

describe('protocols each entry claims', () => {
  // terraria.wiki.gg/wiki/Server: "The server runs on TCP port 7777 by default".
  it('Terraria 7777 is TCP only', () => {
    expect(covering(7777, 'tcp', /terraria/i)).toHaveLength(1);
    expect(covering(7777, 'udp', /terraria/i)).toEqual([]);
  });

  // Nomad "Ports used": Serf WAN 4648 is "TCP and UDP"; HTTP 4646 and RPC 4647 are TCP only.
  it('Nomad gossips on 4648 over TCP and UDP, and 4646/4647 are TCP only', () => {
    expect(covering(4648, 'tcp', /nomad/i)).not.toEqual([]);
    expect(covering(4648, 'udp', /nomad/i)).not.toEqual([]);
    expect(covering(4646, 'udp', /nomad/i)).toEqual([]);
    expect(covering(4647, 'udp', /nomad/i)).toEqual([]);
  });

  // [MS-RDPEUDP] 2.1: the default port for incoming UDP connection requests is 3389.
  it('RDP also uses UDP 3389', () => {
    const udp = covering(3389, 'udp', /remote desktop|rdp/i);
    expect(udp).toHaveLength(1);
    expect(udp[0]?.service).toBe('ms-wbt-server');
    expect(udp[0]?.source).toMatch(/ms-rdpeudp/);
  });
});

describe('defaults that changed with versions', () => {
  // .NET 7 breaking change: Kestrel no longer binds https://localhost:5001 by default.
  it('Kestrel 5001 is described as the default before .NET 7, not as a current default', () => {
    const https = covering(5001, 'tcp', /kestrel/i);
    expect(https).toHaveLength(1);
    expect(https[0]?.name).toMatch(/before \.NET 7/);
    expect(https[0]?.summary).toMatch(/Before \.NET 7/);
    expect(https[0]?.source).toMatch(/7\.0\/https-binding-kestrel/);
    const http = covering(5000, 'tcp', /kestrel/i);
    expect(http.map((e) => e.portEnd)).toEqual([undefined]);
    expect(http[0]?.summary).not.toMatch(/5001/);
  });

  // dotnet/dotnet-docker: ".NET 8 container images use port 8080, by default. Previous .NET versions used port 80."
  it('ASP.NET Core container images listen on 8080 since .NET 8', () => {
    const images = covering(8080, 'tcp', /asp\.net core container/i);
    expect(images).toHaveLength(1);
    expect(images[0]?.summary).toMatch(/Since \.NET 8/);
  });
});
