package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
)

// httpBot is an adapter in http mode behind a test server, signing with a
// freshly generated Ed25519 key pair.
type httpBot struct {
	a    *Adapter
	url  string
	priv ed25519.PrivateKey
	f    *fakediscord.Server
	sw   *switchAnswerer
	tb   interface {
		Handle(context.Context, *bot.Request) *bot.Answer
	}
}

func newHTTPBot(t *testing.T, mod func(*Config)) *httpBot { return newHTTPBotMod(t, mod) }

func newHTTPBotTB(tb testing.TB) *httpBot { return newHTTPBotMod(tb, nil) }

func newHTTPBotMod(t testing.TB, mod func(*Config)) *httpBot {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	f := fakediscord.New(t, fakediscord.Options{})
	eng := engine(t)
	sw := newSwitch(eng.Router)
	cfg := fakeConfig(f)
	cfg.Mode = ModeHTTP
	cfg.PublicKey = hex.EncodeToString(pub)
	if mod != nil {
		mod(&cfg)
	}
	a, err := New(cfg, sw, eng.Registry, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(a.InteractionsHandler())
	t.Cleanup(srv.Close)
	return &httpBot{a: a, url: srv.URL, priv: priv, f: f, sw: sw, tb: eng.Router}
}

func (h *httpBot) post(t *testing.T, body []byte, sig, ts string) (int, []byte) {
	return h.postTB(t, body, sig, ts)
}

func (h *httpBot) postTB(t testing.TB, body []byte, sig, ts string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, h.url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if sig != "" {
		req.Header.Set("X-Signature-Ed25519", sig)
	}
	if ts != "" {
		req.Header.Set("X-Signature-Timestamp", ts)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func (h *httpBot) send(t *testing.T, in fakediscord.Interaction) (int, wireResponse) {
	t.Helper()
	body := in.JSON()
	sig, ts := fakediscord.Sign(h.priv, body, time.Now())
	st, b := h.post(t, body, sig, ts)
	var r wireResponse
	if st == http.StatusOK {
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("response %s: %v", b, err)
		}
	}
	return st, r
}

func TestHTTPInteractions(t *testing.T) {
	t.Parallel()
	h := newHTTPBot(t, nil)
	f := h.f

	t.Run("valid signature: salary", func(t *testing.T) {
		in := f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "CA"))
		st, r := h.send(t, in)
		if st != 200 {
			t.Fatalf("status %d", st)
		}
		if r.Type == fakediscord.ResponseDeferredMessage { // a loaded machine: the answer comes as an edit
			edit, err := f.WaitEdit(in, wait)
			if err != nil {
				t.Fatal(err)
			}
			r.Type = 4
			_ = edit.Decode(&r.Data)
		}
		if r.Type != 4 || len(r.Data.Embeds) != 1 || !strings.Contains(r.Data.Embeds[0].text(), "185,000") {
			t.Fatalf("response %+v", r)
		}
		checkLimits(t, r.Data)
		checkNoMassMentions(t, r.Data.AllowedMentions)
	})

	t.Run("ping", func(t *testing.T) {
		st, r := h.send(t, f.Ping())
		if st != 200 || r.Type != fakediscord.ResponsePong {
			t.Fatalf("ping: %d %+v", st, r)
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		st, r := h.send(t, f.Autocomplete(alice, guildID, channelID, "salary", fakediscord.Focused("state", "tex")))
		if st != 200 || r.Type != fakediscord.ResponseAutocompleteReply {
			t.Fatalf("%d %+v", st, r)
		}
		if len(r.Data.Choices) == 0 || r.Data.Choices[0].Value != "TX" || len(r.Data.Choices) > 25 {
			t.Errorf("choices %+v", r.Data.Choices)
		}
	})

	t.Run("bad signatures are 401", func(t *testing.T) {
		body := f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "CA")).JSON()
		sig, ts := fakediscord.Sign(h.priv, body, time.Now())
		tampered := bytes.Replace(body, []byte(`"CA"`), []byte(`"NY"`), 1)
		if bytes.Equal(tampered, body) {
			t.Fatal("tampering changed nothing")
		}
		staleSig, staleTS := fakediscord.Sign(h.priv, body, time.Now().Add(-6*time.Minute))
		futureSig, futureTS := fakediscord.Sign(h.priv, body, time.Now().Add(6*time.Minute))
		_, otherPriv, _ := ed25519.GenerateKey(rand.Reader)
		otherSig, otherTS := fakediscord.Sign(otherPriv, body, time.Now())
		for _, c := range []struct {
			name     string
			body     []byte
			sig, ts  string
			wantCode int
		}{
			{"tampered body", tampered, sig, ts, 401},
			{"missing signature", body, "", ts, 401},
			{"missing timestamp", body, sig, "", 401},
			{"stale timestamp", body, staleSig, staleTS, 401},
			{"future timestamp", body, futureSig, futureTS, 401},
			{"other key", body, otherSig, otherTS, 401},
			{"garbage signature", body, "zz" + sig[2:], ts, 401},
			{"short signature", body, sig[:20], ts, 401},
			{"timestamp changed", body, sig, ts + "1", 401},
		} {
			if st, b := h.post(t, c.body, c.sig, c.ts); st != c.wantCode {
				t.Errorf("%s: status %d (%s), want %d", c.name, st, b, c.wantCode)
			}
		}
		if n := len(f.CallsMatching(fakediscord.MatchPrefix("", "/webhooks/"))); n != 0 {
			t.Errorf("rejected requests caused %d webhook calls", n)
		}
		// And the same body correctly signed goes through.
		if st, _ := h.post(t, body, sig, ts); st != 200 {
			t.Errorf("valid request: %d", st)
		}
	})

	t.Run("bad requests", func(t *testing.T) {
		resp, err := http.Get(h.url)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("GET: %d", resp.StatusCode)
		}
		body := []byte(`{"type":"nonsense"`)
		sig, ts := fakediscord.Sign(h.priv, body, time.Now())
		if st, _ := h.post(t, body, sig, ts); st != http.StatusBadRequest {
			t.Errorf("signed garbage: %d, want 400", st)
		}
	})

	t.Run("deferral edits the original", func(t *testing.T) {
		slow := fakediscord.User{ID: "900000000000000003", Username: "slow"}
		release := make(chan struct{})
		h.sw.set(slow.ID, func(ctx context.Context, req *bot.Request) *bot.Answer {
			select {
			case <-release:
			case <-ctx.Done():
			}
			return h.tb.Handle(ctx, req)
		})
		in := f.SlashCommand(slow, guildID, channelID, "salary", fakediscord.Str("state", "CA"))
		st, r := h.send(t, in)
		close(release)
		if st != 200 || r.Type != fakediscord.ResponseDeferredMessage {
			t.Fatalf("slow engine: %d type %d, want 200 type 5", st, r.Type)
		}
		edit, err := f.WaitEdit(in, wait)
		if err != nil {
			t.Fatal(err)
		}
		var m wireMessage
		_ = edit.Decode(&m)
		if len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].text(), "185,000") {
			t.Errorf("edit %s", edit.Body)
		}
	})
}

func TestHTTPEphemeralShare(t *testing.T) {
	t.Parallel()
	h := newHTTPBot(t, func(c *Config) { c.Ephemeral = true })
	f := h.f
	st, r := h.send(t, f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "CA")))
	if st != 200 || r.Type != 4 {
		t.Fatalf("%d %+v", st, r)
	}
	if r.Data.Flags&64 == 0 {
		t.Fatalf("answer not ephemeral: flags %d", r.Data.Flags)
	}
	ids := r.Data.customIDs()
	if len(ids) == 0 || ids[len(ids)-1] != shareID {
		t.Fatalf("no share button: %v", ids)
	}
	// Click "Share in channel" on that ephemeral message: Discord sends the message along.
	var msg map[string]any
	raw, _ := json.Marshal(r.Data)
	_ = json.Unmarshal(raw, &msg)
	st, shared := h.send(t, f.Button(alice, guildID, channelID, shareID, msg))
	if st != 200 || shared.Type != 4 {
		t.Fatalf("share: %d %+v", st, shared)
	}
	if shared.Data.Flags&64 != 0 {
		t.Errorf("shared message is still ephemeral")
	}
	if len(shared.Data.Embeds) != 1 || shared.Data.Embeds[0].text() != r.Data.Embeds[0].text() {
		t.Errorf("shared embed differs:\n%+v\n%+v", shared.Data.Embeds, r.Data.Embeds)
	}
	if !strings.Contains(shared.Data.Content, "<@"+alice.ID+">") {
		t.Errorf("shared content %q does not say who shared", shared.Data.Content)
	}
	checkNoMassMentions(t, shared.Data.AllowedMentions)
	for _, id := range shared.Data.customIDs() {
		if id == shareID {
			t.Errorf("shared message still has a share button")
		}
	}
	// An error answer is ephemeral and has nothing to share.
	st, r = h.send(t, f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "Atlantis")))
	if st != 200 || r.Data.Flags&64 == 0 {
		t.Fatalf("%d %+v", st, r)
	}
	for _, id := range r.Data.customIDs() {
		if id == shareID {
			t.Errorf("a refusal got a share button")
		}
	}
}

func TestHTTPModeRun(t *testing.T) {
	t.Parallel()
	h := newHTTPBot(t, nil)
	f := h.f
	eng := engine(t)
	cfg := h.a.cfg
	r := runAdapter(t, cfg, eng.Router, eng.Registry)
	put, err := f.WaitCall(wait, fakediscord.Match(http.MethodPut, "/applications/"+f.ApplicationID()+"/commands"))
	if err != nil {
		t.Fatal(err)
	}
	checkRegistration(t, put.Body, eng.Registry)
	for i := 0; i < 200 && !r.a.Ready(); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if !r.a.Ready() {
		t.Fatalf("http mode not ready after registration")
	}
	r.stop()
	if err := r.runErr(t); err != nil {
		t.Fatalf("Run after cancel: %v", err)
	}
	// A second start finds the same commands: a GET and no PUT.
	puts := len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodPut, "/applications/")))
	gets := len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodGet, "/applications/")))
	r2 := runAdapter(t, cfg, eng.Router, eng.Registry)
	for i := 0; i < 500 && !r2.a.Ready(); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if n := len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodGet, "/applications/"))); n != gets+1 {
		t.Errorf("second start: %d GETs, want 1", n-gets)
	}
	if n := len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodPut, "/applications/"))); n != puts {
		t.Errorf("second start re-registered an equal set (%d PUTs)", n-puts)
	}
	// A changed registry is registered again.
	reg2 := bot.NewRegistry()
	reg2.MustAdd(bot.Command{Name: "ping", Description: "Ping", Handler: func(context.Context, *bot.Request) (*bot.Answer, error) {
		return &bot.Answer{Answered: true, Body: "pong"}, nil
	}})
	cfg2 := cfg
	a3, err := New(cfg2, eng.Router, reg2, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := a3.registerCommands(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodPut, "/applications/"))); n != puts+1 {
		t.Errorf("a changed registry was not registered (%d PUTs)", n-puts)
	}
	checkRegistration(t, f.Commands(""), reg2)
}

func TestHTTPBadToken(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.Options{})
	eng := engine(t)
	cfg := fakeConfig(f)
	cfg.Token = "wrong"
	cfg.Mode = ModeHTTP
	cfg.PublicKey = f.PublicKeyHex()
	r := runAdapter(t, cfg, eng.Router, eng.Registry)
	err := r.runErr(t)
	if err == nil || !strings.Contains(err.Error(), "discord.token") || !strings.Contains(err.Error(), "401") {
		t.Fatalf("Run with a bad token: %v", err)
	}
}
