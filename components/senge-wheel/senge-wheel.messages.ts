import { addMessages, t as translate, type Lang, type MessageParams } from '../core/locale.js';

/** Senge's disciplines; the first is the hub (systems thinking ties the other four together). */
export const SENGE = ['systems', 'mastery', 'models', 'vision', 'team'] as const;

/** The OECD / Wales "school as a learning organisation": seven dimensions, all in the ring. */
export const OECD = ['oVision', 'oStaff', 'oTeam', 'oEnquiry', 'oKnowledge', 'oExternal', 'oLeader'] as const;

export type Discipline = (typeof SENGE)[number] | (typeof OECD)[number];

/** The wheel's strings. `d.*` names a discipline, `x.*` explains it (the tooltip), in our own words. */
export const wheelMessages = addMessages({
  nl: {
    'd.systems': 'Systeemdenken',
    'd.mastery': 'Persoonlijk meesterschap',
    'd.models': 'Mentale modellen',
    'd.vision': 'Gedeelde visie',
    'd.team': 'Teamleren',
    'd.oVision': 'Gedeelde visie op het leren van alle leerlingen',
    'd.oStaff': 'Continu leren voor alle medewerkers',
    'd.oTeam': 'Teamleren en samenwerking',
    'd.oEnquiry': 'Cultuur van onderzoek, innovatie en verkenning',
    'd.oKnowledge': 'Systemen om kennis te verzamelen en te delen',
    'd.oExternal': 'Leren met de externe omgeving',
    'd.oLeader': 'Leiderschap in leren voorleven en laten groeien',
    'x.systems': 'Het geheel zien: hoe keuzes en gevolgen in de school met elkaar samenhangen. Verbindt de andere vier.',
    'x.mastery': 'Ieder blijft zelf leren en werkt bewust aan wat hij of zij wil bereiken.',
    'x.models': 'Eigen aannames uitspreken, laten bevragen en zo nodig bijstellen.',
    'x.vision': 'Samen een beeld van de toekomst maken waar iedereen zich aan verbindt.',
    'x.team': 'Samen denken en leren in gesprek, zodat het team meer weet dan ieder apart.',
    'x.oVision': 'Een visie, samen gemaakt, die het leren van elke leerling centraal zet.',
    'x.oStaff': 'Iedereen in de school blijft zich professioneel ontwikkelen.',
    'x.oTeam': 'Collega’s leren van en met elkaar en werken samen aan onderwijs.',
    'x.oEnquiry': 'Durven uitproberen, onderzoeken en vernieuwen.',
    'x.oKnowledge': 'Gegevens en kennis worden verzameld, gedeeld en gebruikt.',
    'x.oExternal': 'De school leert samen met ouders, andere scholen en partners.',
    'x.oLeader': 'Leidinggevenden leren zelf voor en geven anderen ruimte om te leiden.',
    'wheel.senge': 'De vijf disciplines van Senge',
    'wheel.oecd': 'School als lerende organisatie (OECD)',
    'wheel.scale': 'Schaal {min}–{max}',
    'wheel.hub': 'Systeemdenken staat in het midden: het verbindt de vier andere disciplines.',
    'wheel.fill': 'De vulling van elk deel loopt van binnen naar buiten mee met de score.',
    'wheel.spread': 'Streep met dwarsstreepjes: spreiding (SD of laagste–hoogste).',
    'wheel.outline': 'Stippellijn: vorige meting.',
    'wheel.hidden': 'Minder dan {min} antwoorden: geen score getoond (privacy).',
    'wheel.change': 'verandering',
    'wheel.earlier': 'vorige meting',
    'wheel.discipline': 'Discipline',
    'wheel.score': 'Score',
    'wheel.spreadCol': 'Spreiding',
    'wheel.empty': 'Nog geen scores om te tonen.',
    'error.wheelRange': '{name}: {value} ligt buiten de schaal {min}–{max}',
  },
  en: {
    'd.systems': 'Systems thinking',
    'd.mastery': 'Personal mastery',
    'd.models': 'Mental models',
    'd.vision': 'Shared vision',
    'd.team': 'Team learning',
    'd.oVision': 'Shared vision centred on the learning of all students',
    'd.oStaff': 'Continuous learning for all staff',
    'd.oTeam': 'Team learning and collaboration',
    'd.oEnquiry': 'Culture of enquiry, innovation and exploration',
    'd.oKnowledge': 'Systems for collecting and sharing knowledge',
    'd.oExternal': 'Learning with the external environment',
    'd.oLeader': 'Modelling and growing learning leadership',
    'x.systems': 'Seeing the whole: how choices and effects in the school hang together. It links the other four.',
    'x.mastery': 'Everyone keeps learning and works on purpose towards what they want to achieve.',
    'x.models': 'Saying your assumptions out loud, letting others question them, and changing them where needed.',
    'x.vision': 'Building together a picture of the future that everyone commits to.',
    'x.team': 'Thinking and learning together in dialogue, so the team knows more than each member alone.',
    'x.oVision': 'A vision, made together, that puts every student’s learning first.',
    'x.oStaff': 'Everyone in the school keeps developing professionally.',
    'x.oTeam': 'Colleagues learn from and with each other and build teaching together.',
    'x.oEnquiry': 'Daring to try things out, to enquire and to innovate.',
    'x.oKnowledge': 'Data and knowledge are collected, shared and used.',
    'x.oExternal': 'The school learns with parents, other schools and partners.',
    'x.oLeader': 'Leaders learn in the open and give others room to lead.',
    'wheel.senge': 'Senge’s five disciplines',
    'wheel.oecd': 'School as a learning organisation (OECD)',
    'wheel.scale': 'Scale {min}–{max}',
    'wheel.hub': 'Systems thinking sits in the centre: it links the four other disciplines.',
    'wheel.fill': 'Each part fills from the inside outwards with its score.',
    'wheel.spread': 'Line with end bars: spread (SD or lowest–highest).',
    'wheel.outline': 'Dotted line: previous measurement.',
    'wheel.hidden': 'Fewer than {min} answers: no score shown (privacy).',
    'wheel.change': 'change',
    'wheel.earlier': 'previous measurement',
    'wheel.discipline': 'Discipline',
    'wheel.score': 'Score',
    'wheel.spreadCol': 'Spread',
    'wheel.empty': 'No scores to show yet.',
    'error.wheelRange': '{name}: {value} is outside the scale {min}–{max}',
  },
});

export type WheelMessage = keyof typeof wheelMessages.nl | 'table.show' | 'table.hide' | 'error.attribute' | 'error.scale';

/** `t` typed to the wheel's keys; importing it also registers the table. */
export const t = (lang: Lang, key: WheelMessage, params?: MessageParams): string => translate(lang, key, params);
