package par

import (
	"runtime"
	"sync"
)

// Workers is how many goroutines For uses: the cores, at most 8.
func Workers() int { return min(runtime.GOMAXPROCS(0), 8) }

// For calls fn(w, i) for every i in [0, n), the i spread over Workers()
// goroutines; w (0 ≤ w < Workers()) says which one, for buffers kept per
// worker. It returns when every call has.
func For(n int, fn func(w, i int)) {
	workers := Workers()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				fn(w, i)
			}
		}()
	}
	wg.Wait()
}
