/** The quote-link script's address (./vite-plugin.ts). */
declare module 'virtual:quote-link' {
  const address: string;
  export default address;
}
