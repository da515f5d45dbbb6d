package bot

import (
	"strings"
	"unicode"
)

// ParseLine turns a typed chat line into a request. A line starting with "/"
// is a command: words fill the options in order ("name:value" names one
// explicitly; quotes group words; the last option, or a Rest option, takes
// what is left). Anything else is a free-text question for the "ask" command.
// Unknown commands return an EINVALID error naming the command (the router
// reads a line that starts with an unknown plain word as a question, and
// says so in the answer).
//
// Adapters do not call it to answer: they hand the line to the router
// (Router.HandleLine, LineRequest), which parses inside its middleware
// chain. It is exported for checks such as "is this a command?".
func ParseLine(reg *Registry, line string) (*Request, error) {
	req, _, err := parseLine(reg, line)
	if err == nil && req.Option(unknownCommandOption) != "" {
		// The router reads "/steps mle" as a question; this names commands only.
		return nil, unknownCommand(req.Option(unknownCommandOption))
	}
	return req, err
}

// parseLine is ParseLine that also returns the command name typed.
func parseLine(reg *Registry, line string) (*Request, string, error) {
	req := new(Request)
	name, err := parseLineInto(reg, line, req)
	if err != nil {
		return nil, name, err
	}
	return req, name, nil
}

// parseLineInto is parseLine filling the Text, Command and Options of req
// (a Request of the caller's, so that the router, which keeps only those
// three, need not allocate one); req is left partly filled on an error.
func parseLineInto(reg *Registry, line string, req *Request) (string, error) {
	line = strings.TrimSpace(line)
	req.Text, req.Options = line, map[string]string{}
	if !strings.HasPrefix(line, "/") {
		req.Command = "ask"
		req.Options["question"] = line
		return "ask", nil
	}
	name, rest, _ := strings.Cut(line[1:], " ")
	name = strings.ToLower(strings.TrimSpace(name))
	cmd, ok := reg.Lookup(name)
	if !ok {
		if _, asks := reg.Lookup("ask"); asks && isWord(name) {
			// "/steps mle": no such command, so the line is read as a
			// question; the router says so, or gives the unknown-command
			// message when the question finds nothing.
			req.Command = "ask"
			req.Options["question"] = strings.TrimSpace(name + " " + rest)
			req.Options[unknownCommandOption] = name
			return "ask", nil
		}
		return name, unknownCommand(name)
	}
	req.Command = cmd.Name
	if err := fillOptions(cmd, req, strings.TrimSpace(rest)); err != nil {
		return name, err
	}
	return name, nil
}

func fillOptions(cmd *Command, req *Request, rest string) error {
	words := splitWords(rest)
	// Named options first, so positional words know which slots are free.
	named := make([]string, len(words)) // option name for a "name:value" word
	for i, w := range words {
		if k, v, ok := strings.Cut(w, ":"); ok && k != "" {
			if _, known := cmd.Option(strings.ToLower(k)); known {
				named[i] = strings.ToLower(k)
				req.Options[named[i]] = v
			}
		}
	}
	next := 0    // next positional option
	recent := "" // the option the previous word went to
	for i := 0; i < len(words); i++ {
		if named[i] != "" {
			recent = named[i]
			continue
		}
		for next < len(cmd.Options) && req.Options[cmd.Options[next].Name] != "" {
			next++
		}
		if next >= len(cmd.Options) {
			if len(cmd.Options) == 0 {
				return Errorf(EINVALID, "/%s takes no options. Try %s.", cmd.Name, cmd.Usage())
			}
			// No free slot: the word continues the option before it
			// ("/salary New York", "career:space chef").
			if recent == "" {
				recent = cmd.Options[len(cmd.Options)-1].Name
			}
			req.Options[recent] += " " + words[i]
			continue
		}
		o := cmd.Options[next]
		if o.Rest || next == len(cmd.Options)-1 {
			// The last free option takes the rest, minus later named words.
			var tail []string
			for j := i; j < len(words); j++ {
				if named[j] == "" {
					tail = append(tail, words[j])
				}
			}
			req.Options[o.Name] = strings.Join(tail, " ")
			break
		}
		req.Options[o.Name] = words[i]
		recent = o.Name
		next++
	}
	return nil
}

// splitWords splits on spaces, keeping "double quoted" groups together.
func splitWords(s string) []string {
	var out []string
	var cur strings.Builder
	inQuote := false
	for _, r := range s {
		switch {
		case r == '"':
			inQuote = !inQuote
		case unicode.IsSpace(r) && !inQuote:
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(r)
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// unknownCommandOption carries, on a line read as a question, the command
// name typed that no command has.
const unknownCommandOption = "unknown-command"

func unknownCommand(name string) error {
	return Errorf(EINVALID, "I don't know the command /%s. Try /help to see what I can do.", clip(name, 32))
}

// isWord reports whether a typed command name is a plain word (letters and
// hyphens, at most 32 bytes) that could start a question.
func isWord(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}
