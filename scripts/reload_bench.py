"""Start, idle memory and hot reload of `careerbot serve` over a folder of
generated guides (BENCHMARKS.md, issue 15). Linux only (/proc).

  go build -o /tmp/careerbot ./cmd/careerbot
  go run ./cmd/gen-guides -n 10000 -out /tmp/guides10k
  python3 scripts/reload_bench.py /tmp/careerbot CONFIG /tmp/guides10k/synthetic-career-0000-fezuvilogy-architect.md

CONFIG must set content_dir to the folder, content.debounce (100ms),
content.max_total_bytes (1073741824), content.index_dir, http.listen
127.0.0.1:18915 and a high limits.rate.per_minute. Delete index_dir first
for a cold start. The guide file is edited twice (a state's median, then a
section's text) and restored.
"""
import subprocess, time, urllib.request, json, sys, re, os
BIN, CONFIG, GUIDE = sys.argv[1], sys.argv[2], sys.argv[3]
URL = "http://127.0.0.1:18915"
SLUG = os.path.basename(GUIDE)[:-3]
def get(path):
    try:
        with urllib.request.urlopen(URL+path, timeout=2) as r: return r.status
    except Exception: return None
def ask(text):
    req=urllib.request.Request(URL+"/v1/ask", data=json.dumps({"text":text}).encode(), headers={"Content-Type":"application/json"})
    with urllib.request.urlopen(req, timeout=5) as r: return json.load(r)
def status(pid, key):
    for l in open(f"/proc/{pid}/status"):
        if l.startswith(key): return int(l.split()[1])//1024
def cpu(pid):
    f=open(f"/proc/{pid}/stat").read().split(")")[1].split()
    return (int(f[11])+int(f[12]))/os.sysconf("SC_CLK_TCK")
t0=time.time()
p=subprocess.Popen([BIN,"serve","--config",CONFIG], stdout=open(os.path.join(os.path.dirname(os.path.abspath(CONFIG)),"serve.log"),"w"), stderr=subprocess.STDOUT)
try:
    while get("/readyz")!=200:
        if p.poll() is not None: print("exited"); sys.exit(1)
        time.sleep(0.05)
    ready=time.time()-t0
    print(f"start to /readyz: {ready:.2f} s, cpu {cpu(p.pid):.1f} s, peak RSS {status(p.pid,'VmHWM')} MB")
    time.sleep(3)
    idle=status(p.pid,"VmRSS")
    print(f"RSS idle: {idle} MB")
    a=ask(f"/salary CA career:{SLUG}")
    old=re.search(r"\$[\d,]+", a["text"]).group(0)
    open(f"/proc/{p.pid}/clear_refs","w").write("5")
    src=open(GUIDE).read()
    m=re.search(r"(    - code: CA\n      employed: \d+\n      median: )(\d+)", src)
    newmed=int(m.group(2))+1000
    new=src[:m.start(2)]+str(newmed)+src[m.end(2):]
    want="${:,}".format(newmed)
    t1=time.time(); c1=cpu(p.pid)
    open(GUIDE,"w").write(new)
    while want not in ask(f"/salary CA career:{SLUG}")["text"]:
        time.sleep(0.02)
        if time.time()-t1>60: print("edit never live"); break
    live=time.time()-t1
    time.sleep(0.5)
    print(f"one-guide edit live in {live:.2f} s (incl. 100 ms debounce), reload cpu {cpu(p.pid)-c1:.2f} s, peak RSS during edit {status(p.pid,'VmHWM')} MB = {status(p.pid,'VmHWM')/idle:.2f}x idle")
    # Edit 2: a section's text (the index re-indexes the guide).
    time.sleep(1)
    open(f"/proc/{p.pid}/clear_refs","w").write("5")
    src2=open(GUIDE).read()
    new2=src2.replace("{#tools}\n\n", "{#tools}\n\nZebrafrog kits matter.\n\n",1)
    assert new2!=src2
    t1=time.time(); c1=cpu(p.pid)
    open(GUIDE,"w").write(new2)
    while "Zebrafrog" not in ask(f"/tools career:{SLUG}")["text"]:
        time.sleep(0.02)
        if time.time()-t1>60: print("edit never live"); break
    live=time.time()-t1
    t2=time.time()
    while ask("which tools include zebrafrog kits?").get("career")!=SLUG:
        time.sleep(0.02)
        if time.time()-t2>30: print("never searchable"); break
    time.sleep(0.5)
    print(f"section edit live in {live:.2f} s, searchable +{time.time()-t2-0.5:.2f} s, reload cpu {cpu(p.pid)-c1:.2f} s, peak RSS {status(p.pid,'VmHWM')} MB = {status(p.pid,'VmHWM')/idle:.2f}x idle")
    open(GUIDE,"w").write(src)
    time.sleep(2)
finally:
    p.terminate(); p.wait()
