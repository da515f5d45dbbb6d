// Command gen-guides writes generated guides (package internal/gen) to a
// folder as content files, so that start-up and hot reload can be measured
// on real files:
//
//	go run ./cmd/gen-guides -n 10000 -out /tmp/guides10k          # the fair corpus
//	go run ./cmd/gen-guides -n 1000 -out /tmp/guides1k -corpus old # the issue-6 corpus
//	careerbot serve --content /tmp/guides10k
//
// Every figure in them is made up.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/careerbot-dev/careerbot/internal/gen"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen-guides:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("gen-guides", flag.ContinueOnError)
	n := fs.Int("n", 1000, "number of guides")
	out := fs.String("out", "", "folder to write the guides to (created if missing)")
	seed := fs.Int64("seed", gen.DefaultSeed, "generator seed")
	corpus := fs.String("corpus", "fair", "fair (shared word pools) or old (own words per career)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || *n < 1 {
		return fmt.Errorf("-out DIR and a positive -n are required")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for i := 0; i < *n; i++ {
		var c gen.Career
		switch *corpus {
		case "fair":
			c = gen.GenerateFair(*seed, i)
		case "old":
			c = gen.Generate(*seed, i)
		default:
			return fmt.Errorf("-corpus %q: want fair or old", *corpus)
		}
		b, err := gen.Markdown(c.Guide)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(*out, c.Guide.Slug+".md"), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
