#!/usr/bin/env python3
# Copyright 2025 the Lucid authors. MIT license.
"""Golden trace tests: runs each tests/js/traces/<name>.js under a trace flag
and compares the trace with <name>.<kind>.out.

tests/js/run.py runs these programs as ordinary behaviour tests (stdout
against node's <name>.out); it does not compare traces, so this small runner
does. Python 3 standard library only.

Golden kinds (the file name says which flags produce it; every run adds
--predictable, so timestamps are 0.000 and ids are deterministic):

  <name>.trace-maps.out           --trace-maps                 (stderr)
  <name>.trace-maps-details.out   --trace-maps-details         (stderr)
  <name>.trace-<channel>.out      --trace-<channel>            (stderr)
  <name>.trace-maps.jsonl.out     --trace-maps --trace-format=jsonl
                                  --trace-file=<tmp>           (the file; the
                                  header's argv is replaced by ["..."] and
                                  this directory's path is removed from urls)

Header lines read from the program (as tests/js/run.py reads them):

  // Flags: ...            extra lucid flags
  // Trace-xfail: reason   the golden shows the intended trace; lucid does not
                           produce it yet. Counted as XFAIL while it differs,
                           XPASS (and a note to drop the line) once it matches.

Usage:
  python3 tests/js/traces/run.py [--lucid PATH] [--filter GLOB] [--update] [-v]

--update rewrites every golden from lucid's current output (except
Trace-xfail tests, whose goldens are written by hand). Exit status: 0 when
nothing failed, 1 otherwise.
"""

import argparse
import difflib
import fnmatch
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
GOLDEN_RE = re.compile(r'^(?P<name>[^.]+)\.(?P<kind>trace-[a-z-]+(?:\.jsonl)?)\.out$')
HEADER_RE = re.compile(r'^//\s*([A-Za-z][A-Za-z-]*)\s*:\s*(.*?)\s*$')
ARGV_RE = re.compile(r'"argv":\[[^\]]*\]')


def default_lucid():
    for build in ('build', 'build-tracer', 'build-vm'):
        path = os.path.join(REPO, build, 'runtime', 'lucid')
        if os.path.exists(path):
            return path
    return os.path.join(REPO, 'build', 'runtime', 'lucid')


def json_path_prefix(directory):
    """The directory as it appears inside JSON strings, with a trailing slash
    (script urls are absolute paths; goldens keep them relative)."""
    return os.path.realpath(directory).replace('\\', '\\\\').replace('"', '\\"') + '/'


def read_headers(path):
    headers = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            s = line.strip()
            if not s:
                continue
            if not s.startswith('//'):
                break
            m = HEADER_RE.match(s)
            if m:
                headers.setdefault(m.group(1), []).append(m.group(2))
    return headers


def discover(filters):
    cases = []
    for fn in sorted(os.listdir(HERE)):
        m = GOLDEN_RE.match(fn)
        if not m:
            continue
        js = os.path.join(HERE, m.group('name') + '.js')
        if not os.path.exists(js):
            continue
        label = f"{m.group('name')}.{m.group('kind')}"
        if filters and not any(fnmatch.fnmatch(label, g) or fnmatch.fnmatch(m.group('name'), g)
                               for g in filters):
            continue
        cases.append((js, m.group('kind'), os.path.join(HERE, fn), label))
    return cases


def run_case(lucid, js, kind, headers, timeout):
    """Returns (trace text, error or None)."""
    flags = ['--predictable']
    for value in headers.get('Flags', []):
        flags += value.split()
    jsonl = kind.endswith('.jsonl')
    channel_flag = '--' + (kind[:-len('.jsonl')] if jsonl else kind)
    flags.append(channel_flag)
    trace_file = None
    if jsonl:
        fd, trace_file = tempfile.mkstemp(prefix='lucid_trace_', suffix='.jsonl')
        os.close(fd)
        flags += ['--trace-format=jsonl', '--trace-file=' + trace_file]
    cmd = [lucid] + flags + [os.path.basename(js)]
    try:
        proc = subprocess.run(cmd, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return '', f'timeout after {timeout}s: {" ".join(cmd)}'
    err = proc.stderr.decode('utf-8', 'replace')
    if proc.returncode != 0:
        return err, f'exit status {proc.returncode}: {" ".join(cmd)}\n{err[-2000:]}'
    if jsonl:
        with open(trace_file, encoding='utf-8', errors='replace') as f:
            text = f.read()
        os.unlink(trace_file)
        text = ARGV_RE.sub('"argv":["..."]', text)
        return text.replace(json_path_prefix(HERE), ''), None
    return err, None


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--lucid', default=default_lucid())
    parser.add_argument('--filter', action='append', default=[])
    parser.add_argument('--update', action='store_true')
    parser.add_argument('--timeout', type=float, default=20)
    parser.add_argument('-v', '--verbose', action='store_true')
    args = parser.parse_args(argv)
    args.lucid = os.path.abspath(args.lucid)  # programs run with cwd = this directory
    if not os.path.exists(args.lucid):
        print(f'lucid not found: {args.lucid} (build it, or pass --lucid)', file=sys.stderr)
        return 1
    counts = {'pass': 0, 'fail': 0, 'xfail': 0, 'xpass': 0, 'updated': 0}
    for js, kind, golden, label in discover(args.filter):
        headers = read_headers(js)
        xfail = headers.get('Trace-xfail')
        actual, error = run_case(args.lucid, js, kind, headers, args.timeout)
        if error is not None:
            counts['fail'] += 1
            print(f'FAIL  {label}: {error}')
            continue
        if args.update and not xfail:
            with open(golden, 'w', encoding='utf-8') as f:
                f.write(actual)
            counts['updated'] += 1
            if args.verbose:
                print(f'UPDATED {label}')
            continue
        with open(golden, encoding='utf-8') as f:
            expected = f.read()
        same = expected == actual
        if xfail:
            if same:
                counts['xpass'] += 1
                print(f'XPASS {label}: matches now; remove its "// Trace-xfail:" line')
            else:
                counts['xfail'] += 1
                print(f'XFAIL {label}: {xfail[0]}')
            continue
        if same:
            counts['pass'] += 1
            if args.verbose:
                print(f'PASS  {label}')
            continue
        counts['fail'] += 1
        print(f'FAIL  {label}: trace differs')
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                    'expected', 'actual', lineterm='')
        for line in list(diff)[:80]:
            print('    ' + line)
    print(', '.join(f'{v} {k}' for k, v in counts.items() if v or k in ('pass', 'fail')))
    return 1 if counts['fail'] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
