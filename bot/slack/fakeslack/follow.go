package fakeslack

// Helpers for tests that follow a long run (load and soak tests) without
// copying everything recorded on every change.

// Changed returns a channel that is closed at the next recorded change (a
// call, an ack, a response_url post, a connection opened or closed).
func (s *Server) Changed() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

// AcksFrom returns the acknowledgements received after the first i, in the
// order they arrived.
func (s *Server) AcksFrom(i int) []Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i < 0 || i >= len(s.acks) {
		return nil
	}
	return append([]Ack(nil), s.acks[i:]...)
}

// CallsFrom returns the Web API calls recorded after the first i (of every
// method), in the order they were recorded.
func (s *Server) CallsFrom(i int) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i < 0 || i >= len(s.calls) {
		return nil
	}
	return append([]Call(nil), s.calls[i:]...)
}

// ResponsePostsFrom returns the response_url posts received after the
// first i, in the order they arrived.
func (s *Server) ResponsePostsFrom(i int) []ResponsePost {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i < 0 || i >= len(s.posts) {
		return nil
	}
	return append([]ResponsePost(nil), s.posts[i:]...)
}

// Delivery describes how the request first sent as envelope id was
// delivered: the connection of its latest delivery (0 while it waits for
// one), how many deliveries were made and whether one was acknowledged.
// Slack redelivers only events_api requests; a slash command delivered on
// a connection that died before its ack is lost, as it is on Slack.
type Delivery struct {
	Conn     int
	Attempts int
	Acked    bool
}

// DeliveryOf returns the delivery of the request sent as envelope id.
func (s *Server) DeliveryOf(id string) (Delivery, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.envelopes[id]
	if t == nil {
		return Delivery{}, false
	}
	return Delivery{Conn: t.conn, Attempts: t.attempts, Acked: t.acked}, true
}
