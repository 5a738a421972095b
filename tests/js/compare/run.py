#!/usr/bin/env python3
# Copyright 2025 the Lucid authors. MIT license.
"""End-to-end tests of `lucid --stats-file` and `lucid compare`, through the
lucid binary (meson runs it as the `compare_cli` test; tests/unit/tracer/
stats_test.cc covers the same code from inside).

Deterministic: the programs run with --predictable, timings are never
compared, and IC counts (which change as the inline caches evolve) are only
checked for shape, not value.

Usage: python3 tests/js/compare/run.py [--lucid PATH] [-v]
Exit status: 0 when every check passed, 1 otherwise.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
FIXTURES = os.path.join(HERE, 'fixtures')
KEEP = os.path.join(FIXTURES, 'keep.js')
DELETE = os.path.join(FIXTURES, 'delete.js')
THROWS = os.path.join(FIXTURES, 'throws.js')

failures = []


def check(name, ok, detail=''):
    if ok:
        print(f'ok   {name}')
    else:
        print(f'FAIL {name}\n     {detail}')
        failures.append(name)


def run(cmd):
    proc = subprocess.run(cmd, cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def test_stats_file(lucid):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'stats.json')
        rc, out, err = run([lucid, '--predictable', f'--stats-file={path}', DELETE])
        check('stats-file: program runs', rc == 0 and out == '4950\n', f'rc={rc} out={out!r} err={err!r}')
        try:
            with open(path) as f:
                stats = json.load(f)
        except (OSError, ValueError) as e:
            check('stats-file: one valid JSON object', False, str(e))
            return
        check('stats-file: one valid JSON object', isinstance(stats, dict), repr(stats)[:200])
        check('stats-file: format and version',
              stats.get('format') == 'lucid stats' and stats.get('version') == 1, repr(stats)[:200])
        check('stats-file: --predictable gives ms 0', stats.get('ms') == 0 and stats.get('predictable') is True,
              repr(stats.get('ms')))
        shapes = stats.get('shapes', {})
        check('stats-file: 100 dictionary-mode objects by delete',
              shapes.get('dictionary') == 100 and shapes.get('dictionary_reasons') == {'delete_not_last': 100},
              repr(shapes))
        groups = {'shapes': ['created', 'transitions', 'dictionary', 'deprecated', 'generalized', 'migrations',
                             'prototypes', 'invalidations'],
                  'ics': ['counted', 'events', 'sites', 'uninit', 'mono', 'poly', 'mega', 'generic',
                          'feedback_vectors', 'stub_cache_hits', 'stub_cache_misses', 'by_kind'],
                  'opt': ['compiled', 'deopts'],
                  'gc': ['scavenges', 'mark_compacts', 'pause_us_total', 'max_pause_us']}
        missing = [f'{g}.{k}' for g, keys in groups.items() for k in keys if k not in stats.get(g, {})]
        check('stats-file: every documented key', not missing, f'missing: {missing}')
        ics = stats.get('ics', {})
        by_kind_sum = sum(kind.get('sites', 0) for kind in ics.get('by_kind', {}).values())
        check('stats-file: ics.sites is the sum of by_kind', ics.get('sites') == by_kind_sum, repr(ics))
        rc, out, err = run([lucid, '--predictable', '--stats-file=/nonexistent-dir/s.json', KEEP])
        check('stats-file: unwritable path is reported, the run still succeeds',
              rc == 0 and 'lucid: cannot write --stats-file=/nonexistent-dir/s.json:' in err,
              f'rc={rc} err={err!r}')


# (arguments after `compare`, expected exit status, expected first stderr line)
USAGE_ERRORS = [
    ([], 2, 'lucid compare: compare wants two programs: lucid compare a.js b.js'),
    ([KEEP], 2, 'lucid compare: compare wants a second program: lucid compare a.js b.js'),
    ([KEEP, DELETE, THROWS], 2, f"lucid compare: compare takes two programs; a third was given: '{THROWS}'"),
    (['--runs=0', KEEP, DELETE], 2, "lucid compare: --runs wants a number of runs from 1 to 100, not '0'"),
    ([KEEP, DELETE, '--runs'], 2, 'lucid compare: --runs wants a number'),
    (['--frob', KEEP, DELETE], 2,
     "lucid compare: unknown option '--frob' (compare takes --runs=N; put flags for the programs after --)"),
    ([KEEP, DELETE, '--', 'x.js'], 2,
     "lucid compare: 'x.js' after -- is not a lucid flag (flags after -- go to both programs)"),
    (['missing.js', DELETE], 2, "lucid compare: cannot read 'missing.js': No such file or directory"),
    ([KEEP, FIXTURES], 2, f"lucid compare: cannot read '{FIXTURES}': not a regular file"),
    (['--runs=1', KEEP, THROWS], 1,
     f'lucid compare: {THROWS} failed (exit status 1); its stderr ends with:'),
]


def test_compare_errors(lucid):
    for args, status, first in USAGE_ERRORS:
        rc, out, err = run([lucid, 'compare'] + args)
        shown = ' '.join(os.path.relpath(a, REPO) if a.startswith('/') else a for a in args)
        name = 'compare ' + (shown or '(no arguments)')
        line = err.splitlines()[0] if err else ''
        check(f'{name}: exit {status}', rc == status and line == first and out == '',
              f'rc={rc} first stderr line={line!r} stdout={out!r}')
    rc, out, err = run([lucid, 'compare', '--runs=1', KEEP, THROWS])
    check('compare: a failing program shows its stderr', '    | Error: boom' in err, err)
    rc, out, err = run([lucid, 'compare', KEEP, DELETE, '--', '--no-such-flag'])
    check('compare: bad flag after -- is a usage error', rc == 2 and '--no-such-flag' in err, f'rc={rc} {err!r}')
    rc, out, err = run([lucid, 'compare', '--help'])
    check('compare --help', rc == 0 and out.startswith('Usage: lucid compare'), out[:100])


def test_compare_output(lucid):
    rc, out, err = run([lucid, 'compare', '--runs=1', KEEP, DELETE, '--', '--predictable'])
    check('compare keep.js delete.js: exit 0', rc == 0 and err == '', f'rc={rc} err={err!r}')
    lines = out.splitlines()
    header = re.compile(r'^ +keep\.js +delete\.js$')
    check('compare: a header row with both names', any(header.match(l) for l in lines), out)
    expected_rows = ['shapes created', 'transitions', 'dictionary-mode objects', 'deprecations',
                     'IC sites monomorphic', 'IC sites polymorphic', 'IC sites megamorphic', 'IC sites generic',
                     'megamorphic stub-cache probes', 'scavenges', 'mark-compacts', 'time per run (ms)']
    labels = [l[2:34].rstrip() for l in lines if l.startswith('  ') and len(l) > 34]
    check('compare: every row, in order', [l for l in labels if l in expected_rows] == expected_rows,
          f'rows: {labels}')
    row = next((l for l in lines if l.startswith('  dictionary-mode objects')), '')
    check('compare: dictionary-mode objects 0 vs 100', row.split()[-2:] == ['0', '100'], row)
    check('compare: the dictionary verdict names the program and the reason',
          '  delete.js: 100 dictionary-mode objects vs 0 (delete 100)' in lines, out)
    values = [l.split()[-2:] for l in lines if l.startswith('  ') and l[2:34].rstrip() in expected_rows[:-1]]
    aligned = len({len(l) for l in lines if l.startswith('  ') and l[2:34].rstrip() in expected_rows}) == 1
    check('compare: rows are aligned', aligned and len(values) == len(expected_rows) - 1, out)
    check('compare: a time verdict', any(l.startswith('  time: ') for l in lines), out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--lucid', default=os.path.join(REPO, 'build', 'runtime', 'lucid'))
    args = parser.parse_args()
    lucid = os.path.abspath(args.lucid)
    if not os.path.exists(lucid):
        print(f'no lucid binary at {lucid}')
        return 1
    test_stats_file(lucid)
    test_compare_errors(lucid)
    test_compare_output(lucid)
    print(f'{len(failures)} failed' if failures else 'all passed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
