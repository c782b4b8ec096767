// html-encoding-sniffer 4 ships no types: the one function the CLI calls.
declare module 'html-encoding-sniffer' {
  export default function sniffHtmlEncoding(bytes: Uint8Array, options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string }): string;
}
