#!/usr/bin/env python3
"""Runs Lucid's JS behaviour tests (tests/js/<area>/<name>.js) and compares them
with their expected output (<name>.out, and <name>.err for `// Exit:` tests).

Expected output comes from node. tests/js/README.md documents the header lines,
the modes, the normalization and every option; `run.py --help` summarizes them.
The last line printed is always `N passed, N failed[, N skipped]`, counting
(test, mode) pairs. Exit status: 0 when nothing failed, 1 otherwise, 2 on bad usage.
Python 3 standard library only.
"""
import argparse
import concurrent.futures
import difflib
import fnmatch
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

TEST_ROOT = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(TEST_ROOT))
DEFAULT_LUCID = os.path.join(REPO_ROOT, 'build', 'runtime', 'lucid')
DIFFERS_FILE = os.path.join(TEST_ROOT, 'node_differs.txt')
SCRIPT_WRAPPER = os.path.join(TEST_ROOT, 'tools', 'run_script.js')
# Folders under tests/js that hold no test programs.
NON_TEST_DIRS = {'harness', 'tools'}
# Subfolders (at any depth) holding files that tests load but that are not tests.
FIXTURE_DIRS = {'fixtures'}

# Mode name -> extra lucid flags. Order is the order they run and print in.
MODES = {
    'default': [],
    'no-jit': ['--no-jit'],
    'jit-eager': ['--jit-eager'],
    # Feedback from the first call, so ICs run under the GC stress too.
    'gc-stress': ['--gc-stress', '--verify-heap', '--no-lazy-feedback-allocation'],
    # Every function has its feedback vector from its first call: every IC
    # path runs (the sanitizer pass of tests/run_all.py uses this mode).
    'ic-eager': ['--no-lazy-feedback-allocation'],
    # Compiled code under GC stress: tests/run_all.py runs it on the GC
    # subset (GC_SUBSET there); not part of the default set of modes.
    'jit-gc-stress': ['--jit-eager', '--gc-stress', '--verify-heap', '--no-lazy-feedback-allocation'],
}
# Modes that run only when asked for with --modes.
OPT_IN_MODES = {'jit-gc-stress'}

HEADER_RE = re.compile(r'^//\s*([A-Za-z][A-Za-z-]*)\s*(?::\s*(.*?))?\s*$')
KNOWN_HEADERS = {'Flags', 'Modes', 'Exit', 'Args', 'Script', 'Reason', 'Env'}


class Test:
    def __init__(self, path):
        self.path = path                                   # absolute .js path
        self.rel = os.path.relpath(path, TEST_ROOT)        # area/name.js
        self.name = self.rel[:-3]                          # area/name
        self.dir = os.path.dirname(path)
        self.out_path = path[:-3] + '.out'
        self.err_path = path[:-3] + '.err'
        self.flags = []
        self.modes = None          # None = every mode
        self.exit = 0
        self.exit_given = False
        self.args = []
        self.env = {}              # `// Env: TZ=UTC`: set for lucid and for node
        self.script = False
        self.reason = None
        self.header_errors = []
        self._parse_header()

    def _parse_header(self):
        """Reads the comment lines at the top of the file. A header line is
        `// Key: value` (or `// Script`) with a known key; other comment lines
        are ordinary comments and may be mixed in. Parsing stops at the first
        line that is not a comment or blank."""
        with open(self.path, encoding='utf-8', errors='replace') as f:
            for line in f:
                s = line.strip()
                if not s:
                    continue
                if not s.startswith('//'):
                    break
                m = HEADER_RE.match(s)
                if not m or m.group(1) not in KNOWN_HEADERS:
                    continue
                key, value = m.group(1), (m.group(2) or '').strip()
                if key == 'Flags':
                    self.flags += value.split()
                elif key == 'Modes':
                    modes = value.split()
                    bad = [x for x in modes if x not in MODES]
                    if bad or not modes:
                        self.header_errors.append(f'unknown mode(s) in header: {value!r}')
                    self.modes = [x for x in modes if x in MODES]
                elif key == 'Exit':
                    try:
                        self.exit = int(value)
                        self.exit_given = True
                    except ValueError:
                        self.header_errors.append(f'bad Exit header: {value!r}')
                elif key == 'Args':
                    self.args += value.split()
                elif key == 'Env':
                    for pair in value.split():
                        name, eq, val = pair.partition('=')
                        if not eq or not name:
                            self.header_errors.append(f'bad Env header: {value!r}')
                        else:
                            self.env[name] = val
                elif key == 'Script':
                    if value:
                        self.header_errors.append('`// Script` takes no value')
                    self.script = True
                elif key == 'Reason':
                    self.reason = value
        left_out = [m for m in MODES if m not in OPT_IN_MODES and m not in (self.modes or [])]
        if self.modes is not None and left_out and not self.reason:
            self.header_errors.append('a `// Modes:` header that leaves out a mode needs '
                                      'a `// Reason:` line saying why')

    def runs_in(self, mode):
        # The opt-in GC mode follows the test's gc-stress choice.
        if mode == 'jit-gc-stress' and self.modes is not None and 'gc-stress' in self.modes:
            return True
        return self.modes is None or mode in self.modes


# ---------------------------------------------------------------- normalization

HEX_RE = re.compile(r'0x[0-9a-fA-F]{6,}')
NODE_INTERNAL_FRAME_RE = re.compile(r'^\s+at (?:.*\()?node:')
NODE_TRAILER_RE = re.compile(r'^Node\.js v\d+')
NODE_TRACE_UNCAUGHT_RE = re.compile(r'^\(Use `\S+ --trace-uncaught \.\.\.` to show where')


def path_prefixes(test):
    """Absolute directory prefixes to strip, longest first: the test's own
    directory (`/…/tests/js/errors/` -> ``) then the suite root
    (`/…/tests/js/` -> ``), in both spelled and symlink-resolved form."""
    dirs = []
    for d in (test.dir, TEST_ROOT):
        for v in (d, os.path.realpath(d)):
            if v + os.sep not in dirs:
                dirs.append(v + os.sep)
    return dirs


def normalize(text, test, is_stderr):
    for prefix in path_prefixes(test):
        text = text.replace('file://' + prefix, '').replace(prefix, '')
    text = HEX_RE.sub('0xADDR', text)
    lines = [l.rstrip() for l in text.replace('\r\n', '\n').split('\n')]
    # node's own frames (`at Module._compile (node:internal/…)`) appear under every
    # stack, in stdout too when a program prints an error's stack.
    lines = [l for l in lines if not NODE_INTERNAL_FRAME_RE.match(l)]
    if is_stderr:
        lines = [l for l in lines
                 if not NODE_TRAILER_RE.match(l) and not NODE_TRACE_UNCAUGHT_RE.match(l)]
        while lines and not lines[0]:
            lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return '\n'.join(lines) + '\n' if lines else ''


def read_text(path):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            return f.read()
    except FileNotFoundError:
        return None


# ---------------------------------------------------------------- running

class Result:
    def __init__(self, test, mode, status, detail='', command=None):
        self.test, self.mode, self.status = test, mode, status   # 'pass' | 'fail' | 'skip'
        self.detail, self.command = detail, command


def run_process(cmd, cwd, timeout, extra_env=None):
    """Returns (returncode or None on timeout, stdout, stderr). {extra_env}:
    variables a test's `// Env:` header sets."""
    env = dict(os.environ)
    env.update(extra_env or {})
    for k in ('NODE_OPTIONS', 'FORCE_COLOR'):
        env.pop(k, None)
    env['NO_COLOR'] = '1'
    env['NODE_DISABLE_COLORS'] = '1'
    try:
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, start_new_session=True)
    except OSError as e:
        return -999, '', f'cannot start {cmd[0]}: {e}'
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
        return None, out.decode('utf-8', 'replace'), err.decode('utf-8', 'replace')
    return proc.returncode, out.decode('utf-8', 'replace'), err.decode('utf-8', 'replace')


def describe_rc(rc):
    if rc is None:
        return 'timed out'
    if rc < 0:
        try:
            return f'killed by signal {signal.Signals(-rc).name}'
        except ValueError:
            return f'killed by signal {-rc}'
    return f'exit status {rc}'


def diff(expected, actual, label):
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                      f'expected {label}', f'actual {label}', lineterm='', n=2))
    if len(lines) > 60:
        lines = lines[:60] + [f'... ({len(lines) - 60} more diff lines)']
    return '\n'.join(lines)


def compare(test, rc, out, err, expected_out, expected_err):
    """Returns '' when (rc, out, err) is what the test expects, else a description."""
    problems = []
    if rc is None or rc < 0 or rc != test.exit:
        problems.append(f'{describe_rc(rc)}, expected exit status {test.exit}')
    if expected_out is None:
        problems.append(f'missing expected output {os.path.relpath(test.out_path, TEST_ROOT)}')
    else:
        a, e = normalize(out, test, False), normalize(expected_out, test, False)
        if a != e:
            problems.append('stdout differs:\n' + diff(e, a, 'stdout'))
    if test.exit_given:
        if expected_err is None:
            problems.append(f'missing expected stderr {os.path.relpath(test.err_path, TEST_ROOT)}')
        else:
            a, e = normalize(err, test, True), normalize(expected_err, test, True)
            if a != e:
                problems.append('stderr differs:\n' + diff(e, a, 'stderr'))
    if problems and not test.exit_given and err.strip():
        tail = '\n'.join(err.rstrip().splitlines()[-15:])
        problems.append('stderr (last lines):\n' + tail)
    return '\n'.join(problems)


def lucid_command(lucid, test, mode, node_like, mode_flags):
    if node_like:
        # node stands in for lucid (`--lucid $(which node)`): no modes, no --script.
        if test.script:
            return [lucid] + test.flags + [SCRIPT_WRAPPER, test.path] + test.args
        return [lucid] + test.flags + [test.path] + test.args
    cmd = [lucid] + mode_flags.get(mode, MODES[mode]) + test.flags
    if test.script:
        cmd.append('--script')
    return cmd + [test.path] + test.args


def node_command(node, test):
    if test.script:
        return [node] + test.flags + [SCRIPT_WRAPPER, test.path] + test.args
    return [node] + test.flags + [test.path] + test.args


def run_one(lucid, test, mode, timeout, node_like, mode_flags):
    if test.header_errors:
        return Result(test, mode, 'fail', 'bad header: ' + '; '.join(test.header_errors))
    cmd = lucid_command(lucid, test, mode, node_like, mode_flags)
    rc, out, err = run_process(cmd, test.dir, timeout, test.env)
    if test.env:
        cmd = ['env'] + [f'{k}={v}' for k, v in sorted(test.env.items())] + cmd
    detail = compare(test, rc, out, err, read_text(test.out_path),
                     read_text(test.err_path) if test.exit_given else None)
    return Result(test, mode, 'fail' if detail else 'pass', detail, cmd)


# ---------------------------------------------------------------- discovery

def discover(filter_globs):
    tests = []
    for area in sorted(os.listdir(TEST_ROOT)):
        area_dir = os.path.join(TEST_ROOT, area)
        if area in NON_TEST_DIRS or area.startswith('.') or not os.path.isdir(area_dir):
            continue
        for dirpath, dirnames, filenames in os.walk(area_dir):
            dirnames[:] = sorted(d for d in dirnames if d not in FIXTURE_DIRS)
            for fn in sorted(filenames):
                if fn.endswith('.js'):
                    tests.append(Test(os.path.join(dirpath, fn)))
    if filter_globs:
        tests = [t for t in tests
                 if any(fnmatch.fnmatch(t.rel, g) or fnmatch.fnmatch(t.name, g)
                        for g in filter_globs)]
    return tests


def read_differs():
    """node_differs.txt: `area/name.js  reason…` per line; `#` comments."""
    entries = {}
    text = read_text(DIFFERS_FILE) or ''
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith('#'):
            continue
        parts = s.split(None, 1)
        name = parts[0]
        if not name.endswith('.js'):
            name += '.js'
        entries[name] = parts[1].strip() if len(parts) > 1 else ''
    return entries


# ---------------------------------------------------------------- probing

def probe_node_like(binary):
    """True when the binary is node itself (used to check the suite against node)."""
    rc, out, _ = run_process([binary, '-p', 'process.release.name'], TEST_ROOT, 20)
    return rc == 0 and out.strip() == 'node'


def probe_modes(lucid, wanted):
    """A mode is supported when `lucid <mode flags> empty.js` exits 0. Lucid answers
    an unknown flag with exit status 2 (node with 9): any failure means unsupported.
    When a mode's full flag set fails, its flags are probed one by one; the mode
    still runs if its first flag works (e.g. gc-stress without --verify-heap in a
    build that lacks it), with the unsupported flags dropped and reported.
    Returns (supported modes, {mode: flags}, [(mode, why not run or note)])."""
    supported, flags, notes = [], {}, []
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, 'empty.js')
        with open(empty, 'w') as f:
            f.write('\n')

        def works(extra):
            rc, _, err = run_process([lucid] + extra + [empty], tmp, 30)
            first = (err.strip().splitlines() or [''])[0]
            return rc == 0, describe_rc(rc) + (f': {first}' if first else '')

        for mode in wanted:
            ok, why = works(MODES[mode])
            if mode == 'default' and not ok:
                # No flags to reject: a binary that cannot run an empty file is
                # broken, and the tests must say so rather than be skipped.
                supported.append(mode)
                flags[mode] = []
                notes.append((mode, 'runs although `lucid empty.js` failed: ' + why))
                continue
            if ok:
                supported.append(mode)
                flags[mode] = MODES[mode]
                continue
            if len(MODES[mode]) > 1:
                usable = [f for f in MODES[mode] if works([f])[0]]
                if usable and usable[0] == MODES[mode][0]:
                    supported.append(mode)
                    flags[mode] = usable
                    dropped = [f for f in MODES[mode] if f not in usable]
                    notes.append((mode, 'runs without ' + ' '.join(dropped) + ' (unsupported)'))
                    continue
            notes.append((mode, why))
    return supported, flags, notes


# ---------------------------------------------------------------- node reference

def node_reference(args, tests, differs):
    """--check-node and --update-from-node."""
    node = args.node or shutil.which('node')
    if not node:
        print('node not found on PATH (use --node PATH)')
        return 1
    listed = [t for t in tests if t.rel in differs]
    checked = [t for t in tests if t.rel not in differs]
    known = {t.rel for t in discover(None)}
    failed = passed = updated = 0
    for rel in sorted(differs):
        if rel not in known:
            print(f'FAIL node_differs.txt lists {rel}, which does not exist')
            failed += 1

    def work(t):
        rc, out, err = run_process(node_command(node, t), t.dir, args.timeout * 3, t.env)
        return t, rc, out, err

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for t, rc, out, err in pool.map(work, checked):
            if args.update_from_node:
                if rc is None or rc < 0:
                    print(f'FAIL {t.rel}: node {describe_rc(rc)}; not updated')
                    failed += 1
                    continue
                if rc != t.exit:
                    print(f'FAIL {t.rel}: node exits with {rc} but the header says Exit: {t.exit}')
                    failed += 1
                    continue
                new_out = normalize(out, t, False)
                changed = read_text(t.out_path) != new_out
                if changed:
                    with open(t.out_path, 'w', encoding='utf-8') as f:
                        f.write(new_out)
                if t.exit_given:
                    new_err = normalize(err, t, True)
                    if read_text(t.err_path) != new_err:
                        changed = True
                        with open(t.err_path, 'w', encoding='utf-8') as f:
                            f.write(new_err)
                if changed:
                    updated += 1
                    print(f'updated {t.rel}')
                passed += 1
            else:
                detail = compare(t, rc, out, err, read_text(t.out_path),
                                 read_text(t.err_path) if t.exit_given else None)
                if detail:
                    failed += 1
                    print(f'FAIL {t.rel} (node differs from the expected output and the '
                          f'test is not in node_differs.txt)\n' + indent(detail))
                else:
                    passed += 1
                    if not args.summary_only:
                        print(f'ok   {t.rel}')
    if args.update_from_node:
        print(f'{updated} file(s) updated from node; {len(listed)} test(s) in '
              f'node_differs.txt left alone')
    else:
        # A listed test whose expected output node now produces no longer needs its entry.
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for t, rc, out, err in pool.map(work, listed):
                if not compare(t, rc, out, err, read_text(t.out_path),
                               read_text(t.err_path) if t.exit_given else None):
                    print(f'note: {t.rel} is listed in node_differs.txt but node matches '
                          f'its expected output; the entry can go')
        print(f'{len(listed)} test(s) listed in node_differs.txt not compared with node')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


def indent(text, by='    '):
    return '\n'.join(by + l if l else l for l in text.splitlines())


# ---------------------------------------------------------------- main

def main(argv):
    p = argparse.ArgumentParser(
        description='Run the tests/js behaviour suite against lucid (see tests/js/README.md).')
    p.add_argument('--lucid', default=DEFAULT_LUCID,
                   help='the executable under test (default: build/runtime/lucid)')
    p.add_argument('--modes', help='comma-separated modes to run: ' + ','.join(MODES) +
                   ' (default: every mode the executable supports)')
    p.add_argument('--filter', action='append', default=[], metavar='GLOB',
                   help="run only tests whose path (e.g. 'arrays/*') matches; repeatable")
    p.add_argument('-j', '--jobs', type=int, default=2, help='parallel jobs (default 2)')
    p.add_argument('--timeout', type=float, default=10,
                   help='seconds per run (default 10); a timeout is a failure')
    p.add_argument('--summary-only', action='store_true',
                   help='print only failures and the summary')
    p.add_argument('--list', action='store_true', help='list the tests and their headers')
    p.add_argument('--check-node', action='store_true',
                   help='run node on every test not in node_differs.txt and fail where its '
                   'output differs from the expected files')
    p.add_argument('--update-from-node', action='store_true',
                   help='rewrite .out/.err from node for every test not in node_differs.txt')
    p.add_argument('--node', help='node executable for --check-node/--update-from-node '
                   '(default: node on PATH)')
    args = p.parse_args(argv)

    tests = discover(args.filter)
    differs = read_differs()

    if args.list:
        for t in tests:
            bits = []
            if t.flags:
                bits.append('flags=' + ' '.join(t.flags))
            if t.modes is not None:
                bits.append('modes=' + ','.join(t.modes))
            if t.env:
                bits.append('env=' + ' '.join(f'{k}={v}' for k, v in sorted(t.env.items())))
            if t.exit_given:
                bits.append(f'exit={t.exit}')
            if t.args:
                bits.append('args=' + ' '.join(t.args))
            if t.script:
                bits.append('script')
            if t.rel in differs:
                bits.append('node-differs')
            print(t.rel + ('  [' + '; '.join(bits) + ']' if bits else ''))
        print(f'{len(tests)} tests')
        return 0

    if args.check_node or args.update_from_node:
        return node_reference(args, tests, differs)

    lucid = args.lucid
    if os.sep not in lucid and not os.path.exists(lucid):
        lucid = shutil.which(lucid) or lucid
    lucid = os.path.abspath(lucid)
    if not os.path.isfile(lucid) or not os.access(lucid, os.X_OK):
        print(f'no executable at {lucid}')
        print('0 passed, 1 failed')
        return 1

    if args.modes:
        wanted = [m.strip() for m in args.modes.split(',') if m.strip()]
        bad = [m for m in wanted if m not in MODES]
        if bad:
            print(f'unknown mode(s): {", ".join(bad)}; modes are {", ".join(MODES)}')
            return 2
    else:
        wanted = [m for m in MODES if m not in OPT_IN_MODES]

    node_like = probe_node_like(lucid)
    if node_like:
        # node has none of lucid's mode flags: only the default mode runs, and the
        # tests whose expected output deliberately differs from node are skipped.
        modes = ['default'] if 'default' in wanted else []
        mode_flags = {'default': []}
        notes = [(m, 'node stands in for lucid') for m in wanted if m != 'default']
    else:
        modes, mode_flags, notes = probe_modes(lucid, wanted)

    print(f'lucid: {lucid}' + (' (node: checking the suite itself)' if node_like else ''))
    print('modes run: ' + (', '.join(modes) or 'none'))
    for mode, why in notes:
        if mode in modes:
            print(f'mode {mode}: {why}')
        else:
            print(f'mode not run: {mode} ({why})')

    jobs, results = [], []
    for t in tests:
        for mode in modes:
            if not t.runs_in(mode):
                results.append(Result(t, mode, 'skip', f'header leaves out {mode}: '
                                      f'{t.reason or "no reason given"}'))
            elif node_like and t.rel in differs:
                results.append(Result(t, mode, 'skip', 'in node_differs.txt: ' + differs[t.rel]))
            else:
                jobs.append((t, mode))

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_one, lucid, t, m, args.timeout, node_like, mode_flags) for t, m in jobs]
        for fut in futures:
            r = fut.result()
            results.append(r)
            if r.status == 'fail':
                print(f'FAIL {r.test.rel} [{r.mode}]')
                if r.command:
                    print('  command: (cd ' + os.path.relpath(r.test.dir) + ' && ' +
                          ' '.join(shlex_quote(c) for c in r.command) + ')')
                print(indent(r.detail))
            elif not args.summary_only:
                print(f'ok   {r.test.rel} [{r.mode}]')

    skipped = [r for r in results if r.status == 'skip']
    if skipped:
        print(f'skipped {len(skipped)} (test, mode) pair(s):')
        for r in skipped:
            print(f'  skip {r.test.rel} [{r.mode}]: {r.detail}')
    n_pass = sum(r.status == 'pass' for r in results)
    n_fail = sum(r.status == 'fail' for r in results)
    line = f'{n_pass} passed, {n_fail} failed'
    if skipped:
        line += f', {len(skipped)} skipped'
    print(line)
    return 1 if n_fail else 0


def shlex_quote(s):
    import shlex
    return shlex.quote(s)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
