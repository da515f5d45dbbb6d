package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/index"
	"github.com/careerbot-dev/careerbot/metrics"
)

const usage = `careerbot answers career questions from career guides.

Usage:
  careerbot ask [--json] [--content DIR] [--config FILE] TEXT...   one chat line ("/salary CA" or a question)
  careerbot chat [--content DIR] [--config FILE]                  interactive prompt on stdin
  careerbot serve [--content DIR] [--config FILE]                 run the HTTP API, web chat, Discord and Slack
  careerbot validate [DIR]                                        check a folder of guides (default: the shipped ones)
  careerbot new-guide [--dir DIR] SLUG                            write a commented guide skeleton
  careerbot healthcheck [--url URL] [--config FILE]               exit 0 when the server's /healthz answers ok (for Docker)
  careerbot version                                               version, commit and build date (also --version)
  careerbot report [--config FILE] [--since 7d] [--format table|csv|json]   what was asked, unanswered, voted
  careerbot forget [--config FILE] --user PLATFORM:ID             delete everything recorded about one member
  careerbot help                                                  this text
`

var (
	errUsage      = errors.New("usage")
	errHelp       = errors.New("help")
	errSilentFail = errors.New("failed") // the command already said why
)

func usageErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// Main is the program: ParseFlags, Run, Close.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string

	Command    string
	Args       []string
	ConfigPath string
	ContentDir string
	JSON       bool
	Dir        string
	URL        string
	Since      string // report
	Format     string // report
	User       string // forget

	Config Config
	Logger *slog.Logger
	// Hup delivers SIGHUP to serve; nil: serve subscribes itself.
	Hup <-chan os.Signal

	recorder *bot.Recorder // serve, with a store: records questions
	// conversations, with a Postgres store, keeps follow-up context where
	// every replica reads it; nil keeps it in this process.
	conversations bot.Conversations

	closers []func() error
	// parsed remembers parsed guide files, so reloads parse only what
	// changed.
	parsed content.ParseCache
}

// NewMain returns a Main on the process's standard streams.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Config: DefaultConfig()}
}

// ParseFlags reads the subcommand and its flags.
func (m *Main) ParseFlags(args []string) error {
	if len(args) == 0 {
		return usageErr("no command given")
	}
	m.Command, args = args[0], args[1:]
	fs := flag.NewFlagSet("careerbot "+m.Command, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&m.ConfigPath, "config", "", "config file (YAML)")
	fs.StringVar(&m.ContentDir, "content", "", "folder of guides to load instead of the shipped ones")
	switch m.Command {
	case "ask":
		fs.BoolVar(&m.JSON, "json", false, "print the answer as one JSON object")
	case "new-guide":
		fs.StringVar(&m.Dir, "dir", "", "folder to write the guide into")
	case "healthcheck":
		fs.StringVar(&m.URL, "url", "", "health URL (default: http://<http.listen>/healthz)")
	case "report":
		fs.StringVar(&m.Since, "since", "7d", "how far back: 7d, 24h, or a date 2006-01-02")
		fs.StringVar(&m.Format, "format", "table", "table, csv or json")
	case "forget":
		fs.StringVar(&m.User, "user", "", "the member as PLATFORM:ID (discord:123..., slack:U123..., http:ip:203.0.113.7)")
	case "chat", "serve", "validate":
	case "version", "--version", "-version":
		m.Command = "version"
		return nil
	case "help", "-h", "--help":
		return errHelp
	default:
		return usageErr("unknown command %q", m.Command)
	}
	// Flags may come before or after the words: "ask --json Q" or "ask Q --json".
	var rest []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return usageErr("%v", err)
		}
		args = fs.Args()
		if len(args) > 0 {
			rest = append(rest, args[0])
			args = args[1:]
		}
	}
	m.Args = rest
	if m.ConfigPath == "" {
		m.ConfigPath = m.Getenv("CAREERBOT_CONFIG")
	}
	// The documented environment variables (envVars) apply with or
	// without a config file; keys in the file win.
	m.Config = applyEnv(DefaultConfig(), m.Getenv)
	if m.ConfigPath != "" {
		cfg, err := LoadConfig(m.ConfigPath, m.Getenv)
		if err != nil {
			return err
		}
		m.Config = cfg
	}
	if m.ContentDir != "" {
		m.Config.ContentDir = m.ContentDir
	}
	switch m.Command {
	case "ask":
		if strings.TrimSpace(strings.Join(m.Args, " ")) == "" {
			return usageErr("ask needs the text to ask, e.g. careerbot ask /salary CA")
		}
	case "new-guide":
		if len(m.Args) != 1 {
			return usageErr("new-guide needs exactly one SLUG")
		}
	case "validate":
		if len(m.Args) > 1 {
			return usageErr("validate takes at most one folder")
		}
	case "healthcheck":
		if len(m.Args) > 0 {
			return usageErr("healthcheck takes no arguments")
		}
	case "report", "forget":
		if err := m.checkStoreFlags(); err != nil {
			return err
		}
	}
	m.Logger = newLogger(m.Stderr, m.Config.Log, m.Command)
	return nil
}

func newLogger(w io.Writer, c LogConfig, command string) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(c.Level))
	if command == "ask" || command == "chat" {
		level = max(level, slog.LevelWarn) // keep the terminal for answers
	}
	opts := &slog.HandlerOptions{Level: level}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// Run runs the subcommand.
func (m *Main) Run(ctx context.Context) error {
	switch m.Command {
	case "ask":
		return m.runAsk(ctx)
	case "chat":
		return m.runChat(ctx)
	case "validate":
		return m.runValidate(ctx)
	case "new-guide":
		return m.runNewGuide()
	case "serve":
		return m.runServe(ctx)
	case "healthcheck":
		return m.runHealthcheck(ctx)
	case "version":
		return m.runVersion(m.Stdout)
	case "report":
		return m.runReport(ctx)
	case "forget":
		return m.runForget(ctx)
	}
	return usageErr("unknown command %q", m.Command)
}

// Close releases what Run opened.
func (m *Main) Close() error {
	var errs []error
	for i := len(m.closers) - 1; i >= 0; i-- {
		errs = append(errs, m.closers[i]())
	}
	m.closers = nil
	return errors.Join(errs...)
}

// loadGuides loads the configured content folder or the shipped guides.
func (m *Main) loadGuides() ([]*bot.Guide, error) {
	if m.Config.ContentDir != "" {
		if d := m.Config.Content.IndexDir; d != "" && m.parsed.Snapshot == "" {
			// The parsed guides are kept beside the index, so a restart
			// parses only the files that changed.
			if err := os.MkdirAll(d, 0o755); err != nil {
				return nil, fmt.Errorf("content.index_dir: %w", err)
			}
			m.parsed.Snapshot, m.parsed.Logger = filepath.Join(d, "guides.gob"), m.Logger
			m.closers = append(m.closers, func() error { m.parsed.Flush(); return nil })
		}
		return m.parsed.LoadDir(context.Background(), m.Config.ContentDir, m.Config.Content.limits())
	}
	return content.Default()
}

// buildLibrary indexes guides: in memory, or on disk in indexDir (reused
// when it holds these guides, updated when some changed).
func buildLibrary(guides []*bot.Guide, indexDir string, logger *slog.Logger) (*engine.Library, *index.Index, error) {
	// The index is opened (or built) while the library is built: neither
	// needs the other until the library serves.
	var idx *index.Index
	var err error
	opened := make(chan struct{})
	go func() {
		defer close(opened)
		if indexDir != "" {
			var ch index.Changes
			start := time.Now()
			idx, ch, err = index.Open(indexDir, guides, logger)
			if err == nil {
				logger.Info("search index", "dir", indexDir, "changes", ch.String(), "took", time.Since(start).Round(time.Millisecond))
			}
		} else {
			idx, err = index.Build(guides)
		}
	}()
	var lib *engine.Library
	var lerr error
	stems := ""
	if indexDir != "" {
		// The term table's analysis of the guides is kept beside the index.
		stems = filepath.Join(indexDir, "library.stems")
		lib, lerr = engine.NewLibraryWithStems(guides, nil, stems)
	} else {
		lib, lerr = engine.NewLibrary(guides, nil)
	}
	<-opened
	if err != nil {
		return nil, nil, err
	}
	if lerr != nil {
		idx.Close()
		return nil, nil, lerr
	}
	lib.Searcher = idx
	if stems != "" && (lib.StemsAnalysed() > 0 || lib.TablesBuilt()) {
		go func() {
			if lib.StemsAnalysed() > 0 {
				if err := lib.SaveStems(stems); err != nil {
					logger.Warn("library stem file not written", "file", stems, "err", err)
				}
			}
			if lib.TablesBuilt() {
				if err := lib.SaveTables(stems); err != nil {
					logger.Warn("library table file not written", "file", stems, "err", err)
				}
			}
			// Writing the files (and what the start did meanwhile) left
			// garbage that an idle server would keep for minutes: at
			// 10,000 guides RSS stayed at 466 MB after a cold start until
			// the parsed-guides snapshot's write, then 380 MB.
			debug.FreeOSMemory()
		}()
	}
	return lib, idx, nil
}

// updateLibrary is buildLibrary for a reload from the serving library:
// only the guides that changed are re-indexed in its index and analysed
// for the new library.
func updateLibrary(serving *engine.Library, guides []*bot.Guide, indexDir string, logger *slog.Logger) (*engine.Library, *index.Index, error) {
	prev, ok := serving.Searcher.(*index.Index)
	if !ok {
		return buildLibrary(guides, indexDir, logger)
	}
	start := time.Now()
	idx, ch, err := prev.Update(guides)
	if err != nil {
		return nil, nil, err
	}
	indexed := time.Now()
	lib, err := serving.Rebuild(guides, idx)
	if err != nil {
		idx.Close()
		return nil, nil, err
	}
	logger.Info("search index updated", "changes", ch.String(), "index", indexed.Sub(start).Round(time.Millisecond),
		"library", time.Since(indexed).Round(time.Millisecond))
	return lib, idx, nil
}

// core is the wired engine.
type core struct {
	engine   *engine.Engine
	registry *bot.Registry
	router   *bot.Router
}

// newCore loads content and wires engine, registry and router. met and
// limiter may be nil (the CLI); serve passes both.
func (m *Main) newCore(met *metrics.Metrics, limiter *bot.Limiter) (*core, error) {
	engine.Preload() // the intent table is parsed while the guides load
	guides, err := m.loadGuides()
	if err != nil {
		return nil, err
	}
	indexDir := ""
	if m.Config.ContentDir != "" {
		indexDir = m.Config.Content.IndexDir
	}
	lib, idx, err := buildLibrary(guides, indexDir, m.Logger)
	if err != nil {
		return nil, err
	}
	lib.SetCloser(idx.Close)
	if d := m.Config.DefaultCareer; d != "" {
		if _, ok := lib.Guide(d); !ok {
			return nil, fmt.Errorf("config: default_career: no guide has slug %q", d)
		}
	}
	answers := m.Config.Content.AnswerCache
	if answers == 0 {
		answers = -1 // off (the engine's 0 is its default)
	}
	opts := engine.Options{DefaultCareer: m.Config.DefaultCareer, Conversations: m.conversations, AnswerCache: answers}
	if met != nil {
		opts.OnAnswerCache = met.AnswerCache
	}
	eng := engine.New(lib, m.Logger, opts)
	reg := bot.NewRegistry()
	if err := eng.Register(reg); err != nil {
		return nil, err
	}
	m.closers = append(m.closers, func() error { eng.Close(); return nil })
	var chain []bot.Middleware
	var onPanic func()
	if met != nil {
		chain = append(chain, met.Middleware(reg))
		onPanic = met.Panic
		met.IndexSize(len(lib.Guides), lib.SectionCount())
	}
	if m.recorder != nil {
		chain = append(chain, m.recorder.Middleware())
	}
	chain = append(chain, bot.Recover(m.Logger, onPanic), bot.Logging(m.Logger), bot.InputLimits(m.Config.Limits.MaxQuestionLength))
	if limiter != nil {
		chain = append(chain, limiter.Middleware(met.OnLimited))
	}
	return &core{engine: eng, registry: reg, router: bot.NewRouter(reg, m.Logger, chain...)}, nil
}

func (m *Main) runAsk(ctx context.Context) error {
	c, err := m.newCore(nil, nil)
	if err != nil {
		return err
	}
	line := strings.Join(m.Args, " ")
	a := c.router.HandleLine(ctx, bot.Request{Platform: "cli", UserID: "cli"}, line)
	if m.JSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(a)
	}
	_, err = fmt.Fprintln(m.Stdout, bot.RenderText(a))
	return err
}

func (m *Main) runValidate(ctx context.Context) error {
	var guides []*bot.Guide
	var err error
	where := "shipped guides"
	switch {
	case len(m.Args) == 1:
		where = m.Args[0]
		guides, err = content.LoadDirContext(ctx, where, m.Config.Content.limits())
	case m.Config.ContentDir != "":
		where = m.Config.ContentDir
		guides, err = content.LoadDirContext(ctx, where, m.Config.Content.limits())
	default:
		guides, err = content.Default()
	}
	if err != nil {
		if ps, ok := content.AsProblems(err); ok {
			for _, p := range ps {
				fmt.Fprintln(m.Stdout, p.String())
			}
			fmt.Fprintf(m.Stdout, "%d problem(s) in %s\n", len(ps), where)
			return errSilentFail
		}
		return err
	}
	sections := 0
	for _, g := range guides {
		sections += len(g.Sections)
	}
	fmt.Fprintf(m.Stdout, "ok: %d guide(s), %d section(s) in %s\n", len(guides), sections, where)
	return nil
}

func (m *Main) runNewGuide() error {
	slug := m.Args[0]
	dir := m.Dir
	if dir == "" {
		dir = m.Config.ContentDir
	}
	if dir == "" {
		dir = "."
	}
	text, err := content.Skeleton(slug)
	if err != nil {
		return usageErr("%v", err)
	}
	path := filepath.Join(dir, slug+".md")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("new-guide: %w", err)
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "wrote %s: fill it in, then run careerbot validate %s\n", path, dir)
	return nil
}
