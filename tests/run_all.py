#!/usr/bin/env python3
"""Runs every Lucid test: GoogleTest units (main and sanitizer builds) and tests/js
in every mode. Ends with one summary line: `N passed, N failed`."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def meson_tests(build_dir):
    """Runs `meson test` in build_dir; returns (passed, failed)."""
    log = os.path.join(ROOT, build_dir, 'meson-logs', 'testlog.txt')
    proc = subprocess.run(['meson', 'test', '-C', build_dir, '--print-errorlogs',
                           '--num-processes', '2'], cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = proc.stdout
    sys.stdout.write(out[-6000:] if proc.returncode else '\n'.join(out.splitlines()[-12:]) + '\n')
    passed = failed = 0
    for line in out.splitlines():
        s = line.strip()
        if s.startswith('Ok:'):
            passed = int(s.split()[1])
        elif s.startswith('Fail:') or s.startswith('Timeout:') or s.startswith('Unexpected Pass:'):
            failed += int(s.split()[-1] if s.split()[-1].isdigit() else s.split()[1])
    if proc.returncode != 0 and failed == 0:
        failed = 1
    if not os.path.exists(log) and passed == 0 and failed == 0:
        print(f'{build_dir}: no tests defined yet')
    return passed, failed


def js_tests(extra):
    runner = os.path.join(ROOT, 'tests', 'js', 'run.py')
    lucid = os.path.join(ROOT, 'build', 'runtime', 'lucid')
    if not (os.path.exists(runner) and os.path.exists(lucid)):
        print('tests/js: not run (the lucid executable does not exist yet)')
        return 0, 0
    proc = subprocess.run([sys.executable, runner, '--summary-only'] + extra, cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sys.stdout.write(proc.stdout[-8000:])
    passed = failed = 0
    for line in proc.stdout.splitlines():
        parts = line.replace(',', ' ').split()
        if len(parts) >= 4 and parts[1] == 'passed' and parts[3] == 'failed':
            passed, failed = int(parts[0]), int(parts[2])
    if proc.returncode != 0 and failed == 0:
        failed = 1
    return passed, failed


def trace_tests():
    """Golden --trace-maps outputs (tests/js/traces/run.py); returns (passed, failed)."""
    runner = os.path.join(ROOT, 'tests', 'js', 'traces', 'run.py')
    lucid = os.path.join(ROOT, 'build', 'runtime', 'lucid')
    if not (os.path.exists(runner) and os.path.exists(lucid)):
        print('tests/js/traces: not run (no lucid executable)')
        return 0, 0
    proc = subprocess.run([sys.executable, runner, '--lucid', lucid], cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sys.stdout.write(proc.stdout[-4000:])
    passed = failed = 0
    for line in proc.stdout.splitlines():
        parts = line.replace(',', ' ').split()
        if len(parts) == 4 and parts[1] == 'pass' and parts[3] == 'fail':
            passed, failed = int(parts[0]), int(parts[2])
    if proc.returncode != 0 and failed == 0:
        failed = 1
    return passed, failed


def main():
    total_p = total_f = 0
    for build_dir in ('build', 'build-asan'):
        print(f'== unit tests ({build_dir})', flush=True)
        p, f = meson_tests(build_dir)
        total_p += p
        total_f += f
    # Time-outs catch hangs, not slowness: the sanitizer build is a debug build
    # and runs the heavy limits/ programs 10-20x slower.
    # The sanitizer pass runs with feedback from the first call (ic-eager) so
    # the IC paths run under ASan/UBSan, not only the few a lazy budget reaches.
    # Compiled code under GC stress runs on the GC subset: the JIT's own
    # tests, the limits (allocation-heavy) and the IC tests.
    gc_subset = []
    for glob in ('jit/*', 'limits/*', 'ic/*'):
        gc_subset += ['--filter', glob]
    for label, extra in (('tests/js', ['--timeout', '30', '--modes', 'default,no-jit,jit-eager,gc-stress']),
                         ('tests/js (--jit-eager --gc-stress, GC subset)',
                          ['--timeout', '60', '--modes', 'jit-gc-stress'] + gc_subset),
                         ('tests/js (sanitizers)', ['--lucid', 'build-asan/runtime/lucid',
                                                    '--modes', 'ic-eager', '--timeout', '120']),
                         ('tests/js (sanitizers, compiled code: jit/ and ic/ under --jit-eager)',
                          ['--lucid', 'build-asan/runtime/lucid', '--modes', 'jit-eager',
                           '--filter', 'jit/*', '--filter', 'ic/*', '--timeout', '120'])):
        print(f'== {label}', flush=True)
        p, f = js_tests(extra)
        total_p += p
        total_f += f
    print('== tests/js/traces (golden traces)', flush=True)
    p, f = trace_tests()
    total_p += p
    total_f += f
    print(f'{total_p} passed, {total_f} failed')
    return 1 if total_f else 0


if __name__ == '__main__':
    sys.exit(main())
