import { addMessages, t, type Lang, type MessageParams } from './locale.js';

/** The error state's texts: this module is a lazy chunk, loaded only when something is wrong. */
addMessages({
  nl: {
    'error.title': 'Deze gegevens konden niet worden getoond',
    'error.attribute': 'attribuut {name}: "{value}" is geen getal',
    'error.scale': 'min ({min}) moet kleiner zijn dan max ({max})',
    'error.fetch': 'kon niet worden geladen ({status})',
  },
  en: {
    'error.title': 'This data could not be shown',
    'error.attribute': 'attribute {name}: "{value}" is not a number',
    'error.scale': 'min ({min}) must be less than max ({max})',
    'error.fetch': 'could not be loaded ({status})',
  },
});

/** Where in a file a problem is; line and column are 1-based. */
export interface DataLocation {
  file?: string;
  line?: number;
  column?: number;
}

/** `detail` of the `lzm-error` event. */
export interface LzmErrorDetail extends DataLocation {
  /** The message in the element's language, with its location prefix. */
  message: string;
  /** Stable machine-readable code, e.g. `notANumber`. */
  code: string;
}

/**
 * The one error type for bad data. It carries a message key and its parameters rather than text,
 * so the same error reads in Dutch in an element with `lang="nl"` and in English in the CLI with
 * `--lang en`.
 */
export class LzmDataError extends Error {
  /** Message key, e.g. `error.notANumber`; the text comes from the locale tables. */
  readonly key: string;
  readonly params: MessageParams;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(key: string, params: MessageParams = {}, location: DataLocation = {}) {
    super(t('en', key, params));
    this.name = 'LzmDataError';
    this.key = key;
    this.params = params;
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }

  /** Same error, placed in a file (keeps a line/column already known). */
  at(location: DataLocation): LzmDataError {
    return new LzmDataError(this.key, this.params, {
      file: this.file ?? location.file,
      line: this.line ?? location.line,
      column: this.column ?? location.column,
    });
  }

  get code(): string {
    return this.key.replace(/^error\./, '');
  }

  /** `file:line:column: message`, the form compilers use, so editors can jump to it. */
  format(lang: Lang): string {
    const where = [this.file, this.line, this.column].filter((part) => part !== undefined).join(':');
    const text = t(lang, this.key, this.params);
    return where ? `${where}: ${text}` : text;
  }

  detail(lang: Lang): LzmErrorDetail {
    return { message: this.format(lang), code: this.code, file: this.file, line: this.line, column: this.column };
  }
}

/** Turns anything thrown into an LzmDataError, so no raw exception reaches a user. */
export function toDataError(error: unknown, location: DataLocation = {}): LzmDataError {
  if (error instanceof LzmDataError) return error.at(location);
  const detail = error instanceof Error ? error.message : String(error);
  return new LzmDataError('error.fetch', { status: detail }, location);
}
