package discord

import (
	"bytes"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
)

type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) { l.mu.Lock(); defer l.mu.Unlock(); return l.b.Write(p) }
func (l *logBuf) String() string              { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

func bufLogger(buf *logBuf) *slog.Logger {
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// eventuallyLog waits for a log line: handlers run on their own
// goroutines, so a line may land after the call a test waited for.
func eventuallyLog(t *testing.T, buf interface{ String() string }, want string) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !strings.Contains(buf.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("log never had %q:\n%s", want, buf.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Connection errors name the self-hosted API actually called, not
// discord.com.
func TestConnectionErrorsNameTheConfiguredAPI(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + ln.Addr().String() + "/api/v9/"
	ln.Close() // nothing listens there
	eng := engine(t)
	var logs logBuf
	a, err := New(Config{Token: "x", ApplicationID: "1", APIURL: dead}, eng.Router, eng.Registry, bufLogger(&logs))
	if err != nil {
		t.Fatal(err)
	}
	startRun(t, a)
	eventuallyLog(t, &logs, "discord gateway connection failed")
	out := logs.String()
	if strings.Contains(out, "discord.com/api") {
		t.Errorf("logs name discord.com for a self-hosted API:\n%s", out)
	}
	if !strings.Contains(out, ln.Addr().String()+"/api/v9/gateway") {
		t.Errorf("logs do not name the URL called:\n%s", out)
	}
	if n := strings.Count(strings.SplitN(out, "\n", 2)[0], "adapter=discord"); n != 1 {
		t.Errorf("adapter=discord %d times on a line", n)
	}
}

// discordgo's own log lines (an event it cannot decode) reach slog; an
// interaction without id or token is dropped and logged, never answered; a
// reply the server accepted (2xx) whose body does not decode is a warning,
// not a failed reply.
func TestDiscordgoLogsAndHalfDecodedInteractions(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	eng := engine(t)
	var logs logBuf
	cfg := fakeConfig(f)
	cfg.RegisterCommands = new(bool)
	cfg.Intents = []string{"message_content"}
	a, err := New(cfg, eng.Router, eng.Registry, bufLogger(&logs))
	if err != nil {
		t.Fatal(err)
	}
	r := startRun(t, a)
	if err := f.WaitConnections(1, wait); err != nil {
		t.Fatal(err)
	}

	t.Run("undecodable event", func(t *testing.T) {
		if err := f.Dispatch("INTERACTION_CREATE", map[string]any{"id": 5, "type": "two", "token": []int{1}}); err != nil {
			t.Fatal(err)
		}
		eventuallyLog(t, &logs, "component=discordgo")
		if !strings.Contains(logs.String(), "INTERACTION_CREATE") {
			t.Errorf("discordgo's line does not name the event:\n%s", logs.String())
		}
	})

	t.Run("interaction without id or token", func(t *testing.T) {
		if err := f.Dispatch("INTERACTION_CREATE", map[string]any{"type": 2, "application_id": f.ApplicationID(),
			"channel_id": channelID, "guild_id": guildID, "member": map[string]any{"user": map[string]any{"id": alice.ID, "username": "alice"}},
			"data": map[string]any{"id": "1", "name": "salary", "type": 1}}); err != nil {
			t.Fatal(err)
		}
		eventuallyLog(t, &logs, "dropped an interaction without id or token")
		r.a.inflight.wait(wait)
		if calls := f.CallsMatching(fakediscord.MatchPrefix(http.MethodPost, "/interactions/")); len(calls) != 0 {
			t.Errorf("answered a half-decoded interaction: %+v", calls)
		}
	})

	t.Run("2xx with an undecodable body", func(t *testing.T) {
		f.AddFault(fakediscord.Fault{Method: http.MethodPost, Path: "/channels/" + channelID + "/messages", Status: 200, Body: "<html>ok</html>", Times: 1})
		botUser := fakediscord.User{ID: f.BotUserID(), Username: "careerbot", Bot: true}
		if _, err := f.SendMessage(alice, guildID, channelID, "<@"+f.BotUserID()+"> /salary CA", botUser); err != nil {
			t.Fatal(err)
		}
		eventuallyLog(t, &logs, "replying to a message was accepted, but the server's answer did not decode")
		if strings.Contains(logs.String(), "replying to a message failed") {
			t.Errorf("an accepted reply logged as failed:\n%s", logs.String())
		}
	})
}

type unregObserver struct {
	bot.NopObserver
	mu   sync.Mutex
	seen []int
}

func (o *unregObserver) CommandsUnregistered(adapter string, n int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.seen = append(o.seen, n)
}

// A refused command registration (400) is retried with backoff until it
// succeeds; meanwhile the commands are reported as not registered.
func TestCommandRegistrationRetried(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.Options{})
	f.AddFault(fakediscord.Fault{Method: http.MethodPut, Path: "/applications/", Status: 400, Code: 50035, Times: 2})
	eng := engine(t)
	var logs logBuf
	cfg := fakeConfig(f)
	cfg.GuildIDs = []string{guildID}
	a, err := New(cfg, eng.Router, eng.Registry, bufLogger(&logs))
	if err != nil {
		t.Fatal(err)
	}
	obs := &unregObserver{}
	a.SetObserver(obs)
	startRun(t, a)
	put := fakediscord.Match(http.MethodPut, "/applications/"+f.ApplicationID()+"/guilds/"+guildID+"/commands")
	deadline := time.Now().Add(wait)
	for len(f.CallsMatching(put)) < 3 || a.CommandsUnregistered() != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d PUTs, %d unregistered:\n%s", len(f.CallsMatching(put)), a.CommandsUnregistered(), logs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(logs.String(), "commands not registered; retrying") {
		t.Errorf("no retry logged:\n%s", logs.String())
	}
	checkRegistration(t, f.Commands(guildID), eng.Registry)
	obs.mu.Lock()
	defer obs.mu.Unlock()
	want := len(eng.Registry.Commands())
	if len(obs.seen) < 3 || obs.seen[0] != want || obs.seen[len(obs.seen)-1] != 0 {
		t.Errorf("reported unregistered counts %v, want %d first and 0 last", obs.seen, want)
	}
	if d := a.ReadyDetail(); d["commands_unregistered"] != 0 {
		t.Errorf("ReadyDetail %v", d)
	}
}

// A failed send on a path that used to discard its error is logged.
func TestSendErrorsAreLogged(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.Options{})
	f.AddFault(fakediscord.Fault{Method: http.MethodPost, Path: "/interactions/", Status: 500})
	eng := engine(t)
	var logs logBuf
	cfg := fakeConfig(f)
	cfg.RegisterCommands = new(bool)
	a, err := New(cfg, eng.Router, eng.Registry, bufLogger(&logs))
	if err != nil {
		t.Fatal(err)
	}
	startRun(t, a)
	if err := f.WaitConnections(1, wait); err != nil {
		t.Fatal(err)
	}
	in := f.Button(alice, guildID, channelID, "not-a-follow-up", nil) // "That button no longer works."
	if err := f.SendInteraction(in); err != nil {
		t.Fatal(err)
	}
	eventuallyLog(t, &logs, "discord: interaction response failed")
}
