import { addMessages, t as translate, type Lang, type MessageParams } from '../../components/core/locale.js';
import '../../components/core/reading.js';

/** Strings of the pupil section's honest reading (legend, periods, notes), nl and en. */
const messages = addMessages({
  nl: {
    'honest.short.ciCrossesHinge': 'BI omvat het scharnierpunt',
    'honest.short.smallGroup': 'kleine groep',
    'honest.short.lowCorrelation': 'lage r',
    'honest.short.spreadDiffers': 'spreiding verschilt',
    'honest.short.ceiling': 'plafond',
    'honest.short.growthNotCause': 'groei, geen oorzaak',
    'honest.shortLegend': 'Tabellen met meer dan {max} rijen geven de kanttekeningen kort: “BI omvat het scharnierpunt” (met deze groepsgrootte niet te onderscheiden van het scharnierpunt), “kleine groep” (minder dan 10 leerlingen: lees met zorg), “lage r” en “spreiding verschilt” (waren voor- en nameting wel dezelfde soort toets?), “plafond” (veel leerlingen haalden de hoogste score: de toets was misschien te makkelijk om groei te laten zien).',
    'honest.hinge': 'Scharnierpunt: {hinge}.',
    'honest.hingeOwn': 'Scharnierpunt: {hinge}, behalve waar de school een eigen norm heeft (dashboard.json): {list}. Elke rij wordt met haar eigen scharnierpunt vergeleken (kolom “Scharnierpunt”).',
    'honest.hingeSubjectYear': '{subject} in leerjaar {year} {hinge}',
    'honest.hingeYear': 'leerjaar {year} {hinge}',
    'honest.columns': 'Naast elke d: n (leerlingen met beide metingen), het 95%-betrouwbaarheidsinterval, d_z (gemiddelde groei gedeeld door de spreiding van de groei) en r (samenhang tussen voor- en nameting). Rijen onder hun scharnierpunt zijn gemarkeerd met ▼. De kolom “Kanttekening” zegt wanneer het getal weinig kan dragen; boven elke tabel staat eenmaal wat elke kanttekening betekent.',
    'honest.latest': 'Waar een vak meer periodes heeft, tonen de tabellen en “Kijk hier eerst” de laatste periode; alle periodes staan onder “Per periode”.',
    'honest.periods': 'Per periode: meten, ingrijpen, opnieuw meten',
    'honest.periodsIntro': 'Effectgrootte per periode, in volgorde, per groep en vak. Periodes met minder dan {min} leerlingen tonen we zonder cijfers.',
    'honest.periodsTable': 'Effectgrootte per periode',
    'honest.schoolWide': 'hele school',
    'honest.lookFirstOwn': 'Groepen met een effectgrootte onder hun scharnierpunt:',
    'honest.lookItem': '{name}: d = {d} ({details})',
    'honest.period': 'periode {period}',
    'honest.hingeIs': 'scharnierpunt {hinge}',
    'honest.unknownHingeSubject': 'dashboard.json: scharnierpunt voor vak "{subject}", maar dat vak staat niet in de gegevens (wel: {known})',
    'col.period': 'Periode',
    'col.dz': 'd_z',
    'col.r': 'r',
    'col.hinge': 'Scharnier\u00adpunt',
  },
  en: {
    'honest.short.ciCrossesHinge': 'CI includes the hinge',
    'honest.short.smallGroup': 'small group',
    'honest.short.lowCorrelation': 'low r',
    'honest.short.spreadDiffers': 'spread differs',
    'honest.short.ceiling': 'ceiling',
    'honest.short.growthNotCause': 'growth, not cause',
    'honest.shortLegend': 'Tables with more than {max} rows give the notes in short: “CI includes the hinge” (with this group size, not distinguishable from the hinge point), “small group” (fewer than 10 pupils: read with care), “low r” and “spread differs” (were the pre- and post-test the same kind of test?), “ceiling” (many pupils reached the top score: the test may have been too easy to show growth).',
    'honest.hinge': 'Hinge point: {hinge}.',
    'honest.hingeOwn': 'Hinge point: {hinge}, except where the school set its own norm (dashboard.json): {list}. Each row is compared with its own hinge point (column “Hinge point”).',
    'honest.hingeSubjectYear': '{subject} in year {year} {hinge}',
    'honest.hingeYear': 'year {year} {hinge}',
    'honest.columns': 'Beside every d: n (pupils with both scores), the 95% confidence interval, d_z (mean gain divided by the spread of the gains) and r (correlation of pre- and post-test). Rows below their hinge point are marked ▼. The “Note” column says when the number cannot carry much; above each table, what each note means is said once.',
    'honest.latest': 'Where a subject has several periods, the tables and “Look here first” show the latest period; every period is under “Per period”.',
    'honest.periods': 'Per period: measure, intervene, measure again',
    'honest.periodsIntro': 'Effect size per period, in order, per group and subject. Periods with fewer than {min} pupils are shown without numbers.',
    'honest.periodsTable': 'Effect size per period',
    'honest.schoolWide': 'whole school',
    'honest.lookFirstOwn': 'Groups with an effect size below their hinge point:',
    'honest.lookItem': '{name}: d = {d} ({details})',
    'honest.period': 'period {period}',
    'honest.hingeIs': 'hinge point {hinge}',
    'honest.unknownHingeSubject': 'dashboard.json: hinge point for subject "{subject}", but that subject is not in the data (there are: {known})',
    'col.period': 'Period',
    'col.dz': 'd_z',
    'col.r': 'r',
    'col.hinge': 'Hinge point',
  },
});

export type HonestMessageKey = keyof typeof messages.nl;

export function ht(lang: Lang, key: HonestMessageKey, params?: MessageParams): string {
  return translate(lang, key, params);
}
