/**
 * The words of the holder advice, in one place: each kind's title and paragraph are messages
 * (messages/verdict/*.json) with the placeholders {port}, {pid} and {process}. Everything else the
 * advice returns is data.
 */
import { m } from '../../generated/paraglide/messages.js';
import type { HolderKind } from './holders.ts';

/** A title and a paragraph for one kind of holder. */
export interface HolderText {
  title: string;
  text: string;
}

/** The values a holder's words are filled in with. */
export interface HolderValues {
  port: string;
  pid: string;
  process: string;
}

type Words = (values: HolderValues) => string;

/** The message functions of each kind: called at call time, in the page's language. */
export const HOLDER_MESSAGES: Record<HolderKind, { title: Words; text: Words }> = {
  'no-process': { title: m.vd_holder_no_process_title, text: m.vd_holder_no_process_text },
  airplay: { title: m.vd_holder_airplay_title, text: m.vd_holder_airplay_text },
  'macos-system': {
    title: m.vd_holder_macos_system_title,
    text: m.vd_holder_macos_system_text,
  },
  launchd: { title: m.vd_holder_launchd_title, text: m.vd_holder_launchd_text },
  'socket-activation': {
    title: m.vd_holder_socket_activation_title,
    text: m.vd_holder_socket_activation_text,
  },
  'container-init': {
    title: m.vd_holder_container_init_title,
    text: m.vd_holder_container_init_text,
  },
  'pid-1-windows': {
    title: m.vd_holder_pid_1_windows_title,
    text: m.vd_holder_pid_1_windows_text,
  },
  'http-sys': { title: m.vd_holder_http_sys_title, text: m.vd_holder_http_sys_text },
  'windows-kernel': {
    title: m.vd_holder_windows_kernel_title,
    text: m.vd_holder_windows_kernel_text,
  },
  'kernel-pid': { title: m.vd_holder_kernel_pid_title, text: m.vd_holder_kernel_pid_text },
  'container-proxy': {
    title: m.vd_holder_container_proxy_title,
    text: m.vd_holder_container_proxy_text,
  },
  'wsl-relay': { title: m.vd_holder_wsl_relay_title, text: m.vd_holder_wsl_relay_text },
  'windows-service': {
    title: m.vd_holder_windows_service_title,
    text: m.vd_holder_windows_service_text,
  },
  shell: { title: m.vd_holder_shell_title, text: m.vd_holder_shell_text },
  'kubectl-port-forward': {
    title: m.vd_holder_kubectl_port_forward_title,
    text: m.vd_holder_kubectl_port_forward_text,
  },
};

/** A holder's title and paragraph, filled in, in the page's language. */
export function holderText(kind: HolderKind, values: HolderValues): HolderText {
  const words = HOLDER_MESSAGES[kind];
  return { title: words.title(values), text: words.text(values) };
}

/** The placeholders themselves, so that a message gives back its template. */
const PLACEHOLDERS: HolderValues = { port: '{port}', pid: '{pid}', process: '{process}' };

/**
 * Each kind's words as templates with their {port}, {pid} and {process} placeholders, read at the
 * time they are used (getters), so they are in the page's language.
 */
export const HOLDER_TEXT: Record<HolderKind, HolderText> = Object.fromEntries(
  Object.keys(HOLDER_MESSAGES).map((kind) => [
    kind,
    {
      get title() {
        return holderText(kind as HolderKind, PLACEHOLDERS).title;
      },
      get text() {
        return holderText(kind as HolderKind, PLACEHOLDERS).text;
      },
    },
  ]),
) as Record<HolderKind, HolderText>;
