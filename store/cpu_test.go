package store_test

import "github.com/careerbot-dev/careerbot/internal/proccpu"

// processCPU is the CPU time (user and system) this process has used,
// and the system part of it.
var processCPU = proccpu.Used
