package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
)

func TestChatPipeFollowUpsByNumber(t *testing.T) {
	out, _, code := run(t, "/salary\n1\n9\nclear\nexit\nrecipe for chocolate cake\n", nil, "chat")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "Follow-ups (type the number):\n  1. ") {
		t.Fatalf("follow-ups not numbered:\n%s", out)
	}
	// The first follow-up's command is echoed and answered.
	i := strings.Index(out, "  1. ")
	line := out[i:]
	line = line[strings.Index(line, "(")+1 : strings.Index(line, ")")]
	if !strings.HasPrefix(line, "/") || !strings.Contains(out, "> "+line+"\n") {
		t.Errorf("picking 1 did not run %q:\n%s", line, out)
	}
	if !strings.Contains(out, "Pick a follow-up between 1 and") {
		t.Errorf("an out-of-range number was not refused:\n%s", out)
	}
	// Five prompts: /salary, 1, 9, clear, exit; nothing after exit, and
	// neither clear nor exit was answered as a question.
	if n := strings.Count(out, "> "); n != 5 {
		t.Errorf("%d prompts, want 5:\n%s", n, out)
	}
	if strings.Contains(out, "can't answer") {
		t.Errorf("clear, exit or a line after exit was answered as a question:\n%s", out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("escape sequences written to a pipe")
	}
}

func TestChatNumberBeforeAnyAnswer(t *testing.T) {
	out, _, code := run(t, "2\nquit\n", nil, "chat")
	if code != 0 || !strings.Contains(out, "No numbered follow-ups yet") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

// fakeTTY feeds keystrokes to term.Terminal and records what it writes.
type fakeTTY struct {
	in  io.Reader
	mu  sync.Mutex
	out bytes.Buffer
}

func (f *fakeTTY) Read(p []byte) (int, error) { return f.in.Read(p) }
func (f *fakeTTY) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.out.Write(p)
}

// On a terminal the x/term line editor runs: the up arrow recalls the last
// line (it used to be sent as an escape sequence), Ctrl-D leaves.
func TestChatTerminalLineEditing(t *testing.T) {
	m := parse(t, nil, "chat")
	c, err := m.newCore(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	const up = "\x1b[A"
	keys := "/salary NY\r" + up + "\r" + "/salary Cx\x7fA\r" + "clear\r" + "\x04"
	tty := &fakeTTY{in: strings.NewReader(keys)}
	tm := newChatTerminal(tty)
	if err := m.chatLoop(context.Background(), c, tm, tm, true); err != nil {
		t.Fatal(err)
	}
	out := tty.out.String()
	if n := strings.Count(out, "$170,000"); n < 2 {
		t.Errorf("up arrow + Enter did not repeat /salary NY (%d answers with $170,000):\n%q", n, out)
	}
	if !strings.Contains(out, "$185,000") {
		t.Errorf("backspace editing: /salary Cx<BS>A was not read as /salary CA:\n%q", out)
	}
	if !strings.Contains(out, clearScreen) {
		t.Error("clear did not clear the screen")
	}
	if strings.Contains(out, "\n") && !strings.Contains(out, "\r\n") {
		t.Error("raw-mode output needs \\r\\n line ends")
	}
}
