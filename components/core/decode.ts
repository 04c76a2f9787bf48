/**
 * Bytes → text the way a school's files come: UTF-8 with or without BOM, UTF-16 with BOM, or
 * Windows-1252 (what Dutch Excel writes with "CSV (gescheiden door lijstscheidingsteken)").
 * Invalid UTF-8 means a legacy code page; decoding it as UTF-8 would turn "Zoë" into "Zo�".
 */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
