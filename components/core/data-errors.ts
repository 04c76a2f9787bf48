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
    'error.rowLength': 'waarden op deze regel: {count}, kolommen in de kopregel: {columns} (scheidingsteken "{delimiter}")',
    'error.delimiter': 'de kopregel is één kolom ("{header}"): gebruik ; , of tab als scheidingsteken',
    'error.headerTooLong': 'de kopregel is te lang ({columns} kolommen, {size} KB): ontbreken de regeleinden?',
    'error.bomInside': 'byte-order-markering (BOM) midden in het bestand: zijn twee bestanden aan elkaar geplakt?',
    'error.mixedEncoding': 'gemengde tekencodering: deze regel is geen UTF-8, de rest van het bestand wel; sla het bestand opnieuw op als UTF-8',
    'error.thousands': '"{value}" is geen getal: laat het scheidingsteken voor duizendtallen weg ({plain})',
    'error.duplicatePupil': 'leerling "{pupil}" staat twee keer in groep {group}, {subject} (eerder op regel {first})',
    'error.noPairs': 'geen enkele leerling in groep {group}, {subject} heeft zowel een voor- als een nameting ({pre} alleen voormeting, {post} alleen nameting): horen ze bij verschillende leerlingen?',
    'error.tooLarge': 'het bestand is te groot: {size} MB, de grens is {limit} MB',
    'error.duplicateColumn': 'kolommen "{first}" en "{second}" betekenen allebei "{field}": laat er één over',
    'error.numberTooLarge': '"{value}" is te groot voor een getal',
    'error.tooLargeStream': 'het bestand is te groot: meer dan de grens van {limit} MB',
    'error.timeout': 'geen antwoord binnen {seconds} s',
    'error.html': 'dit is een HTML-pagina, geen CSV of JSON: klopt het adres (of is het een inlog- of foutpagina)?',
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
    'error.rowLength': 'values on this row: {count}, columns in the header row: {columns} (delimiter "{delimiter}")',
    'error.delimiter': 'the header row is one column ("{header}"): use ; , or tab as the delimiter',
    'error.headerTooLong': 'the header row is too long ({columns} columns, {size} KB): are the line breaks missing?',
    'error.bomInside': 'byte order mark (BOM) in the middle of the file: were two files pasted together?',
    'error.mixedEncoding': 'mixed character encodings: this line is not UTF-8 while the rest of the file is; save the file again as UTF-8',
    'error.thousands': '"{value}" is not a number: leave out the thousands separator ({plain})',
    'error.duplicatePupil': 'pupil "{pupil}" appears twice in group {group}, {subject} (first on line {first})',
    'error.noPairs': 'no pupil in group {group}, {subject} has both a pre- and a post-test ({pre} pre-test only, {post} post-test only): do they belong to different pupils?',
    'error.tooLarge': 'the file is too large: {size} MB, the limit is {limit} MB',
    'error.duplicateColumn': 'columns "{first}" and "{second}" both mean "{field}": keep one',
    'error.numberTooLarge': '"{value}" is too large for a number',
    'error.tooLargeStream': 'the file is too large: more than the limit of {limit} MB',
    'error.timeout': 'no answer within {seconds} s',
    'error.html': 'this is an HTML page, not CSV or JSON: is the address right (or is it a login or error page)?',
  },
});

export type DataErrorKey = keyof typeof messages.nl;

/** An LzmDataError whose text this module provides. */
export function dataError(key: DataErrorKey, params: MessageParams = {}, location: DataLocation = {}): LzmDataError {
  return new LzmDataError(key, params, location);
}

/** A cell or header quoted in a message, cut short: a 10 MB line must not become a 10 MB message. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
