/** The transport protocols a page, a command or a socket row is about: one definition for all layers. */
export type Protocol = 'tcp' | 'udp';
