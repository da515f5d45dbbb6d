package metrics

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestStoreMetrics(t *testing.T) {
	m := New()
	s := m.Store(func() float64 { return 7 })
	s.Up(true)
	s.Dropped(3)
	s.Dropped(2)
	rr := httptest.NewRecorder()
	m.Handler().ServeHTTP(rr, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rr.Body)
	for _, want := range []string{"careerbot_store_dropped_writes_total 5", "careerbot_store_up 1", "careerbot_store_written_total 7"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	var none *Metrics
	none.Store(nil).Dropped(1) // nil-safe, like the rest
}
