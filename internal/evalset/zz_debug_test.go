package evalset

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// TestZZAsk asks each line of ZZ_FILE and prints the reply (session debug only; never committed).
func TestZZAsk(t *testing.T) {
	f, err := os.Open(os.Getenv("ZZ_FILE"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var b *testbot.Bot
	if os.Getenv("ZZ_ALL") != "" {
		b = testbot.FromGuides(t, multiCareerGuides(t))
	} else {
		b = testbot.New(t)
	}
	base := bot.Request{Platform: "eval", UserID: "eval", ChannelID: "eval"}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		q := strings.TrimSpace(sc.Text())
		if q == "" {
			continue
		}
		a := ask(context.Background(), b.Router, base, q)
		fmt.Printf("=== %s\n", q)
		if a == nil {
			fmt.Println("(nil)")
			continue
		}
		fmt.Printf("answered=%v career=%q kind=%q\n%s\n", a.Answered, a.Career, a.Kind, bot.RenderText(a))
	}
}
