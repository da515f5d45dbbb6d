package main

import (
	"fmt"

	"os"
	"reflect"
	"regexp"
	"strings"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord"
	"github.com/careerbot-dev/careerbot/bot/slack"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/httpapi"
	"github.com/careerbot-dev/careerbot/store"

	"github.com/careerbot-dev/careerbot/internal/yamlx"

	"github.com/careerbot-dev/careerbot/content"
	"gopkg.in/yaml.v3"
)

// Config is the whole configuration file; config.example.yaml documents
// every key.
type Config struct {
	ContentDir    string         `yaml:"content_dir"`
	DefaultCareer string         `yaml:"default_career"`
	Log           LogConfig      `yaml:"log"`
	Limits        LimitsConfig   `yaml:"limits"`
	HTTP          httpapi.Config `yaml:"http"`
	Content       ContentConfig  `yaml:"content"`
	Discord       discord.Config `yaml:"discord"`
	Slack         slack.Config   `yaml:"slack"`
	// DataDir holds the SQLite store (careerbot.db) when store.path is not
	// set; default: the config file's folder.
	DataDir string       `yaml:"data_dir"`
	Store   store.Config `yaml:"store"`

	path string // the file it was loaded from
}

// ContentConfig controls content reloading.
type ContentConfig struct {
	// Watch reloads the content folder when a guide file changes (serve only).
	Watch bool `yaml:"watch"`
	// Debounce waits this long after the last change before reloading.
	Debounce time.Duration `yaml:"debounce"`
	// MaxGuideBytes refuses a guide file larger than this (default 1 MiB).
	MaxGuideBytes int64 `yaml:"max_guide_bytes"`
	// MaxTotalBytes refuses a folder whose guides add up to more (default 64 MiB).
	MaxTotalBytes int64 `yaml:"max_total_bytes"`
	// IndexDir keeps the search index and the parsed guides of content_dir
	// on disk between runs: a restart with unchanged guides parses and
	// indexes nothing, and one with some guides changed only those. Empty:
	// both are built in memory at every start.
	IndexDir string `yaml:"index_dir"`
	// AnswerCache is how many free-text answers are kept in memory per
	// loaded set of guides, so that a question asked again in the same words
	// (and the same conversation context) is not worked out again (kept the
	// second time it comes lately, answered from the third); a reload
	// starts afresh. 0 turns it off.
	AnswerCache int `yaml:"answer_cache"`
}

func (c ContentConfig) limits() content.Limits {
	return content.Limits{MaxGuideBytes: c.MaxGuideBytes, MaxTotalBytes: c.MaxTotalBytes}
}

// LogConfig sets the structured log.
type LogConfig struct {
	Level  string `yaml:"level"`  // debug, info, warn, error
	Format string `yaml:"format"` // text or json
}

// LimitsConfig bounds what users can send and how often.
type LimitsConfig struct {
	MaxQuestionLength int             `yaml:"max_question_length"`
	Rate              bot.LimitConfig `yaml:"rate"`
}

// DefaultConfig is the configuration with no file.
func DefaultConfig() Config {
	return Config{
		Log:    LogConfig{Level: "info", Format: "text"},
		Limits: LimitsConfig{MaxQuestionLength: 2000},
		HTTP:   httpapi.Config{Listen: httpapi.DefaultListen},
		Content: ContentConfig{Watch: true, Debounce: 300 * time.Millisecond,
			MaxGuideBytes: content.DefaultMaxGuideBytes, MaxTotalBytes: content.DefaultMaxTotalBytes,
			AnswerCache: engine.DefaultAnswerCache},
	}
}

var envRE = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)(:-[^}]*)?\}`)

// LoadConfig reads a YAML config file over the defaults. Unknown keys, wrong
// types and unset ${ENV} references are errors naming file, line and key.
func LoadConfig(path string, getenv func(string) string) (Config, error) {
	cfg := applyEnv(DefaultConfig(), getenv) // the file's keys override the environment
	data, err := os.ReadFile(path)
	if err != nil {
		return cfg, fmt.Errorf("config: %w", err)
	}
	doc, probs := yamlx.Decode(data, &cfg)
	var msgs []string
	for _, p := range probs {
		msgs = append(msgs, fmt.Sprintf("%s:%d: %s: %s", path, p.Line, orDoc(p.Key), p.Msg))
	}
	if len(msgs) == 0 {
		// Secrets may come from the environment: token: ${DISCORD_TOKEN}, or
		// ${DISCORD_TOKEN:-} where unset means empty.
		expandEnv(reflect.ValueOf(&cfg).Elem(), "", func(key, name string) {
			line := yamlx.Line(doc, keyPath(key)...)
			msgs = append(msgs, fmt.Sprintf("%s:%d: %s: environment variable %s is not set", path, line, key, name))
		}, getenv)
	}
	if len(msgs) == 0 {
		msgs = append(msgs, cfg.validate(path, doc)...)
		msgs = append(msgs, checkChannels(&cfg, path, doc)...)
	}
	if len(msgs) > 0 {
		return cfg, fmt.Errorf("invalid config:\n  %s", strings.Join(msgs, "\n  "))
	}
	cfg.path = path
	return cfg, nil
}

func orDoc(k string) string {
	if k == "" {
		return "(document)"
	}
	return k
}

func keyPath(dotted string) []any {
	var out []any
	for _, k := range strings.Split(dotted, ".") {
		out = append(out, k)
	}
	return out
}

func (c *Config) validate(path string, doc any) []string {
	var msgs []string
	bad := func(key, format string, args ...any) {
		line := 1
		if n, ok := doc.(*yaml.Node); ok {
			line = yamlx.Line(n, keyPath(key)...)
		}
		msgs = append(msgs, fmt.Sprintf("%s:%d: %s: %s", path, line, key, fmt.Sprintf(format, args...)))
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		bad("log.level", "%q must be debug, info, warn or error", c.Log.Level)
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		bad("log.format", "%q must be text or json", c.Log.Format)
	}
	if c.Content.MaxGuideBytes < 1 {
		bad("content.max_guide_bytes", "%d must be a positive number of bytes", c.Content.MaxGuideBytes)
	}
	if c.Content.MaxTotalBytes < c.Content.MaxGuideBytes {
		bad("content.max_total_bytes", "%d must be at least content.max_guide_bytes (%d)", c.Content.MaxTotalBytes, c.Content.MaxGuideBytes)
	}
	if n := c.Content.AnswerCache; n < 0 || n > 1000000 {
		bad("content.answer_cache", "%d must be between 0 (off) and 1000000 answers", n)
	}
	if c.Limits.MaxQuestionLength < 1 || c.Limits.MaxQuestionLength > 4000 {
		bad("limits.max_question_length", "%d must be between 1 and 4000", c.Limits.MaxQuestionLength)
	}
	if r := c.Limits.Rate.Replicas; r < 0 || r > 1000 {
		bad("limits.rate.replicas", "%d must be between 1 and 1000 (the number of processes sharing the traffic; 0: 1)", r)
	}
	msgs = append(msgs, c.validateStore(path, doc)...)
	return msgs
}

// expandEnv replaces ${NAME} in every string field; missing names are reported.
func expandEnv(v reflect.Value, key string, missing func(key, name string), getenv func(string) string) {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			name := strings.Split(f.Tag.Get("yaml"), ",")[0]
			expandEnv(v.Field(i), joinKey(key, name), missing, getenv)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			expandEnv(v.Index(i), key, missing, getenv)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			expandEnv(v.Elem(), key, missing, getenv)
		}
	case reflect.Map:
		// Map values are not addressable: expand a copy and store it back
		// (per-guild onboarding settings are a map).
		for _, k := range v.MapKeys() {
			sub := joinKey(key, fmt.Sprint(k.Interface()))
			val := reflect.New(v.Type().Elem()).Elem()
			val.Set(v.MapIndex(k))
			expandEnv(val, sub, missing, getenv)
			v.SetMapIndex(k, val)
		}
	case reflect.String:
		s := v.String()
		if !strings.Contains(s, "${") {
			return
		}
		v.SetString(envRE.ReplaceAllStringFunc(s, func(m string) string {
			sub := envRE.FindStringSubmatch(m)
			val := getenv(sub[1])
			if val == "" {
				if sub[2] != "" { // ${NAME:-default}
					return sub[2][2:]
				}
				missing(key, sub[1])
			}
			return val
		}))
	}
}

func joinKey(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}
