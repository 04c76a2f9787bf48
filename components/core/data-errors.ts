import { LzmDataError, type DataLocation } from './errors.js';
import { addMessages, type MessageParams } from './locale.js';

/** Texts of the data layer's errors; they load with the data layer, not with every element. */
const messages = addMessages({
  nl: {
    'error.notANumber': '"{value}" is geen getal',
    'error.missingColumn': 'kolom "{column}" ontbreekt (geaccepteerd: {accepted})',
    'error.emptyFile': 'het bestand is leeg',
    'error.headerOnly': 'het bestand bevat alleen een kopregel, geen gegevens',
    'error.json': 'ongeldige JSON: onverwacht teken {found}',
    'error.jsonEnd': 'ongeldige JSON: het bestand houdt te vroeg op',
    'error.jsonShape': 'onverwachte JSON: {expected} verwacht',
    'error.itemNotFound': '"{item}" niet gevonden (aanwezig: {available})',
    'error.itemRequired': 'het bestand heeft meerdere rijen: kies er één met item="…" (aanwezig: {available})',
    'error.noRows': 'geen rijen voor groep "{group}" en vak "{subject}"',
    'error.unterminatedQuote': 'aanhalingsteken niet afgesloten',
    'error.binary': 'dit lijkt geen tekstbestand (binaire gegevens)',
  },
  en: {
    'error.notANumber': '"{value}" is not a number',
    'error.missingColumn': 'missing column "{column}" (accepted: {accepted})',
    'error.emptyFile': 'the file is empty',
    'error.headerOnly': 'the file has a header row but no data',
    'error.json': 'invalid JSON: unexpected character {found}',
    'error.jsonEnd': 'invalid JSON: the file ends too early',
    'error.jsonShape': 'unexpected JSON: expected {expected}',
    'error.itemNotFound': '"{item}" not found (present: {available})',
    'error.itemRequired': 'the file has several rows: pick one with item="…" (present: {available})',
    'error.noRows': 'no rows for group "{group}" and subject "{subject}"',
    'error.unterminatedQuote': 'unterminated quoted field',
    'error.binary': 'this does not look like a text file (binary data)',
  },
});

export type DataErrorKey = keyof typeof messages.nl;

/** An LzmDataError whose text this module provides. */
export function dataError(key: DataErrorKey, params: MessageParams = {}, location: DataLocation = {}): LzmDataError {
  return new LzmDataError(key, params, location);
}
