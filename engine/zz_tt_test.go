package engine

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/content"
)

func TestZZScope(t *testing.T) {
	var lib *Library
	if os.Getenv("ZZ_SHIP") != "" {
		sh, _ := content.Default()
		lib = libraryOf(t, sh)
	} else {
		lib = allGuidesLibrary(t)
	}
	ctx := context.Background()
	for _, s := range strings.Split(os.Getenv("ZZQ"), "\n") {
		if s == "" {
			continue
		}
		q := lib.analyse(ctx, s)
		var cs []string
		for _, g := range q.careers {
			cs = append(cs, g.Slug)
		}
		fmt.Printf("Q %s\n careers=%v occ=%q bg=%q scope=%+v states=%v intents=%v signed=%v\n", s, cs, q.scope.occupations, q.scope.background, q.scope, q.states, q.intents, q.signed)
	}
}
