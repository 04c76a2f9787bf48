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

lines = ['leerling;groep;vak;voormeting;nameting;leerjaar;periode']
number = 1000
for group, (size, growth) in groups.items():
    year = ''.join(ch for ch in group if ch.isdigit()) or '6'
    for _ in range(size):
        number += 1
        name = f'{rng.choice(first)} {rng.choice(last)} ({number})'
        for subject, gain in growth.items():
            start = rng.gauss(50, 9)
            for period, share in PERIODS.get(subject, WHOLE_YEAR):
                period_gain = SPLIT_6A[period] if group == '6A' and subject in PERIODS else gain * share
                pre = start
                post = pre + rng.gauss(period_gain, 5 if share == 1 else 3.5)
                post_text = score(post)
                # A few pupils were absent for the post-test: left out and counted, not hidden.
                if rng.random() < 0.02:
                    post_text = ''
                lines.append(f'{name};{group};{subject};{score(pre)};{post_text};{year};{period}')
                # The next period starts where this one ended (plus a little forgetting).
                start = post - rng.gauss(0.5, 1)
(here / 'leerlingen.csv').write_bytes(('\r\n'.join(lines) + '\r\n').encode('cp1252'))

# Figures from the sources (docs: domain.md), not invented: Hattie's reviews.
influences = [
    'invloed;effectgrootte',
    'Kleinere klassen;0,18',
    'Feedback (eerste overzicht, 2009);1,13',
    'Feedback (latere definitie);0,75',
    'Hoge verwachtingen voor álle leerlingen;1,44',
]
(here / 'invloeden.csv').write_bytes(('\r\n'.join(influences) + '\r\n').encode('cp1252'))
