package httpapi

import (
	"time"

	"github.com/careerbot-dev/careerbot/internal/proccpu"
)

// processCPU is the CPU time (user and system) this process has used.
func processCPU() time.Duration {
	total, _ := proccpu.Used()
	return total
}
