#!/usr/bin/env python3
"""Writes the fictional school's export in examples/ as Dutch Excel saves it: Windows-1252, ';',
decimal commas, CRLF. Deterministic (fixed seed), so re-running gives the same bytes.

    python3 examples/make-examples.py
"""
import random
from pathlib import Path

here = Path(__file__).resolve().parent
rng = random.Random(20261125)

first = ['Zoë', 'Daniëlle', 'Noël', 'Chloë', 'René', 'Anaïs', 'Sem', 'Daan', 'Lotte', 'Emma', 'Julia',
         'Mila', 'Tess', 'Finn', 'Lucas', 'Liam', 'Saar', 'Noah', 'Sophie', 'Jesse', 'Fenna', 'Joël',
         'Maël', 'Inès', 'Esmée', 'Thijs', 'Björn', 'Hélène', 'Mees', 'Yara']
last = ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
        'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'Koç']

# group: (pupils, mean growth per subject in points); the growth sets each group's effect size.
groups = {
    '3A': (28, {'rekenen': 6, 'taal': 5, 'begrijpend lezen': 4}),
    '3B': (27, {'rekenen': 5, 'taal': 6, 'begrijpend lezen': 5}),
    '4A': (29, {'rekenen': 7, 'taal': 4, 'begrijpend lezen': 3}),
    '5A': (26, {'rekenen': 4, 'taal': 5, 'begrijpend lezen': 6}),
    '5B': (28, {'rekenen': 8, 'taal': 6, 'begrijpend lezen': 5}),
    '6A': (30, {'rekenen': 1, 'taal': 5, 'begrijpend lezen': 0.5}),
    '7A': (27, {'rekenen': 6, 'taal': 2, 'begrijpend lezen': 5}),
    '8A': (29, {'rekenen': 5, 'taal': 6, 'begrijpend lezen': 7}),
    '8B': (25, {'rekenen': 6, 'taal': 5, 'begrijpend lezen': 4}),
    'Schakelklas': (4, {'rekenen': 9, 'taal': 8, 'begrijpend lezen': 7}),
}


def score(value):
    """Half points, written with a decimal comma as Dutch Excel does."""
    rounded = round(value * 2) / 2
    return (f'{rounded:.1f}'.replace('.', ',')).replace(',0', '')


# Rekenen is measured twice (autumn and spring: measure, intervene, measure again); the other
# subjects once over the whole year. Group 6A grew little in rekenen in the autumn and got extra
# instruction after it: the share of the year's growth per period.
PERIODS = {'rekenen': [('sep-jan', 0.5), ('feb-jun', 0.5)]}
SPLIT_6A = {'sep-jan': 0, 'feb-jun': 5}
WHOLE_YEAR = [('sep-jun', 1)]

# The pupils have their own generator; the shared one is moved on exactly as the first,
# single-period version of this export moved it, so the survey below keeps its numbers.
pupil_rng = random.Random(20261125)
roster = []  # (group, year, number, name): the same pupils in the pupil-tracking export below
lines = ['leerling;groep;vak;voormeting;nameting;leerjaar;periode']
number = 1000
for group, (size, growth) in groups.items():
    year = ''.join(ch for ch in group if ch.isdigit()) or '6'
    for _ in range(size):
        number += 1
        name = f'{pupil_rng.choice(first)} {pupil_rng.choice(last)} ({number})'
        roster.append((group, year, number, name))
        for subject, gain in growth.items():
            start = pupil_rng.gauss(50, 9)
            for period, share in PERIODS.get(subject, WHOLE_YEAR):
                period_gain = SPLIT_6A[period] if group == '6A' and subject in PERIODS else gain * share
                pre = start
                post = pre + pupil_rng.gauss(period_gain, 5 if share == 1 else 3.5)
                post_text = score(post)
                # A few pupils were absent for the post-test: left out and counted, not hidden.
                if pupil_rng.random() < 0.02:
                    post_text = ''
                lines.append(f'{name};{group};{subject};{score(pre)};{post_text};{year};{period}')
                # The next period starts where this one ended (plus a little forgetting).
                start = post - pupil_rng.gauss(0.5, 1)
(here / 'leerlingen.csv').write_bytes(('\r\n'.join(lines) + '\r\n').encode('cp1252'))
for group, (size, growth) in groups.items():
    for _ in range(size):
        rng.choice(first), rng.choice(last)
        for gain in growth.values():
            rng.gauss(50, 9), rng.gauss(gain, 5), rng.random()

# Figures from the sources (docs: domain.md), not invented: Hattie's reviews.
influences = [
    'invloed;effectgrootte',
    'Kleinere klassen;0,18',
    'Feedback (eerste overzicht, 2009);1,13',
    'Feedback (latere definitie);0,75',
    'Hoge verwachtingen voor álle leerlingen;1,44',
]
(here / 'invloeden.csv').write_bytes(('\r\n'.join(influences) + '\r\n').encode('cp1252'))


def comma(value, digits=2):
    """A decimal comma, trailing zeros dropped, as Excel shows a mean."""
    return f'{value:.{digits}f}'.rstrip('0').rstrip('.').replace('.', ',')


def write(name, lines):
    (here / name).write_bytes(('\r\n'.join(lines) + '\r\n').encode('cp1252'))


# The team's learning landscape, agreed in a team meeting on a 1..5 scale, with last year's map.
write('leerlandschap.csv', [
    'onderdeel;van;naar;waarde;vorige',
    'onderzoeken;;;3,5;2,5',
    'praktiseren;;;4,5;4,5',
    'creëren;;;2;1,5',
    'onderzoekend praktiseren;;;3;2',
    'onderzoekend creëren;;;1,5;1',
    'praktiserend creëren;;;2,5;2',
    'pionieren;;;1;1',
    'brug;onderzoeken;praktiseren;4;3',
    'brug;praktiseren;onderzoeken;2;1,5',
    'brug;onderzoeken;creëren;2,5;2',
    'brug;creëren;onderzoeken;1;1',
    'brug;praktiseren;creëren;3;2,5',
    'brug;creëren;praktiseren;3,5;2',
])

# Senge survey: each respondent's score per discipline is the mean of four items (1..5), so
# quarters appear with decimal commas. Two moments; the small "IB en directie" team stays hidden.
senge = ['Systeemdenken', 'Persoonlijk meesterschap', 'Mentale modellen', 'Gedeelde visie', 'Teamleren']
teams = {'onderbouw': (9, [3.2, 3.9, 2.8, 3.6, 3.7]), 'middenbouw': (8, [3.0, 3.6, 2.6, 3.3, 3.2]),
         'bovenbouw': (10, [3.4, 3.8, 3.0, 3.9, 3.5]), 'IB en directie': (3, [4.0, 4.2, 3.5, 4.4, 4.1])}
lines = ['respondent;team;moment;' + ';'.join(senge)]
respondent = 0
for moment, shift in (('september 2025', -0.35), ('juni 2026', 0)):
    respondent_in_moment = 0
    for team, (size, means) in teams.items():
        for _ in range(size):
            respondent_in_moment += 1
            answers = []
            for mean in means:
                items = [min(5, max(1, round(rng.gauss(mean + shift, 0.8)))) for _ in range(4)]
                answers.append(comma(sum(items) / 4))
            # One respondent skipped the mental-models questions: an empty cell, not a zero.
            if moment == 'juni 2026' and respondent_in_moment == 5:
                answers[2] = ''
            lines.append(f'R{respondent_in_moment:02d};{team};{moment};' + ';'.join(answers))
write('senge-antwoorden.csv', lines)

# The school's feedback legend with how often each dot was given on the last arithmetic test.
write('feedbacklegenda.csv', [
    'nummer;kleur;symbool;betekenis;aantal',
    '1;rood;rondje;Je antwoord lijkt niet op het goede antwoord. Lees de vraag opnieuw.;14',
    '2;blauw;vierkantje;Je antwoord klopt, maar je uitleg of onderbouwing nog niet helemaal.;31',
    '3;groen;driehoekje;Je antwoord lijkt op het goede antwoord, maar er klopt iets niet.;22',
    '4;oranje;ruitje;Je antwoord klopt, maar er ontbreken één of meer onderdelen.;18',
    '5;paars;sterretje;Er ontbreken één of meer onderdelen.;9',
    '6;roze;kruisje;Je antwoord klopt, maar voldoet nog niet helemaal aan de eisen van de opdracht.;6',
])

# The Cito tests of the same pupils as the school's pupil-tracking system exports them (Leerling in
# Beeld style): one row per pupil per sitting, title lines above the header, an ability score
# (vaardigheidsscore) beside a level that is not a score, absent marks, an average row at the
# bottom; Windows-1252, ';', dd-mm-jjjj, CRLF. Its own generator, so the files above keep their bytes.
lvs_rng = random.Random(20260612)
CITO = {'Spelling': (112, 9, {'M': '22-01-2026', 'E': '09-06-2026'}), 'Woordenschat': (96, 11, {'M': '27-01-2026', 'E': '16-06-2026'})}
# Mean growth M -> E per group (points of ability score); 7A grew little in spelling.
CITO_GAIN = {'7A': {'Spelling': 1}, '4A': {'Woordenschat': 9}}
LEVELS = ['V', 'IV', 'III', 'II', 'I']
lvs = [
    'ParnasSys / Leerling in Beeld: groepsoverzicht toetsen',
    'Schooljaar 2025-2026;;;;;;;;;;;',
    'Aangemaakt op 19-06-2026 om 14:03 door J. de Wit;;;;;;;;;;;',
    ';;;;;;;;;;;',
    'Leerlingnummer;Achternaam;Tussenvoegsel;Roepnaam;Groep;Jaargroep;Toets;Toetsversie;Afnamedatum;Vaardigheidsscore;Niveau;Percentiel',
]
totals = []
for group, year, number, name in roster:
    given, rest = name.split(' ', 1)
    surname = rest.rsplit(' (', 1)[0]
    infix, _, family = surname.rpartition(' ')
    for test, (base, sd, dates) in CITO.items():
        level_year = int(year)
        start = lvs_rng.gauss(base + 12 * (level_year - 3), sd)
        gain = CITO_GAIN.get(group, {}).get(test, 6)
        post = start + lvs_rng.gauss(gain, 4)
        for moment, value in (('M', start), ('E', post)):
            cell = str(round(value)) if lvs_rng.random() > 0.015 else lvs_rng.choice(['afw.', '-', 'ziek'])
            level = LEVELS[min(4, max(0, int((value - base - 12 * (level_year - 3)) / sd + 2.5)))] if cell[0].isdigit() else ''
            percentile = str(min(99, max(1, int(50 + (value - base - 12 * (level_year - 3)) * 3)))) if cell[0].isdigit() else ''
            if cell[0].isdigit():
                totals.append(int(cell))
            lvs.append(f'{number};{family};{infix};{given};Groep {group};{year};{test};{moment}{year};{dates[moment]};{cell};{level};{percentile}')
lvs.append(f'Gemiddelde;;;;;;;;;{sum(totals) / len(totals):.1f};;'.replace('.', ','))
write('lvs/lvs-export.csv', lvs)
