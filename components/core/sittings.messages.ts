import { messageLookup } from './locale.js';

/** Texts of the long-format reader (one row per pupil per sitting): errors and notes, nl and en. */
export const st = messageLookup({
  nl: {
    'sitting.level': '"{value}" is een niveau, geen score: gebruik de kolom Vaardigheidsscore',
    'sitting.notANumber': '"{value}" is geen score (een afwezige leerling mag "-", "afw.", "afwezig", "ziek", "n.v.t." of "x" hebben)',
    'sitting.badDate': '"{value}" is geen datum (verwacht: dd-mm-jjjj, d-m-jj of jjjj-mm-dd)',
    'sitting.noMoment': 'geen toetsmoment en geen afnamedatum: vul kolom "{column}" in',
    'sitting.twice': 'dezelfde leerling heeft twee afnames {subject} op moment {moment} (regel {first} en regel {line})',
    'sitting.mixedMoments': 'toetsmoment "{moment}" past niet bij de andere momenten van {subject} ("{other}", regel {line}): gebruik één soort (M5/E5 of Begin/Midden/Eind met jaargroep, of alleen datums), anders is de volgorde niet te bepalen',
    'sitting.noPupil': 'kolom "{column}" is leeg: zonder leerling zijn de afnames niet aan elkaar te koppelen',
    'sitting.empty': 'kolom "{column}" is leeg',
    'sitting.titleLines': '{file}: {count} regel(s) boven de kopregel overgeslagen (titel, schooljaar, datum)',
    'sitting.summaryRows': '{file}: {count} samenvattingsrij(en) overgeslagen (Gemiddelde, Totaal, Aantal …), eerste op regel {line}',
    'sitting.ignored': '{file}: kolommen niet gebruikt: {columns}',
    'sitting.absent': '{file}: {count} afwezig-markering(en) ("-", "afw." …) als ontbrekend geteld',
  },
  en: {
    'sitting.level': '"{value}" is a level, not a score: use the ability-score column (Vaardigheidsscore)',
    'sitting.notANumber': '"{value}" is not a score (an absent pupil may have "-", "afw.", "afwezig", "ziek", "n.v.t." or "x")',
    'sitting.badDate': '"{value}" is not a date (expected: dd-mm-yyyy, d-m-yy or yyyy-mm-dd)',
    'sitting.noMoment': 'no test moment and no test date: fill in column "{column}"',
    'sitting.twice': 'the same pupil has two {subject} sittings at moment {moment} (line {first} and line {line})',
    'sitting.mixedMoments': 'test moment "{moment}" does not fit the other moments of {subject} ("{other}", line {line}): use one kind (M5/E5, or Begin/Midden/Eind with a year column, or dates only), otherwise their order cannot be known',
    'sitting.noPupil': 'column "{column}" is empty: without a pupil the sittings cannot be paired',
    'sitting.empty': 'column "{column}" is empty',
    'sitting.titleLines': '{file}: {count} line(s) above the header row skipped (title, school year, date)',
    'sitting.summaryRows': '{file}: {count} summary row(s) skipped (Gemiddelde, Totaal, Aantal …), first on line {line}',
    'sitting.ignored': '{file}: columns not used: {columns}',
    'sitting.absent': '{file}: {count} absent mark(s) ("-", "afw." …) counted as missing',
  },
});
