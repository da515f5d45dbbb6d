package loadtest

import (
	"time"

	"github.com/careerbot-dev/careerbot/internal/proccpu"
)

// processCPU is the CPU time (user and system) this process has used: the
// bot, the fakes and the harness together.
func processCPU() time.Duration {
	total, _ := proccpu.Used()
	return total
}
