package bot

import (
	"strings"
	"unicode"
)

// ParseLine turns a typed chat line into a request. A line starting with "/"
// is a command: words fill the options in order ("name:value" names one
// explicitly; quotes group words; the last option, or a Rest option, takes
// what is left). Anything else is a free-text question for the "ask" command.
// Unknown commands return an EINVALID error naming the command.
//
// Adapters do not call it to answer: they hand the line to the router
// (Router.HandleLine, LineRequest), which parses inside its middleware
// chain. It is exported for checks such as "is this a command?".
func ParseLine(reg *Registry, line string) (*Request, error) {
	req, _, err := parseLine(reg, line)
	return req, err
}

// parseLine is ParseLine that also returns the command name typed.
func parseLine(reg *Registry, line string) (*Request, string, error) {
	line = strings.TrimSpace(line)
	req := &Request{Text: line, Options: map[string]string{}}
	if !strings.HasPrefix(line, "/") {
		req.Command = "ask"
		req.Options["question"] = line
		return req, "ask", nil
	}
	name, rest, _ := strings.Cut(line[1:], " ")
	name = strings.ToLower(strings.TrimSpace(name))
	cmd, ok := reg.Lookup(name)
	if !ok {
		return nil, name, Errorf(EINVALID, "I don't know the command /%s. Try /help to see what I can do.", clip(name, 32))
	}
	req.Command = cmd.Name
	if err := fillOptions(cmd, req, strings.TrimSpace(rest)); err != nil {
		return nil, name, err
	}
	return req, name, nil
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
