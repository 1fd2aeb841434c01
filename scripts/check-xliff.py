#!/usr/bin/env python3
"""For translators: checks one locale's XLIFF file. Every unit has a non-empty <target>, and each
target has exactly the placeholders of its source (the same <x id="…"/> ids; lit-localize matches
them by id). Usage:
python3 scripts/check-xliff.py locales/cy.xlf"""
import re, sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
ET.parse(path)  # well-formed
text = open(path, encoding='utf-8').read()
problems = 0
units = re.findall(r'<trans-unit id="([^"]+)">(.*?)</trans-unit>', text, re.S)
for uid, body in units:
    source = re.search(r'<source>(.*?)</source>', body, re.S).group(1)
    target = re.search(r'<target>(.*?)</target>', body, re.S)
    if not target or not target.group(1).strip():
        print(f'{uid}: no translation'); problems += 1; continue
    ph = lambda s: sorted(re.findall(r'<x id="([^"]*)"', s))
    if ph(source) != ph(target.group(1)):
        print(f'{uid}: placeholders differ from the source'); problems += 1
print(f'{path}: {len(units) - problems} of {len(units)} units OK')
sys.exit(1 if problems else 0)
