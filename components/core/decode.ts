import { dataError } from './data-errors.js';

/** How a file's bytes become text (decodeBytes decides; the generator's streaming reader too). */
export type Encoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252';

/** The encoding a byte-order mark at the start of `bytes` names, else undefined. */
export function bomEncoding(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Bytes to skip (the BOM) and a chunk-by-chunk decoder for an encoding; `end()` flushes what the
 * decoder holds back (a character split between two chunks waits for its last byte). Plain UTF-8
 * is fatal: an invalid byte throws, and the file is Windows-1252 after all.
 */
export function decoderFor(encoding: Encoding): { skip: number; decode: (bytes: Uint8Array) => string; end: () => string } {
  if (encoding === 'windows-1252') return { skip: 0, decode: decodeWindows1252, end: () => '' };
  const label = encoding === 'utf-8-bom' || encoding === 'utf-8' ? 'utf-8' : encoding;
  const decoder = new TextDecoder(label, { fatal: encoding === 'utf-8' });
  const skip = encoding === 'utf-8-bom' ? 3 : encoding === 'utf-8' ? 0 : 2;
  return { skip, decode: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

function decodeAs(encoding: Encoding, bytes: Uint8Array): string {
  const { skip, decode, end } = decoderFor(encoding);
  return decode(bytes.subarray(skip)) + end();
}

/**
 * Bytes → text the way a school's files come: UTF-8 with or without BOM, UTF-16 with BOM, or
 * Windows-1252 (what Dutch Excel writes with "CSV (gescheiden door lijstscheidingsteken)").
 * Invalid UTF-8 means a legacy code page; decoding it as UTF-8 would turn "Zoë" into "Zo�".
 */
export function decodeBytes(bytes: Uint8Array, file?: string): string {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bom, bytes);
  try {
    return decodeAs('utf-8', bytes);
  } catch {
    assertNotMixed(bytes, file);
    return decodeAs('windows-1252', bytes);
  }
}

/** Refuses a file that is not valid UTF-8 but has valid multi-byte UTF-8 in it (see mixedUtf8). */
export function assertNotMixed(bytes: Uint8Array, file?: string): void {
  const invalid = mixedUtf8(bytes);
  if (invalid === -1) return;
  let line = 1;
  for (let i = 0; i < invalid; i++) if (bytes[i] === 10) line++;
  throw dataError('error.mixedEncoding', {}, { file, line });
}

/**
 * Offset of the first invalid UTF-8 byte in a file that also has valid multi-byte UTF-8 (a UTF-8
 * file with lines pasted from a Windows-1252 one), else −1. Decoding such a file either way
 * garbles some names ("Zoë" → "ZoÃ«"), so it is refused.
 */
function mixedUtf8(bytes: Uint8Array): number {
  let invalid = -1;
  let multiByte = false;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] & 0xc0) === 0x80;
    if (valid) {
      if (length > 1) multiByte = true;
      i += length;
    } else {
      if (invalid === -1) invalid = i;
      i++;
    }
    if (multiByte && invalid !== -1) return invalid;
  }
  return -1;
}

/** Windows-1252 bytes → text. A single-byte code page keeps no state: chunk by chunk is the same. */
function decodeWindows1252(bytes: Uint8Array): string {
  return fixC1(new TextDecoder('windows-1252').decode(bytes));
}

// Windows-1252's bytes 0x80–0x9F (€ – “ ” …). Browsers decode them right; Node's ICU decoder
// returns the C1 control characters U+0080–U+009F instead (nodejs/node#56542), so map them here.
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
}
