import { addMessages, t as translate, type Lang, type MessageParams } from '../components/core/locale.js';

/** Strings of the page frame and its overview (skip link, description, overview grid, folded tables), nl and en. */
const messages = addMessages({
  nl: {
    'page.skip': 'Naar de inhoud',
    'page.description': 'Dashboard Leren Zichtbaar Maken{school}: effectgroottes per vak en groep, met hun betrouwbaarheid, en wat het team over zijn leren zegt. Alleen groepsgemiddelden.',
    'page.overview': 'Overzicht',
    'page.scrollRegion': '{name} (schuift opzij)',
    'page.fullTable': 'Alle cijfers: {name}',
    'overview.grid': 'Laatste effectgrootte per groep en vak',
    'overview.gridIntro': 'Elke cel: de effectgrootte d van de laatste periode; vorm en kleur geven de zone. * = lees met zorg: minder dan 10 leerlingen, of het 95%-BI omvat het scharnierpunt.',
    'overview.hingeOnce': 'Scharnierpunt overal {hinge}.',
    'overview.hingeCell': 'Onder elk getal het scharnierpunt waarmee het is vergeleken.',
    'overview.careful': 'lees met zorg',
    'overview.hingeShort': 'sch. {hinge}',
    'overview.hidden': 'verborgen',
    'overview.hiddenLong': 'verborgen: minder dan {min} leerlingen',
    'overview.none': 'geen meting',
    'overview.zones': 'Zones',
    'notes.once': 'Kanttekeningen in deze tabel:',
    'notes.col': 'Kanttekening',
    'notes.about.equalGains': 'elke leerling groeide precies evenveel (r = 1; bijvoorbeeld voormeting = nameting voor iedereen): een betrouwbaarheidsinterval is dan niet te berekenen.',
    'notes.about.ciCrossesHinge': 'met deze groepsgrootte is de effectgrootte niet te onderscheiden van het scharnierpunt: het 95%-BI omvat het.',
    'notes.about.smallGroup': 'minder dan 10 leerlingen: één leerling verandert het getal flink; lees het met zorg.',
    'notes.about.lowCorrelation': 'voor- en nameting hangen weinig samen (r onder 0,3): waren het wel toetsen van dezelfde soort?',
    'notes.about.spreadDiffers': 'de spreiding van voor- en nameting verschilt meer dan een factor 2: waren het wel toetsen van dezelfde soort?',
    'notes.about.ceiling': 'veel leerlingen haalden de hoogste score op de nameting: de toets was misschien te makkelijk om groei te laten zien.',
    'pupils.plotBySubject': '{subject}: effectgrootte per groep',
    'pupils.histograms': 'Verdeling van de groei per leerling',
  },
  en: {
    'page.skip': 'Skip to content',
    'page.description': 'Visible Learning dashboard{school}: effect sizes per subject and group, with how far they can be trusted, and what the team says about its learning. Group aggregates only.',
    'page.overview': 'Overview',
    'page.scrollRegion': '{name} (scrolls sideways)',
    'page.fullTable': 'All numbers: {name}',
    'overview.grid': 'Latest effect size per group and subject',
    'overview.gridIntro': 'Each cell: the effect size d of the latest period; shape and colour give the zone. * = read with care: fewer than 10 pupils, or the 95% CI includes the hinge point.',
    'overview.hingeOnce': 'Hinge point {hinge} everywhere.',
    'overview.hingeCell': 'Under each number, the hinge point it is compared with.',
    'overview.careful': 'read with care',
    'overview.hingeShort': 'hinge {hinge}',
    'overview.hidden': 'hidden',
    'overview.hiddenLong': 'hidden: fewer than {min} pupils',
    'overview.none': 'not measured',
    'overview.zones': 'Zones',
    'notes.once': 'Notes in this table:',
    'notes.col': 'Note',
    'notes.about.equalGains': 'every pupil gained exactly the same (r = 1; for instance pre-test = post-test for all): no confidence interval can be computed.',
    'notes.about.ciCrossesHinge': 'with this group size the effect size cannot be told apart from the hinge point: the 95% CI includes it.',
    'notes.about.smallGroup': 'fewer than 10 pupils: one pupil moves the number a lot; read it with care.',
    'notes.about.lowCorrelation': 'pre- and post-test hardly go together (r below 0.3): were they the same kind of test?',
    'notes.about.spreadDiffers': 'the spread of pre- and post-test differs by more than a factor 2: were they the same kind of test?',
    'notes.about.ceiling': 'many pupils reached the top score on the post-test: the test may have been too easy to show growth.',
    'pupils.plotBySubject': '{subject}: effect size per group',
    'pupils.histograms': 'Distribution of gains per pupil',
  },
});

export type PageMessageKey = keyof typeof messages.nl;

export function pt(lang: Lang, key: PageMessageKey, params?: MessageParams): string {
  return translate(lang, key, params);
}
