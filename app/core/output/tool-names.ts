import type { ToolId } from './types.ts';

/** Human names of the tools, for notes and the UI. */
export const TOOL_NAMES: Readonly<Record<ToolId, string>> = {
  ss: 'ss',
  lsof: 'lsof',
  'lsof-fields': 'lsof -F',
  'netstat-linux': 'netstat (Linux)',
  'netstat-bsd': 'netstat (macOS/BSD)',
  'netstat-windows': 'netstat (Windows)',
  fuser: 'fuser',
  nmap: 'nmap',
  'nmap-grepable': 'nmap -oG',
  'nmap-xml': 'nmap -oX',
  nc: 'nc',
  sockstat: 'sockstat',
  powershell: 'PowerShell',
};
