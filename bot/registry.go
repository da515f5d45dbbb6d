package bot

import (
	"context"
	"fmt"
	"regexp"
	"strings"
)

// Handler answers a request. Handlers return coded errors for the user's
// mistakes and plain errors for everything else; they never swallow errors.
type Handler func(ctx context.Context, req *Request) (*Answer, error)

// Middleware wraps a handler (recover, logging, rate limits, ...).
type Middleware func(next Handler) Handler

// Choice is a value offered for an option, by a fixed list or autocomplete.
type Choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// CompleteFunc suggests values for an option from what the user has typed so
// far. It returns at most limit choices.
type CompleteFunc func(ctx context.Context, typed string, limit int) []Choice

// Option is one typed argument of a command. Every option is a string on the
// wire; Choices or Complete narrow what users are offered.
type Option struct {
	Name        string
	Description string
	Required    bool
	Choices     []Choice     // fixed choices (at most 25)
	Complete    CompleteFunc // autocomplete source, nil for none
	Rest        bool         // in a typed line, takes the rest of the text (e.g. ask's question)
	MaxLength   int          // 0: no limit beyond the global input limit
}

// Command is a slash command as data: help text and platform registration
// are built from it.
type Command struct {
	Name        string
	Description string
	Options     []Option
	Handler     Handler
	Example     string // e.g. "/salary CA"; shown in help
}

// Option returns the named option definition.
func (c *Command) Option(name string) (Option, bool) {
	for _, o := range c.Options {
		if o.Name == name {
			return o, true
		}
	}
	return Option{}, false
}

// Usage renders "/salary [state] [career]".
func (c *Command) Usage() string {
	var b strings.Builder
	b.WriteString("/" + c.Name)
	for _, o := range c.Options {
		if o.Required {
			b.WriteString(" <" + o.Name + ">")
		} else {
			b.WriteString(" [" + o.Name + "]")
		}
	}
	return b.String()
}

// Registry holds the commands in registration order.
type Registry struct {
	cmds   []*Command
	byName map[string]*Command
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{byName: map[string]*Command{}} }

var nameRE = regexp.MustCompile(`^[a-z0-9_-]{1,32}$`)

// Add registers a command. Names follow Discord's and Slack's rules
// (lowercase, 1-32 characters), descriptions 1-100 characters, 25 options.
func (r *Registry) Add(c Command) error {
	if !nameRE.MatchString(c.Name) {
		return fmt.Errorf("command %q: name must be 1-32 lowercase letters, digits, - or _", c.Name)
	}
	if _, dup := r.byName[c.Name]; dup {
		return fmt.Errorf("command %q registered twice", c.Name)
	}
	if n := len([]rune(c.Description)); n == 0 || n > 100 {
		return fmt.Errorf("command %q: description must be 1-100 characters, is %d", c.Name, n)
	}
	if c.Handler == nil {
		return fmt.Errorf("command %q: no handler", c.Name)
	}
	if len(c.Options) > 25 {
		return fmt.Errorf("command %q: %d options, at most 25", c.Name, len(c.Options))
	}
	seen := map[string]bool{}
	optional := false
	for _, o := range c.Options {
		if !nameRE.MatchString(o.Name) || seen[o.Name] {
			return fmt.Errorf("command %q: bad or repeated option name %q", c.Name, o.Name)
		}
		seen[o.Name] = true
		if n := len([]rune(o.Description)); n == 0 || n > 100 {
			return fmt.Errorf("command %q option %q: description must be 1-100 characters", c.Name, o.Name)
		}
		if o.Required && optional {
			return fmt.Errorf("command %q option %q: required options must come first", c.Name, o.Name)
		}
		optional = optional || !o.Required
		if len(o.Choices) > 25 {
			return fmt.Errorf("command %q option %q: at most 25 choices", c.Name, o.Name)
		}
	}
	cc := c
	r.cmds = append(r.cmds, &cc)
	r.byName[c.Name] = &cc
	return nil
}

// MustAdd is Add for commands built into the program; it panics on a bad
// definition, which is a programming error caught by tests.
func (r *Registry) MustAdd(c Command) {
	if err := r.Add(c); err != nil {
		panic(err)
	}
}

// Lookup finds a command by name (case-insensitive, leading slash allowed).
func (r *Registry) Lookup(name string) (*Command, bool) {
	c, ok := r.byName[strings.ToLower(strings.TrimPrefix(name, "/"))]
	return c, ok
}

// Commands returns the commands in registration order.
func (r *Registry) Commands() []*Command { return append([]*Command(nil), r.cmds...) }
