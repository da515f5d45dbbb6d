package store

// Checkpoints returns how many checkpoints the writer ran when idle.
func (s *Store) Checkpoints() int {
	s.ckptMu.Lock()
	defer s.ckptMu.Unlock()
	return s.checkpoints
}
