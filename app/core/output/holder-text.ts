/**
 * The English words of the holder advice, in one place so the app can be translated later.
 * Placeholders: {port}, {pid} and {process}. Everything else the advice returns is data.
 */
import type { HolderKind } from './holders.ts';

/** A title and a paragraph for one kind of holder. */
export interface HolderText {
  title: string;
  text: string;
}

export const HOLDER_TEXT: Record<HolderKind, HolderText> = {
  'no-process': {
    title: 'PID 0 is not a program',
    text: 'PID 0 stands for the system itself (on Windows, the System Idle Process, shown for connections the system is closing). There is nothing to stop: such a socket frees itself.',
  },
  airplay: {
    title: 'macOS AirPlay Receiver holds port {port}',
    text: '{process} is Control Center, which runs the AirPlay Receiver on ports 5000 and 7000 (macOS 12 and later). Killing it does not help: macOS starts it again at once. Turn it off in System Settings › General › AirDrop & Handoff › AirPlay Receiver, or give your program another port.',
  },
  'macos-system': {
    title: '{process} is part of macOS',
    text: '{process} (PID {pid}) is a macOS system process; if you stop it, launchd starts it again. Find the setting that turned its service on (System Settings › General › Sharing, or the app that installed it) and turn it off there, or use another port.',
  },
  launchd: {
    title: 'PID 1 is launchd, not a program',
    text: 'launchd starts services on demand and holds their ports while they are off. Stopping it would stop the whole system. Turn the service off where it was turned on (System Settings › General › Sharing, or the app that installed it); the command below shows the process.',
  },
  'socket-activation': {
    title: 'PID 1 is the system, not a program: systemd holds port {port} for a service',
    text: 'PID 1 is the init system (systemd on most Linux systems). It listens on the port for a service it starts on demand (socket activation); stopping it would stop the whole system. Find the socket unit with the command below, then stop it with sudo systemctl stop NAME.socket.',
  },
  'container-init': {
    title: '{process} runs as PID 1: this output comes from inside a container',
    text: 'In a container the main program runs as PID 1, and killing it stops the container. Stop or reconfigure the container from the host instead (docker stop NAME, or the compose file); the command below shows which container publishes port {port}.',
  },
  'pid-1-windows': {
    title: 'PID 1 is not a normal Windows program',
    text: 'Look the process up with the command below before you do anything.',
  },
  'http-sys': {
    title: 'PID 4 is Windows itself (System): HTTP.sys',
    text: 'The Windows kernel holds port {port} for a driver: most often HTTP.sys, which serves IIS, WinRM, SSRS, Skype and other services that share the port through it. It cannot be stopped; the command below (in an administrator prompt) lists the services that registered an address, and stopping or reconfiguring that service frees the port.',
  },
  'windows-kernel': {
    title: 'PID 4 is Windows itself (System)',
    text: 'The Windows kernel holds port {port} for a driver (SMB uses 445, HTTP.sys often 80 and 443). It cannot be stopped; the command below, in an administrator prompt, shows whether HTTP.sys serves it. Otherwise stop or reconfigure the Windows feature that uses the port.',
  },
  'kernel-pid': {
    title: 'PID {pid} belongs to the kernel',
    text: 'Low PIDs belong to the kernel and the init system, not to a program you started: do not stop it. Check which service owns the port before changing anything.',
  },
  'container-proxy': {
    title: 'A Docker container publishes port {port}',
    text: '{process} forwards the port to a container; stopping the proxy process does not stop the container, and Docker starts it again. Find the container with the command below and stop it (docker stop NAME) or publish it on another port.',
  },
  'wsl-relay': {
    title: 'A program inside WSL (or Docker Desktop) uses port {port}',
    text: 'wslrelay forwards the port from Windows to a Linux program running in WSL 2. Find that program inside WSL with the Linux listener command below (run it in the WSL terminal), or the Docker container with docker ps, and stop it there; killing wslrelay only breaks the forwarding.',
  },
  'windows-service': {
    title: '{process} hosts Windows services',
    text: '{process} (PID {pid}) runs one or more Windows services; killing it can take down others that share the process, and Windows may restart it. The command below names the services in it: stop or reconfigure that service (services.msc, or sc stop NAME as administrator) instead.',
  },
  shell: {
    title: '{process} is a shell: do not stop it',
    text: '{process} (PID {pid}) is a command shell, most likely the terminal you are typing in or one of its jobs. Stopping it closes that terminal. Stop the program you started from it (Ctrl+C in its window, or jobs then kill %1), or close the terminal you no longer need.',
  },
  'kubectl-port-forward': {
    title: 'A kubectl port-forward holds port {port}',
    text: 'kubectl port-forward (PID {pid}) forwards this local port into a Kubernetes cluster; it keeps running until it is stopped, often in another terminal or in the background. Stopping it is safe: only the forwarding ends, the cluster is not touched.',
  },
};
