#!/usr/bin/env python3
"""Runs the test262-parser-tests corpus through Lucid's parser (lucid_parse).

  pass/, pass-explicit/  every script must parse            (OK)
  fail/, early/          every script must be a SyntaxError (no crash, no hang,
                         no acceptance)

`*.module.js` files are counted apart: Lucid has no ES modules. A file listed in
tests/parser262/exclusions.txt (with its reason) is counted as excluded; an
excluded file that now behaves is reported as a stale exclusion.

The corpus is installed on first use with
`npm install --no-save --prefix <repo> test262-parser-tests` (node_modules is
git-ignored). Ends with one summary line: `N passed, N failed`.

  tests/parser262/run.py [--lucid-parse PATH] [--verbose] [--folder NAME]
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = 'test262-parser-tests'
CORPUS = os.path.join(ROOT, 'node_modules', PACKAGE)
FOLDERS = (('pass', 'OK'), ('pass-explicit', 'OK'), ('fail', 'SyntaxError'),
           ('early', 'SyntaxError'))
BATCH = 250
BATCH_TIMEOUT = 60
SINGLE_TIMEOUT = 10


def ensure_corpus():
    if os.path.isdir(os.path.join(CORPUS, 'pass')):
        return
    print(f'installing {PACKAGE} into {ROOT}/node_modules ...', flush=True)
    subprocess.run(['npm', 'install', '--no-save', '--no-audit', '--no-fund', '--prefix', ROOT,
                    PACKAGE], check=True)


def find_driver(explicit):
    if explicit:
        return explicit
    for build in ('build', 'build-parser'):
        path = os.path.join(ROOT, build, 'tests', 'parser262', 'lucid_parse')
        if os.path.exists(path):
            return path
    sys.exit('lucid_parse not found: build it (ninja -C build tests/parser262/lucid_parse) '
             'or pass --lucid-parse')


def read_exclusions():
    """exclusions.txt: `folder/file  reason` per line; `#` starts a comment."""
    exclusions = {}
    with open(os.path.join(HERE, 'exclusions.txt'), encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 1)
            if len(parts) < 2:
                sys.exit(f'exclusions.txt:{number}: an exclusion needs a reason')
            exclusions[parts[0]] = parts[1]
    return exclusions


def parse_output(text):
    """Maps path -> (status, message) from lucid_parse's output lines."""
    results = {}
    for line in text.splitlines():
        status, _, rest = line.partition(' ')
        if status == 'OK':
            results[rest] = ('OK', '')
        elif status in ('SyntaxError', 'RangeError'):
            path, _, message = rest.partition(': ')
            results[path] = (status, message)
    return results


def run_one(driver, path):
    try:
        proc = subprocess.run([driver, path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=SINGLE_TIMEOUT)
    except subprocess.TimeoutExpired:
        return ('HANG', f'no result after {SINGLE_TIMEOUT}s')
    result = parse_output(proc.stdout.decode('utf-8', 'replace')).get(path)
    if result is None or proc.returncode < 0:
        return ('CRASH', f'exit status {proc.returncode}')
    return result


def run_batch(driver, paths):
    """Parses paths in one process; reruns them one by one if it crashes or hangs."""
    try:
        proc = subprocess.run([driver, '-'], input='\n'.join(paths).encode('utf-8'),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=BATCH_TIMEOUT)
        results = parse_output(proc.stdout.decode('utf-8', 'replace'))
        ok = proc.returncode >= 0
    except subprocess.TimeoutExpired:
        results, ok = {}, False
    missing = [p for p in paths if p not in results]
    if not ok or missing:
        for path in missing:
            results[path] = run_one(driver, path)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--lucid-parse', help='path to the lucid_parse driver')
    parser.add_argument('--verbose', '-v', action='store_true', help='list every failure')
    parser.add_argument('--folder', action='append', help='only this folder (repeatable)')
    args = parser.parse_args()

    ensure_corpus()
    driver = find_driver(args.lucid_parse)
    exclusions = read_exclusions()
    total_passed = total_failed = 0
    stale = []
    failures = []
    for folder, expected in FOLDERS:
        if args.folder and folder not in args.folder:
            continue
        names = sorted(os.listdir(os.path.join(CORPUS, folder)))
        modules = [n for n in names if n.endswith('.module.js')]
        scripts = [n for n in names if not n.endswith('.module.js')]
        paths = [os.path.join(CORPUS, folder, n) for n in scripts]
        results = {}
        for i in range(0, len(paths), BATCH):
            results.update(run_batch(driver, paths[i:i + BATCH]))
        passed = failed = excluded = 0
        for name, path in zip(scripts, paths):
            status, message = results[path]
            good = status == expected
            key = f'{folder}/{name}'
            if key in exclusions:
                excluded += 1
                if good:
                    stale.append(key)
                continue
            if good:
                passed += 1
            else:
                failed += 1
                failures.append(f'{key}: expected {expected}, got {status} {message}'.rstrip())
        print(f'{folder:14} {passed:5} passed, {failed:4} failed, {excluded:3} excluded, '
              f'{len(modules):3} modules not run (expected: {expected})')
        total_passed += passed
        total_failed += failed
    if failures:
        shown = failures if args.verbose else failures[:40]
        print('\nfailures:')
        for line in shown:
            print('  ' + line)
        if len(shown) < len(failures):
            print(f'  ... and {len(failures) - len(shown)} more (--verbose lists all)')
    for key in stale:
        print(f'stale exclusion (now behaves; remove it): {key}')
    print(f'{total_passed} passed, {total_failed} failed')
    return 1 if total_failed else 0


if __name__ == '__main__':
    sys.exit(main())
