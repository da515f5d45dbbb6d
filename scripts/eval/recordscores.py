"""Record what a run measured in internal/evalset/evalset_test.go.

  python3 scripts/eval/recordscores.py floors RUN.sum    # each set's floor: its rate less one point
  python3 scripts/eval/recordscores.py known RUN.sum     # lower knownWrong / knownNoGuide where a held-out set now has fewer

RUN.sum holds `eval …` lines (see evalsum.py). Floors are set only for the
sets in RUN.sum, so filter it to the sets meant (a fresh held-out score,
new tuning sets). Known counts only ever fall.
"""
import math
import re
import sys

TEST = 'internal/evalset/evalset_test.go'
LINE = re.compile(r'eval (\S+)\s+(\d+)/(\d+) passed \([\d.]+%\), (\d+) wrong career, (\d+) answered')


def runs(path):
    for line in open(path):
        m = LINE.match(line)
        if m:
            yield m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5))


def floors(src, path):
    for name, p, t, _, _ in runs(path):
        fl = math.floor((p / t - 0.01) * 1000 + 1e-9) / 1000
        fs = ('%.3f' % fl).rstrip('0').rstrip('.')
        pat = re.compile(r'(\{"%s", "%s\.jsonl", (?:true|false), \d+, \d+, )([0-9.]+)(\})' % (re.escape(name), re.escape(name)))
        src, n = pat.subn(lambda m: m.group(1) + fs + m.group(3), src)
        print(name, fs, 'set' if n else 'NOT FOUND')
    return src


def known(src, path):
    cur = {name: (w, g) for name, _, _, w, g in runs(path) if name.startswith('test/')}
    for var, idx in (('knownWrong', 0), ('knownNoGuide', 1)):
        m = re.search(r'var %s = map\[string\]int\{([^}]*)\}' % var, src)
        out = []
        for k, v in re.findall(r'"([^"]+)": (\d+)', m.group(1)):
            v = int(v)
            if k in cur and cur[k][idx] < v:
                print(var, k, v, '->', cur[k][idx])
                v = cur[k][idx]
            if v > 0:
                out.append('"%s": %d' % (k, v))
        src = src[:m.start(1)] + ', '.join(out) + src[m.end(1):]
    return src


if __name__ == '__main__':
    if len(sys.argv) != 3 or sys.argv[1] not in ('floors', 'known'):
        sys.exit(__doc__)
    src = open(TEST).read()
    src = {'floors': floors, 'known': known}[sys.argv[1]](src, sys.argv[2])
    open(TEST, 'w').write(src)
