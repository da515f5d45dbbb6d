"""Totals and comparisons of eval runs (testdata/eval, internal/evalset).

  go test -count=1 -run TestEvalSets -v ./internal/evalset | grep '^eval ' > new.sum
  python3 scripts/eval/evalsum.py new.sum            # tune and held-out totals
  python3 scripts/eval/evalsum.py old.sum new.sum    # the change, on the files both have

Held-out totals are only ever read as totals: the test never lists their
failures, and neither does this script.
"""
import re
import sys

LINE = re.compile(r'eval (\S+)\s+(\d+)/(\d+) passed \([\d.]+%\), (\d+) wrong career, (\d+) answered')


def load(path):
    d = {}
    for line in open(path):
        m = LINE.match(line)
        if m:
            d[m.group(1)] = tuple(int(x) for x in m.group(2, 3, 4, 5))
    return d


def totals(d, keys):
    return [sum(d[k][i] for k in keys) for i in range(4)]


def main(args):
    if len(args) == 1:
        d = load(args[0])
        for kind in ('tune', 'test'):
            ks = [k for k in d if k.startswith(kind + '/')]
            p, n, w, g = totals(d, ks)
            if n:
                print('%s: %d files %d/%d (%.2f%%), %d wrong, %d no-guide' % (kind, len(ks), p, n, 100 * p / n, w, g))
        return
    a, b = load(args[0]), load(args[1])
    for kind in ('tune', 'test'):
        ks = [k for k in a if k in b and k.startswith(kind + '/')]
        pa, n, wa, ga = totals(a, ks)
        pb, _, wb, gb = totals(b, ks)
        print('%s (%d files both have, %d questions): %d -> %d (%+d); wrong %d -> %d; no-guide %d -> %d'
              % (kind, len(ks), n, pa, pb, pb - pa, wa, wb, ga, gb))
        if kind == 'tune':
            ch = sorted(((k, b[k][0] - a[k][0]) for k in ks if b[k][0] != a[k][0]), key=lambda x: x[1])
            print('  tuning files changed:', ' '.join('%s%+d' % (k[5:], d) for k, d in ch))


if __name__ == '__main__':
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(sys.argv[1:])
