/** Transport protocols the IANA registry assigns ports for. */
export type Transport = 'tcp' | 'udp' | 'sctp' | 'dccp';

/** The IANA range a port falls in (RFC 6335). */
export type RangeClass = 'system' | 'user' | 'dynamic';

/** A document a curated fact comes from. */
export interface Source {
  url: string;
  title: string;
}

/** One IANA assignment of a port on one transport. */
export interface IanaAssignment {
  transport: Transport;
  /** Service names, primary first; empty when the row is reserved or has no name. */
  names: string[];
  description: string;
  /** RFC numbers such as "RFC9110". */
  references: string[];
}

/** A named IANA assignment that covers a range of ports (X11 6000–6063 …). */
export interface IanaRangeAssignment {
  from: number;
  to: number;
  /** Empty when the registry names no transport. */
  transport: Transport | '';
  service: string;
  description: string;
  references: string[];
}

/** How sure we are that a piece of software uses a port it was not assigned. */
export type Confidence = 'documented' | 'widely-reported' | 'rumoured';

/** A curated primary name and summary for a popular port. */
export interface ServiceFact {
  port: number;
  protocols: Transport[];
  name: string;
  service?: string;
  summary: string;
  category: string;
  source: Source;
}

/** The curated name a port's heading shows instead of a terse IANA name ("Kubernetes API server" for 6443). */
export interface DisplayName {
  port: number;
  name: string;
  source: Source;
}

/** A curated unofficial use of a port (or of a range starting at it). */
export interface UnofficialUse {
  port: number;
  portEnd?: number;
  protocols: Transport[];
  name: string;
  summary: string;
  confidence: Confidence;
  category: string;
  source: Source;
}

/** A curated security note for a port that is often exposed or abused. */
export interface SecurityNote {
  port: number;
  portEnd?: number;
  protocols: Transport[];
  title: string;
  note: string;
  severity: 'high' | 'medium' | 'info';
  source: Source;
}

/** Whether a port falls in one operating system's default ephemeral range. */
export interface EphemeralMembership {
  os: string;
  label: string;
  from: number;
  to: number;
  contains: boolean;
  command: string;
  note: string;
  source: Source;
}

/** A neighbouring port that has an IANA or curated name. */
export interface NearbyPort {
  port: number;
  name: string;
}

/** Everything Portwise knows about one port. */
export interface PortInfo {
  port: number;
  rangeClass: RangeClass;
  iana: IanaAssignment[];
  ianaRanges: IanaRangeAssignment[];
  services: ServiceFact[];
  unofficial: UnofficialUse[];
  security: SecurityNote[];
  ephemeral: EphemeralMembership[];
  browserBlocked: boolean;
  /** IANA reserves the port: port 0, a Reserved row without a transport, or only unnamed Reserved rows. */
  ianaReserved: boolean;
  nearby: NearbyPort[];
  /** The curated display name, when the port has one (nameOf returns its name). */
  displayName?: DisplayName;
}
