package store

// Checkpoints returns how many checkpoints the writer ran when idle.
func (s *Store) Checkpoints() int {
	s.ckptMu.Lock()
	defer s.ckptMu.Unlock()
	return s.checkpoints
}

// WriterExec runs q on the connection SQLite batches are written through
// (a per-connection PRAGMA, say).
func (s *Store) WriterExec(q string) error {
	w := s.writer
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.open(); err != nil {
		return err
	}
	return w.exec(q)
}
