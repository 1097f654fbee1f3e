import type { PortInfo, ServiceFact } from './types.ts';

/**
 * Whether a curated service is IANA's own assignment for its port: it names a registry service on
 * every transport it lists, and it is the port's first curated entry for that service and transport.
 * Later entries naming the same service are uses riding on it (Kubernetes' API server on https 443),
 * and entries naming no service (WCF's 808, a historic name) are not registry entries at all.
 */
export function isOfficial(fact: ServiceFact, info: PortInfo): boolean {
  const service = fact.service;
  if (!service || fact.port !== info.port) return false;
  return fact.protocols.every((transport) => {
    // Range assignments count too: x11 is IANA's 6000–6063, ircu its 6665–6669.
    const assigned =
      info.iana.some((a) => a.transport === transport && a.names.includes(service)) ||
      info.ianaRanges.some(
        (r) => r.service === service && (r.transport === transport || r.transport === ''),
      );
    const lead = info.services.find(
      (s) => s.port === info.port && s.service === service && s.protocols.includes(transport),
    );
    return assigned && lead === fact;
  });
}
