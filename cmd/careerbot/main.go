package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	if len(os.Args) > 1 && os.Args[1] == "serve" {
		// Catch SIGHUP from the first moment: its default action ends the
		// process, and serve must survive logrotate and systemctl reload.
		hup := make(chan os.Signal, 1)
		signal.Notify(hup, syscall.SIGHUP)
		m.Hup = hup
	}
	err := m.ParseFlags(os.Args[1:])
	if err == nil {
		err = m.Run(ctx)
	}
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	os.Exit(exitCode(m, err))
}

func exitCode(m *Main, err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errHelp):
		fmt.Fprint(m.Stdout, usage)
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(m.Stderr, "careerbot: %v\n\n%s", err, usage)
		return 2
	case errors.Is(err, errSilentFail):
		return 1
	default:
		fmt.Fprintf(m.Stderr, "careerbot: %v\n", err)
		return 1
	}
}
