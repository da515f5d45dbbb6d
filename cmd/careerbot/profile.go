//go:build cpuprofile

package main

// Built only with -tags cpuprofile (never in a release): with
// CAREERBOT_CPUPROFILE=FILE set, SIGUSR1 starts a CPU profile into FILE and
// SIGUSR2 stops it, writes the allocation profile to FILE.allocs and
// renames FILE.tmp to FILE once written, so that loadtest/httpcpu -cpuprofile can
// profile the server over exactly the phase it measures.

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"strconv"
	"syscall"
)

func init() {
	path := os.Getenv("CAREERBOT_CPUPROFILE")
	if path == "" {
		return
	}
	// CAREERBOT_MEMPROFILERATE=N samples one allocation per N bytes in the
	// allocation profile (runtime.MemProfileRate; 1: every allocation).
	if n, err := strconv.Atoi(os.Getenv("CAREERBOT_MEMPROFILERATE")); err == nil && n > 0 {
		runtime.MemProfileRate = n
	}
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, syscall.SIGUSR1, syscall.SIGUSR2)
	var f *os.File
	// CAREERBOT_CPUPROFILE_START=1 starts the profile at once (the start
	// itself; SIGUSR2 ends it).
	if os.Getenv("CAREERBOT_CPUPROFILE_START") == "1" {
		var err error
		if f, err = os.Create(path + ".tmp"); err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "careerbot: cpuprofile:", err)
			f = nil
		}
	}
	go func() {
		for sig := range ch {
			switch {
			case sig == syscall.SIGUSR1 && f == nil:
				var err error
				if f, err = os.Create(path + ".tmp"); err == nil {
					err = pprof.StartCPUProfile(f)
				}
				if err != nil {
					fmt.Fprintln(os.Stderr, "careerbot: cpuprofile:", err)
				}
			case sig == syscall.SIGUSR2 && f != nil:
				pprof.StopCPUProfile()
				f.Close()
				f = nil
				// The allocations since start, for -sample_index=alloc_space.
				if a, err := os.Create(path + ".allocs"); err == nil {
					pprof.Lookup("allocs").WriteTo(a, 0)
					a.Close()
				}
				if err := os.Rename(path+".tmp", path); err != nil {
					fmt.Fprintln(os.Stderr, "careerbot: cpuprofile:", err)
				}
			}
		}
	}()
}
