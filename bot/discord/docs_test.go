package discord

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// The README's invite link and intents advice must match the code.
func TestReadmeAgreesWithCode(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	tb := engine(t)
	a, err := New(Config{Token: "t", ApplicationID: "YOUR_APPLICATION_ID"}, tb.Router, tb.Registry, nil)
	if err != nil {
		t.Fatal(err)
	}
	link := regexp.MustCompile(`https://discord\.com/oauth2/authorize\?client_id=YOUR_APPLICATION_ID&\S+`).FindString(readme)
	if link != a.InviteURL() {
		t.Errorf("README invite link\n  %s\nInviteURL()\n  %s", link, a.InviteURL())
	}
	if a.intents&discordgo.IntentMessageContent != 0 {
		t.Error("the adapter asks for Message Content by default; the README says it needs no privileged intent")
	}
	if !strings.Contains(readme, "Send Messages in Threads") {
		t.Error("README does not name Send Messages in Threads")
	}
	example, err := os.ReadFile("../../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if regexp.MustCompile(`message_content \(mentions`).Match(example) {
		t.Error("config.example.yaml says message_content is needed for mentions")
	}
}
