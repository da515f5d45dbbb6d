package discord

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
)

type echoAnswerer struct{}

func (echoAnswerer) Handle(_ context.Context, req *bot.Request) *bot.Answer {
	a := &bot.Answer{Answered: true, Title: req.Text, Body: req.Option("question") + "\n\n" + req.Text}
	for k, v := range req.Options {
		a.Fields = append(a.Fields, bot.Field{Label: k, Value: v})
		a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: v, Command: req.Command, Options: map[string]string{k: v}})
	}
	return a
}

// FuzzDecodeInteraction feeds arbitrary payloads through decoding and the
// whole interaction handler: no panic, exactly one valid initial response.
func FuzzDecodeInteraction(f *testing.F) {
	fake, err := fakediscord.Start(fakediscord.Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer fake.Close()
	u := fakediscord.User{ID: "1", Username: "u"}
	for _, in := range []fakediscord.Interaction{
		fake.Ping(),
		fake.SlashCommand(u, "2", "3", "salary", fakediscord.Str("state", "CA")),
		fake.SlashCommand(u, "", "3", "ask", fakediscord.Str("question", "@everyone what certifications help?")),
		fake.SlashCommand(u, "2", "3", "salary", fakediscord.Opt{Name: "state", Value: 5, Type: 4}),
		fake.Autocomplete(u, "2", "3", "salary", fakediscord.Focused("state", "new")),
		fake.Button(u, "2", "3", "cb1|salary?state=CA", nil),
		fake.Button(u, "2", "3", shareID, map[string]any{"embeds": []any{map[string]any{"title": "t"}}}),
		fake.Button(u, "2", "3", "nonsense", nil),
	} {
		f.Add(in.JSON())
	}
	f.Add([]byte(`{"type":2,"data":{"name":"x","options":[{"name":"a","type":1,"options":[{"name":"b","type":3,"value":null}]}]}}`))
	f.Add([]byte(`{"type":3,"data":{"custom_id":"cb1|ask?question=%ZZ"},"message":{"components":[{"type":1,"components":[{"type":99}]}]}}`))
	f.Add([]byte(`{"type":5,"data":{}}`))
	f.Add([]byte(`null`))

	reg := bot.NewRegistry()
	reg.MustAdd(bot.Command{Name: "salary", Description: "s", Options: []bot.Option{{Name: "state", Description: "st",
		Complete: func(_ context.Context, typed string, limit int) []bot.Choice {
			return []bot.Choice{{Name: typed, Value: typed}, {Name: "x", Value: "x"}}
		}}}, Handler: func(context.Context, *bot.Request) (*bot.Answer, error) { return nil, nil }})
	a, err := New(Config{Token: "t", APIURL: fake.APIURL, ApplicationID: "1", DeferAfter: 2 * time.Second}, echoAnswerer{}, reg, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		i, err := decodeInteraction(data)
		if err != nil {
			return
		}
		var got []*response
		done := make(chan struct{})
		close(done)
		a.handleInteraction(i, func(r *response) error { got = append(got, r); return nil }, done)
		if len(got) != 1 {
			t.Fatalf("%d initial responses", len(got))
		}
		b, err := json.Marshal(got[0])
		if err != nil {
			t.Fatalf("response does not encode: %v", err)
		}
		var w wireResponse
		if err := json.Unmarshal(b, &w); err != nil {
			t.Fatal(err)
		}
		checkLimits(t, w.Data)
		if w.Type == 4 {
			checkNoMassMentions(t, w.Data.AllowedMentions)
		}
		if len(w.Data.Choices) > 25 {
			t.Fatalf("%d choices", len(w.Data.Choices))
		}
	})
}
