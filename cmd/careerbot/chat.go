package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"

	"github.com/careerbot-dev/careerbot/bot"
)

// lineReader reads one chat line at a time: term.Terminal on a terminal
// (line editing, history with the arrow keys), plain lines on pipes.
type lineReader interface {
	ReadLine() (string, error)
}

// scanLines reads lines from a pipe or file, printing the prompt first.
type scanLines struct {
	sc     *bufio.Scanner
	out    io.Writer
	prompt string
}

func (s *scanLines) ReadLine() (string, error) {
	fmt.Fprint(s.out, s.prompt)
	if !s.sc.Scan() {
		fmt.Fprintln(s.out)
		if err := s.sc.Err(); err != nil {
			return "", err
		}
		return "", io.EOF
	}
	return s.sc.Text(), nil
}

const (
	chatPrompt = "> "
	chatIntro  = "careerbot chat: ask a career question, or type /help. Pick a follow-up by its number. " +
		"exit, quit or Ctrl-D leave; clear clears the screen."
	clearScreen = "\x1b[H\x1b[2J"
)

func (m *Main) runChat(ctx context.Context) error {
	c, err := m.newCore(nil, nil)
	if err != nil {
		return err
	}
	in, isFile := m.Stdin.(*os.File)
	out, outFile := m.Stdout.(*os.File)
	if isFile && outFile && term.IsTerminal(int(in.Fd())) && term.IsTerminal(int(out.Fd())) {
		old, err := term.MakeRaw(int(in.Fd()))
		if err != nil {
			return fmt.Errorf("chat: terminal: %w", err)
		}
		defer term.Restore(int(in.Fd()), old)
		t := newChatTerminal(struct {
			io.Reader
			io.Writer
		}{in, out})
		if w, h, err := term.GetSize(int(out.Fd())); err == nil {
			t.SetSize(w, h)
		}
		return m.chatLoop(ctx, c, t, t, true)
	}
	sc := bufio.NewScanner(m.Stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	return m.chatLoop(ctx, c, &scanLines{sc: sc, out: m.Stdout, prompt: chatPrompt}, m.Stdout, false)
}

// newChatTerminal is x/term's line editor (arrow keys, history, Ctrl-A/E,
// Ctrl-W, ...) on rw; it writes \n as \r\n as raw mode needs.
func newChatTerminal(rw io.ReadWriter) *term.Terminal {
	return term.NewTerminal(rw, chatPrompt)
}

// chatLoop answers lines until exit, quit, Ctrl-D (io.EOF) or ctx ends.
// Numbers pick a follow-up of the last answer; clear clears a terminal's
// screen and is never sent as a question.
func (m *Main) chatLoop(ctx context.Context, c *core, lines lineReader, out io.Writer, terminal bool) error {
	fmt.Fprintln(out, chatIntro)
	var followUps []bot.FollowUp
	for {
		raw, err := lines.ReadLine()
		if errors.Is(err, io.EOF) {
			if terminal {
				fmt.Fprintln(out)
			}
			return nil
		}
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
		line := strings.TrimSpace(raw)
		switch strings.ToLower(line) {
		case "":
			continue
		case "exit", "quit", "/exit", "/quit", "bye":
			return nil
		case "clear", "/clear", "cls":
			if terminal {
				fmt.Fprint(out, clearScreen)
			}
			continue
		}
		if n, err := strconv.Atoi(line); err == nil {
			if n < 1 || n > len(followUps) {
				if len(followUps) == 0 {
					fmt.Fprintf(out, "No numbered follow-ups yet: ask a question first.\n\n")
				} else {
					fmt.Fprintf(out, "Pick a follow-up between 1 and %d.\n\n", len(followUps))
				}
				continue
			}
			line = followUps[n-1].Line()
			fmt.Fprintf(out, "%s\n", line)
		}
		a := c.router.HandleLine(ctx, bot.Request{Platform: "cli", UserID: "cli", Conversation: "cli:chat"}, line)
		text, fus := renderChat(a)
		followUps = fus
		fmt.Fprintln(out, text)
		fmt.Fprintln(out)
	}
}

// renderChat is the plain-text answer with its follow-ups numbered, so a
// member can type 1, 2, ... instead of the command.
func renderChat(a *bot.Answer) (string, []bot.FollowUp) {
	if a == nil {
		return "", nil
	}
	plain := *a
	plain.FollowUps = nil
	text := bot.RenderText(&plain)
	if len(a.FollowUps) == 0 {
		return text, nil
	}
	var b strings.Builder
	b.WriteString(text)
	b.WriteString("\n\nFollow-ups (type the number):")
	for i, f := range a.FollowUps {
		label := f.Label
		if label == "" {
			label = f.Line()
		}
		fmt.Fprintf(&b, "\n  %d. %s  (%s)", i+1, label, f.Line())
	}
	return b.String(), a.FollowUps
}
