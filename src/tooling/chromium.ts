/**
 * Debian's Chromium, as browser tests and Lighthouse start it here: as root (no sandbox) and with
 * no background network, which this machine's closed network would refuse many times a second.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
