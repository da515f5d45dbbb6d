package content

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/par"
	"github.com/careerbot-dev/careerbot/internal/yamlx"
)

//go:embed guides/*.md
var embedded embed.FS

// Embedded returns the shipped guides' file system (files under "guides").
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "guides")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	return sub
}

// Default loads the shipped guides.
func Default() ([]*bot.Guide, error) { return LoadFS(Embedded(), "") }

// Default limits on what a content folder may hold: a guide is a few tens of
// kilobytes, so a megabyte is a mistake (or an attack) that would make every
// answer slow.
const (
	DefaultMaxGuideBytes = 1 << 20  // one guide file
	DefaultMaxTotalBytes = 64 << 20 // all guide files of a folder together
)

// Limits bound what a load reads. Zero fields take the defaults.
type Limits struct {
	MaxGuideBytes int64 // largest guide file accepted
	MaxTotalBytes int64 // largest sum of guide file sizes accepted
}

func (l Limits) withDefaults() Limits {
	if l.MaxGuideBytes <= 0 {
		l.MaxGuideBytes = DefaultMaxGuideBytes
	}
	if l.MaxTotalBytes <= 0 {
		l.MaxTotalBytes = DefaultMaxTotalBytes
	}
	return l
}

// LoadDir loads every *.md guide in a folder of the file system with the
// default limits.
func LoadDir(dir string) ([]*bot.Guide, error) {
	return LoadDirContext(context.Background(), dir, Limits{})
}

// Loader is the shape of LoadDirContext, for callers that take a loader.
type Loader func(ctx context.Context, dir string, lim Limits) ([]*bot.Guide, error)

// LoadDirContext loads every *.md guide in a folder. Only regular files (or
// symlinks to them) are read: a FIFO, device or folder named *.md is
// refused with a problem naming it, as is a file over lim.MaxGuideBytes or
// a folder over lim.MaxTotalBytes. Loading stops with ctx's error when ctx
// ends.
func LoadDirContext(ctx context.Context, dir string, lim Limits) ([]*bot.Guide, error) {
	return loadDir(ctx, dir, lim, hooks{parse: Parse})
}

func loadDir(ctx context.Context, dir string, lim Limits, h hooks) ([]*bot.Guide, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("content folder: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("content folder %s is not a folder", dir)
	}
	return load(ctx, os.DirFS(dir), dir, lim, h, func(name string) (fs.File, error) {
		// O_NONBLOCK: a FIFO swapped in after the Stat check must not
		// block the open; regular files ignore the flag.
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			return nil, err
		}
		return f, nil
	})
}

// Problem is one thing wrong with a guide file.
type Problem struct {
	File  string
	Line  int
	Field string
	Msg   string
}

func (p Problem) String() string {
	loc := p.File
	if p.Line > 0 {
		loc += ":" + strconv.Itoa(p.Line)
	}
	if p.Field != "" {
		return fmt.Sprintf("%s: %s: %s", loc, p.Field, p.Msg)
	}
	return fmt.Sprintf("%s: %s", loc, p.Msg)
}

// Problems is every problem found while loading; it is an error.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return "invalid content:\n  " + strings.Join(lines, "\n  ")
}

// AsProblems extracts the problem list from a load error.
func AsProblems(err error) (Problems, bool) {
	var ps Problems
	ok := errors.As(err, &ps)
	return ps, ok
}

// LoadFS loads every *.md file at the top of fsys with the default limits.
// prefix is prepended to file names in messages. Cross-guide problems
// (duplicate slugs and aliases) are reported too. No guides at all is an
// error.
func LoadFS(fsys fs.FS, prefix string) ([]*bot.Guide, error) {
	return LoadFSContext(context.Background(), fsys, prefix, Limits{})
}

// LoadFSContext is LoadFS with a context and limits (see LoadDirContext).
func LoadFSContext(ctx context.Context, fsys fs.FS, prefix string, lim Limits) ([]*bot.Guide, error) {
	return load(ctx, fsys, prefix, lim, hooks{parse: Parse}, fsys.Open)
}

// readChunk is how much is read between two checks of the context.
const readChunk = 64 << 10

// hooks let a cache take part in loading: parse parses a file read;
// reuse, when set, may return the guide of a file without reading it.
type hooks struct {
	parse func(file string, data []byte) (*bot.Guide, Problems)
	reuse func(file string, st fs.FileInfo) (*bot.Guide, bool)
}

func load(ctx context.Context, fsys fs.FS, prefix string, lim Limits, h hooks, open func(string) (fs.File, error)) ([]*bot.Guide, error) {
	lim = lim.withDefaults()
	names, err := fs.Glob(fsys, "*.md")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	// Files are read in order on this goroutine and parsed on every core;
	// problems are reported in file order.
	type result struct {
		g     *bot.Guide
		probs Problems
	}
	results := make([]result, len(names))
	jobs := make(chan int, 64)
	datas := make([][]byte, len(names))
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				g, ps := h.parse(shownName(prefix, names[i]), datas[i])
				datas[i] = nil
				results[i] = result{g, ps}
			}
		}()
	}
	var stats []fs.FileInfo
	if h.reuse != nil {
		stats = statAll(fsys, names)
	}
	var probs Problems
	var total int64
	var stopErr error
	for i, name := range names {
		if err := ctx.Err(); err != nil {
			stopErr = fmt.Errorf("content loading stopped: %w", err)
			break
		}
		shown := shownName(prefix, name)
		if h.reuse != nil {
			// A file unchanged since the last load is not read again.
			if st := stats[i]; st != nil && checkFile(st, lim.MaxGuideBytes) == nil {
				if g, ok := h.reuse(shown, st); ok {
					if total += st.Size(); total <= lim.MaxTotalBytes {
						results[i].g = g
						continue
					}
					total -= st.Size() // read it to report the limit as before
				}
			}
		}
		data, err := readGuide(ctx, fsys, name, lim.MaxGuideBytes, open)
		if err != nil {
			if ctx.Err() != nil {
				stopErr = fmt.Errorf("content loading stopped: %w", ctx.Err())
				break
			}
			results[i].probs = Problems{{File: shown, Msg: err.Error()}}
			continue
		}
		total += int64(len(data))
		if total > lim.MaxTotalBytes {
			results[i].probs = Problems{{File: shown, Msg: fmt.Sprintf(
				"the guides up to this file add up to %d bytes, over the folder limit of %d bytes (content.max_total_bytes); the rest of the folder was not read",
				total, lim.MaxTotalBytes)}}
			break
		}
		datas[i] = data
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if stopErr != nil {
		return nil, stopErr
	}
	var guides []*bot.Guide
	for _, r := range results {
		probs = append(probs, r.probs...)
		if r.g != nil && len(r.probs) == 0 {
			guides = append(guides, r.g)
		}
	}
	probs = append(probs, CrossCheck(guides)...)
	if len(probs) > 0 {
		return nil, probs
	}
	if len(guides) == 0 {
		where := prefix
		if where == "" {
			where = "the content folder"
		}
		return nil, Problems{{File: where, Msg: "no guides (*.md files) found"}}
	}
	return guides, nil
}

// statAll takes the files' sizes and times on every core (nil where
// that fails), for a cache to tell which are unchanged before they are
// read.
func statAll(fsys fs.FS, names []string) []fs.FileInfo {
	out := make([]fs.FileInfo, len(names))
	par.For(len(names), func(_, i int) {
		if st, err := fs.Stat(fsys, names[i]); err == nil {
			out[i] = st
		}
	})
	return out
}

func shownName(prefix, name string) string {
	if prefix != "" {
		return path.Join(prefix, name)
	}
	return name
}

// readGuide reads one guide file: a regular file of at most max bytes,
// checking ctx between chunks.
func readGuide(ctx context.Context, fsys fs.FS, name string, max int64, open func(string) (fs.File, error)) ([]byte, error) {
	// Stat before open: opening a FIFO would block until a writer comes.
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := checkFile(st, max); err != nil {
		return nil, err
	}
	f, err := open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil { // what was opened, not what was looked at
		return nil, err
	}
	if err := checkFile(st, max); err != nil {
		return nil, err
	}
	// Read into a buffer of the file's size and a byte more (to see the
	// end without growing it), a chunk at a time; a 64 KB chunk buffer per
	// file was 0.6 GB of allocation for 10,000 files of 12 KB.
	buf := make([]byte, 0, st.Size()+1)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) { // the file grew since its Stat
			buf = slices.Grow(buf, readChunk)
		}
		n, err := f.Read(buf[len(buf):min(cap(buf), len(buf)+readChunk)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return nil, tooBig(max)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func checkFile(st fs.FileInfo, max int64) error {
	if !st.Mode().IsRegular() {
		what := "not a regular file"
		switch t := st.Mode().Type(); {
		case t&fs.ModeDir != 0:
			what = "a folder"
		case t&fs.ModeNamedPipe != 0:
			what = "a named pipe (FIFO)"
		case t&fs.ModeDevice != 0, t&fs.ModeCharDevice != 0:
			what = "a device"
		case t&fs.ModeSocket != 0:
			what = "a socket"
		}
		return fmt.Errorf("is %s, not a regular file: only regular files (or links to them) are loaded as guides", what)
	}
	if st.Size() > max {
		return tooBig(max)
	}
	return nil
}

func tooBig(max int64) error {
	return fmt.Errorf("is over the limit of %d bytes for one guide (content.max_guide_bytes); split it or raise the limit", max)
}

// CrossCheck reports problems between guides: a slug or alias used twice.
func CrossCheck(guides []*bot.Guide) Problems {
	var probs Problems
	seen := map[string]*bot.Guide{}
	for _, g := range guides {
		keys := append([]string{g.Slug, g.Title}, g.Aliases...)
		local := map[string]bool{}
		for i, k := range keys {
			nk := bot.NormalizeName(k)
			if nk == "" || local[nk] {
				continue
			}
			local[nk] = true
			if other, dup := seen[nk]; dup {
				field := "aliases"
				switch i {
				case 0:
					field = "slug"
				case 1:
					field = "title"
				}
				probs = append(probs, Problem{File: g.File, Line: 1, Field: field,
					Msg: fmt.Sprintf("%q is already used by %s (%s)", k, other.Slug, other.File)})
				continue
			}
			seen[nk] = g
		}
	}
	return probs
}

type frontMatter struct {
	Slug    string   `yaml:"slug"`
	Title   string   `yaml:"title"`
	Aliases []string `yaml:"aliases"`
	Summary string   `yaml:"summary"`
	// Vocabulary: abbreviations members use for this career's terms.
	Vocabulary map[string]string `yaml:"vocabulary"`
	Source     struct {
		Publisher string `yaml:"publisher"`
		Title     string `yaml:"title"`
		Author    string `yaml:"author"`
		URL       string `yaml:"url"`
		Date      string `yaml:"date"`
		Data      string `yaml:"data"`
		SOC       string `yaml:"soc"`
	} `yaml:"source"`
	Salary struct {
		Median   int    `yaml:"median"`
		Low      int    `yaml:"low"`
		High     int    `yaml:"high"`
		HighPlus bool   `yaml:"high_plus"`
		Year     int    `yaml:"year"`
		Note     string `yaml:"note"`
	} `yaml:"salary"`
	Outlook struct {
		GrowthPct      float64 `yaml:"growth_pct"`
		Period         string  `yaml:"period"`
		AnnualOpenings int     `yaml:"annual_openings"`
	} `yaml:"outlook"`
	Education      string `yaml:"education"`
	EducationLevel string `yaml:"education_level"`
	Certification  string `yaml:"certification"`
	License        string `yaml:"license"`
	TotalTime      string `yaml:"total_time"`
	Certifications []struct {
		Name  string `yaml:"name"`
		Price int    `yaml:"price"`
		About string `yaml:"about"`
	} `yaml:"certifications"`
	States []struct {
		Code          string  `yaml:"code"`
		Employed      int     `yaml:"employed"`
		Median        int     `yaml:"median"`
		VsNationalPct float64 `yaml:"vs_national_pct"`
	} `yaml:"states"`
}

var (
	slugRE    = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	headingRE = regexp.MustCompile(`^##\s+(.+?)\s*(?:\{#([a-z-]+)\})?\s*$`)
)

// Parse parses one guide file. It returns the guide and every problem found;
// the guide must not be used when there are problems.
func Parse(file string, data []byte) (*bot.Guide, Problems) {
	var probs Problems
	add := func(line int, field, format string, args ...any) {
		probs = append(probs, Problem{File: file, Line: line, Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	if !strings.HasPrefix(text, "---\n") {
		add(1, "", "a guide must start with YAML front matter between two --- lines")
		return nil, probs
	}
	end := strings.Index(text[4:], "\n---")
	if end < 0 {
		add(1, "", "the front matter has no closing --- line")
		return nil, probs
	}
	fmText := text[4 : 4+end+1]
	body := text[4+end+4:]
	body = strings.TrimPrefix(body, "\n")
	bodyLine := 2 + strings.Count(fmText, "\n") + 1 // first line after the closing ---

	// Front matter lines: line 1 is "---", so YAML line n is file line n+1.
	var fm frontMatter
	doc, yprobs := yamlx.Decode([]byte(fmText), &fm)
	badKey := map[string]bool{} // keys already reported: no second problem for them
	for _, p := range yprobs {
		add(p.Line+1, p.Key, "%s", p.Msg)
		badKey[p.Key] = true
	}
	if doc == nil { // malformed YAML: nothing else can be read
		return nil, probs
	}
	// Unknown keys and wrong types leave the rest of the front matter and
	// the body readable: go on, so that one run reports every problem.
	lineOf := func(p ...any) int { return yamlx.Line(doc, p...) + 1 }
	add = func(line int, field, format string, args ...any) {
		if field != "" && badKey[field] {
			return
		}
		probs = append(probs, Problem{File: file, Line: line, Field: field, Msg: fmt.Sprintf(format, args...)})
	}

	g := &bot.Guide{
		Slug: fm.Slug, Title: strings.TrimSpace(fm.Title), Aliases: fm.Aliases, Summary: strings.TrimSpace(fm.Summary),
		Source: bot.GuideSource{Publisher: fm.Source.Publisher, Title: fm.Source.Title, Author: fm.Source.Author,
			URL: fm.Source.URL, Date: fm.Source.Date, Data: fm.Source.Data, SOC: fm.Source.SOC},
		Salary: bot.Salary{Median: fm.Salary.Median, Low: fm.Salary.Low, High: fm.Salary.High,
			HighPlus: fm.Salary.HighPlus, Year: fm.Salary.Year, Note: fm.Salary.Note},
		Outlook:   bot.Outlook{GrowthPct: fm.Outlook.GrowthPct, Period: fm.Outlook.Period, AnnualOpenings: fm.Outlook.AnnualOpenings},
		Education: fm.Education, EducationLevel: fm.EducationLevel, Certification: fm.Certification,
		License: fm.License, TotalTime: fm.TotalTime, File: file,
	}
	// Required fields.
	if g.Slug == "" {
		add(lineOf(), "slug", "is required (lowercase words joined by -, e.g. ml-engineer)")
	} else if !slugRE.MatchString(g.Slug) {
		add(lineOf("slug"), "slug", "%q must be lowercase letters and digits joined by -", g.Slug)
	}
	if g.Title == "" {
		add(lineOf(), "title", "is required")
	}
	if strings.TrimSpace(g.Source.Publisher) == "" {
		add(lineOf("source"), "source.publisher", "is required: name who published the facts")
	}
	for i, a := range g.Aliases {
		if strings.TrimSpace(a) == "" {
			add(lineOf("aliases", i), fmt.Sprintf("aliases[%d]", i), "is empty")
		}
	}
	for k, v := range fm.Vocabulary {
		switch {
		case k != strings.ToLower(k) || strings.ContainsAny(k, " \t") || k == "":
			add(lineOf("vocabulary", k), "vocabulary."+k, "must be one lowercase word (the abbreviation members type)")
		case strings.TrimSpace(v) == "":
			add(lineOf("vocabulary", k), "vocabulary."+k, "needs what it stands for")
		default:
			if g.Vocabulary == nil {
				g.Vocabulary = map[string]string{}
			}
			g.Vocabulary[k] = strings.ToLower(strings.TrimSpace(v))
		}
	}
	// Money and counts.
	nonNeg := func(v int, field string, p ...any) {
		if v < 0 {
			add(lineOf(p...), field, "must not be negative (got %d)", v)
		}
	}
	nonNeg(g.Salary.Median, "salary.median", "salary", "median")
	nonNeg(g.Salary.Low, "salary.low", "salary", "low")
	nonNeg(g.Salary.High, "salary.high", "salary", "high")
	nonNeg(g.Outlook.AnnualOpenings, "outlook.annual_openings", "outlook", "annual_openings")
	if s := g.Salary; s.Low > 0 && s.High > 0 && s.Low > s.High {
		add(lineOf("salary", "low"), "salary.low", "%d is above salary.high %d", s.Low, s.High)
	}
	if s := g.Salary; s.Median > 0 && ((s.Low > 0 && s.Median < s.Low) || (s.High > 0 && s.Median > s.High)) {
		add(lineOf("salary", "median"), "salary.median", "%d is outside the range %d-%d", s.Median, s.Low, s.High)
	}
	for i, c := range fm.Certifications {
		f := fmt.Sprintf("certifications[%d]", i)
		if strings.TrimSpace(c.Name) == "" {
			add(lineOf("certifications", i), f+".name", "is required")
		}
		nonNeg(c.Price, f+".price", "certifications", i, "price")
		g.Certifications = append(g.Certifications, bot.Cert{Name: strings.TrimSpace(c.Name), Price: c.Price, About: c.About})
	}
	seenState := map[string]bool{}
	for i, s := range fm.States {
		f := fmt.Sprintf("states[%d]", i)
		code := strings.ToUpper(strings.TrimSpace(s.Code))
		if st, ok := bot.LookupState(code); !ok || len(code) != 2 {
			add(lineOf("states", i, "code"), f+".code", "%q is not a US state code (use two letters, e.g. CA)", s.Code)
		} else {
			code = st.Code
			if seenState[code] {
				add(lineOf("states", i, "code"), f+".code", "%s appears twice", code)
			}
			seenState[code] = true
		}
		nonNeg(s.Employed, f+".employed", "states", i, "employed")
		nonNeg(s.Median, f+".median", "states", i, "median")
		g.States = append(g.States, bot.StateSalary{Code: code, Employed: s.Employed, Median: s.Median, VsNationalPct: s.VsNationalPct})
	}
	sort.SliceStable(g.States, func(i, j int) bool { return g.States[i].Median > g.States[j].Median })

	// Body sections.
	g.Sections = parseSections(g.Slug, body, bodyLine, func(line int, field, msg string) { add(line, field, "%s", msg) })
	if len(g.Sections) == 0 {
		add(bodyLine, "body", "has no sections: write each topic under a \"## Heading\" line")
	}
	// A skeleton from `careerbot new-guide` that was never filled in.
	if isPlaceholder(fm.Source.Publisher) {
		add(lineOf("source", "publisher"), "source.publisher", "%q is the new-guide placeholder: name who published the facts", fm.Source.Publisher)
	}
	for i, l := range strings.Split(body, "\n") {
		if isPlaceholder(l) {
			add(bodyLine+i, "body", "%q is placeholder text from careerbot new-guide: replace it with the guide's own text or delete it", strings.TrimSpace(l))
		}
	}
	if g.Summary == "" {
		if ov := g.Section(bot.KindOverview); ov != nil {
			g.Summary = firstSentence(bot.PlainText(ov.Body))
		}
	}
	return g, probs
}

func parseSections(slug, body string, firstLine int, add func(line int, field, msg string)) []*bot.Section {
	var out []*bot.Section
	var cur *bot.Section
	var buf []string
	seenKind := map[string]int{}
	flush := func() {
		if cur == nil {
			return
		}
		cur.Body = strings.TrimSpace(strings.Join(buf, "\n"))
		if cur.Body == "" {
			add(cur.Line, "section "+cur.Title, "is empty")
		}
		out = append(out, cur)
	}
	inFence := false
	for i, l := range strings.Split(body, "\n") {
		line := firstLine + i
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			inFence = !inFence
		}
		if !inFence && strings.HasPrefix(l, "## ") {
			flush()
			m := headingRE.FindStringSubmatch(l)
			title, kind := strings.TrimSpace(l[3:]), ""
			if m != nil {
				title, kind = m[1], m[2]
			}
			if kind == "" {
				kind = KindForHeading(title)
			} else if !validKind(kind) {
				add(line, "kind", fmt.Sprintf("{#%s} is not a section kind; use one of %s", kind, strings.Join(bot.Kinds, ", ")))
				kind = bot.KindOther
			}
			id := kind
			if kind == bot.KindOther {
				id = slugify(title)
			}
			if prev, dup := seenKind[id]; dup {
				add(line, "section "+title, fmt.Sprintf("a second %q section (the first is at line %d); merge them or tag one {#other}", kind, prev))
				id = fmt.Sprintf("%s-%d", id, line)
			}
			seenKind[id] = line
			// Title and kind are cloned: a substring would keep the whole
			// file's text alive as long as the guide (bodies are copies).
			cur = &bot.Section{ID: slug + "/" + id, Guide: slug, Kind: strings.Clone(kind), Title: strings.Clone(title), Line: line}
			buf = buf[:0]
			continue
		}
		if cur == nil {
			if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "# ") {
				add(line, "body", "text before the first \"## \" heading is not part of any section")
			}
			continue
		}
		buf = append(buf, l)
	}
	flush()
	return out
}

func validKind(k string) bool {
	for _, x := range bot.Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// KindForHeading guesses a section's kind from its heading words.
func KindForHeading(title string) string {
	t := strings.ToLower(title)
	rules := []struct {
		kind  string
		words []string
	}{
		{bot.KindTakeaways, []string{"takeaway", "key points", "at a glance"}},
		{bot.KindDay, []string{"day in", "daily", "typical day"}},
		{bot.KindPath, []string{"path", "how to become", "steps", "roadmap", "getting started", "get started"}},
		{bot.KindTools, []string{"tool", "technolog", "stack"}},
		{bot.KindSkills, []string{"skill"}},
		{bot.KindCerts, []string{"certif", "licens"}},
		{bot.KindPortfolio, []string{"portfolio", "project"}},
		{bot.KindInterview, []string{"interview"}},
		{bot.KindChallenges, []string{"challeng", "difficult", "downside"}},
		{bot.KindOutlook, []string{"outlook", "job growth", "demand", "future"}},
		{bot.KindSalary, []string{"salary", "pay", "earn", "compensation"}},
		{bot.KindFAQ, []string{"faq", "frequently asked", "questions"}},
		{bot.KindOverview, []string{"what is", "what does", "what a", "overview", "about", "role"}},
	}
	for _, r := range rules {
		for _, w := range r.words {
			if strings.Contains(t, w) {
				return r.kind
			}
		}
	}
	return bot.KindOther
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-")
}

func firstSentence(s string) string {
	s = strings.TrimSpace(strings.SplitN(s, "\n", 2)[0])
	if i := strings.Index(s, ". "); i > 0 {
		return s[:i+1]
	}
	return s
}
