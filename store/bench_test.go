package store_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/store/storetest"
)

// BenchmarkWriteEvents writes questions in batches of 512 (the recorder's
// batch size) as the recorder makes them: answer ids from bot.NewAnswerID
// and the keyed hashes of about a thousand members; ns/op is per question.
// cpu-ns/row is the process's CPU time (user and system: the writer, the
// garbage collector, SQLite's file writes) per question, and sys-ns/row its
// system part: on a machine shared with other work, wall time per question
// moves by several times, CPU time by a few percent. Postgres runs with
// CAREERBOT_TEST_POSTGRES set (its server's CPU is not counted).
func BenchmarkWriteEvents(b *testing.B) {
	users := make([]string, 997)
	for i := range users {
		users[i] = bot.HashUser([]byte("k"), "discord", fmt.Sprint(900000000000000000+i))
	}
	for _, e := range storetest.Engines(b) {
		b.Run(e.Name, func(b *testing.B) {
			s := open(b, e.Config(b))
			now := time.Now()
			batch := make([]bot.Event, 0, 512)
			n := 0
			defer reportCPU(b)()
			for b.Loop() {
				batch = append(batch, q(bot.NewAnswerID(), users[n%len(users)], "what certifications help an ML engineer?", true, now))
				n++
				if len(batch) == cap(batch) {
					if err := s.WriteEvents(context.Background(), batch); err != nil {
						b.Fatal(err)
					}
					batch = batch[:0]
				}
			}
		})
	}
}

// BenchmarkClaim is one shared-state claim (a de-duplication key, a request
// signature): what every Slack event and Discord interaction costs on top
// of its answer when the state is on the store.
func BenchmarkClaim(b *testing.B) {
	for _, e := range storetest.Engines(b) {
		b.Run(e.Name, func(b *testing.B) {
			s := open(b, e.Config(b))
			now := time.Now()
			n := 0
			for b.Loop() {
				if _, err := s.Claim(context.Background(), fmt.Sprintf("slack:event:Ev%d", n), now, now.Add(15*time.Minute)); err != nil {
					b.Fatal(err)
				}
				n++
			}
		})
	}
}

// BenchmarkClaim64 is BenchmarkClaim with 64 claimers at once (about what
// the adapters send flat out, each answer claiming its id first); cpu-ns/op
// is the process's CPU time a claim.
func BenchmarkClaim64(b *testing.B) {
	for _, e := range storetest.Engines(b) {
		b.Run(e.Name, func(b *testing.B) {
			s := open(b, e.Config(b))
			now := time.Now()
			var n atomic.Int64
			b.SetParallelism(32)
			defer reportCPUOp(b)()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := s.Claim(context.Background(), fmt.Sprintf("discord:interaction:%d", n.Add(1)), now, now.Add(15*time.Minute)); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// BenchmarkWriteEventsRecorded writes questions as the recorder hands them
// over in production: with its answer ids (bot.NewAnswerID; when they were
// all random, primary-key inserts landed all over the index) in batches of
// 512 (the recorder's default), into a table that already holds 20,000
// questions. ns/op is per question.
func BenchmarkWriteEventsRecorded(b *testing.B) {
	for _, e := range storetest.Engines(b) {
		b.Run(e.Name, func(b *testing.B) {
			s := open(b, e.Config(b))
			now := time.Now()
			batch := make([]bot.Event, 0, 512)
			write := func() {
				if err := s.WriteEvents(context.Background(), batch); err != nil {
					b.Fatal(err)
				}
				batch = batch[:0]
			}
			for range 20000 {
				batch = append(batch, q(bot.NewAnswerID(), "u", "what certifications help an ML engineer?", true, now))
				if len(batch) == cap(batch) {
					write()
				}
			}
			b.ResetTimer()
			defer reportCPU(b)()
			for b.Loop() {
				batch = append(batch, q(bot.NewAnswerID(), "u", "what certifications help an ML engineer?", true, now))
				if len(batch) == cap(batch) {
					write()
				}
			}
		})
	}
}

// reportCPUOp is reportCPU for benchmarks of anything but rows: cpu-ns/op.
func reportCPUOp(b *testing.B) func() {
	cpu0, _ := processCPU()
	return func() {
		if cpu, _ := processCPU(); cpu > 0 && b.N > 0 {
			b.ReportMetric(float64(cpu-cpu0)/float64(b.N), "cpu-ns/op")
		}
	}
}

// reportCPU starts counting the process's CPU time; the function it returns
// reports it per iteration as cpu-ns/row and sys-ns/row.
func reportCPU(b *testing.B) func() {
	cpu0, sys0 := processCPU()
	return func() {
		cpu, sys := processCPU()
		if cpu > 0 && b.N > 0 {
			b.ReportMetric(float64(cpu-cpu0)/float64(b.N), "cpu-ns/row")
			b.ReportMetric(float64(sys-sys0)/float64(b.N), "sys-ns/row")
		}
	}
}
