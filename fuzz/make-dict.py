#!/usr/bin/env python3
# Writes fuzz/json.dict, the libFuzzer dictionary of the JSON targets (content,
# favourites, backup): JSON's syntax, awkward values, the formats, and every
# key found in content/ and tests/data/ (run again after adding a field).
import glob, json, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys, formats = set(), set()
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            keys.add(k); walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for f in sorted(glob.glob(root + '/content/**/*.json', recursive=True) + glob.glob(root + '/tests/data/**/*.json', recursive=True)):
    try:
        d = json.load(open(f, encoding='utf-8'))
    except ValueError:
        continue  # the broken fixtures are broken on purpose
    walk(d)
    if isinstance(d, dict) and isinstance(d.get('format'), str):
        formats.add(d['format'])
def entry_bytes(text):
    out = ''
    for b in text.encode('utf-8'):
        c = chr(b)
        out += '\\' + c if c in '\\"' else c if 32 <= b < 127 else '\\x%02X' % b
    return '"' + out + '"'
syntax = ['{', '}', '[', ']', ':', ',', '""', 'true', 'false', 'null', '-0', '0.5', '1e308', '-1e400',
          '9007199254740993', '1152921504606846976', '\\u0000', '\\ud800', '\\udc00', '\\"', '\u00e9', '\U0001F600']
syntax += ['{partner}', '"{partner}"']  # the one placeholder a card may hold (packs)
with open(root + '/fuzz/json.dict', 'w') as out:
    out.write('# Written by fuzz/make-dict.py: JSON syntax, awkward values, the formats and\n'
              '# every key of content/ and tests/data/.\n')
    for s in syntax: out.write(entry_bytes(s) + '\n')
    for s in sorted(formats): out.write(entry_bytes('"%s"' % s) + '\n')
    for k in sorted(keys): out.write(entry_bytes('"%s":' % k) + '\n')

# fuzz/coach.dict, for the phrasing coach: the words it listens for (content/coach
# and the vocabularies), the frames of an I statement, and awkward characters.
phrases = set()
patterns = json.load(open(root + '/content/coach/patterns.json', encoding='utf-8'))
phrases.update(patterns.get('labelFrames', []))
for pattern in patterns.get('patterns', []):
    phrases.update(p for p in pattern.get('phrases', []) if isinstance(p, str))
for name in ('faux-feelings', 'feelings', 'needs'):
    vocabulary = json.load(open(root + '/content/vocabulary/%s.json' % name, encoding='utf-8'))
    def words(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k in ('word', 'words', 'feelings', 'needs', 'items', 'families', 'groups'):
                    words(v)
        elif isinstance(o, list):
            for v in o: words(v)
        elif isinstance(o, str) and len(o) < 40:
            phrases.add(o)
    words(vocabulary)
frames = ['I feel ', 'I felt ', ' when ', ' because I need ', 'would you be willing to ', 'you ', "you're ",
          'you\u2019re ', "don't ", 'don\u2019t ', '. ', '? ', '! ', ', ', '\n', '\t', '  ', '"', "'",
          '\u00a0', '\u200b', '\u0301', '\U0001F600', '\ufeff', '\ufffd']
with open(root + '/fuzz/coach.dict', 'w') as out:
    out.write('# Written by fuzz/make-dict.py: what the phrasing coach listens for.\n')
    for s in frames + sorted(phrases):
        out.write(entry_bytes(s) + '\n')
