package staff

// PasswordChecks is how many bcrypt comparisons the server has made.
func (s *Server) PasswordChecks() int64 { return s.checks.Load() }

// TakePasswordCheckTurns occupies every bcrypt turn until the returned function is called.
func (s *Server) TakePasswordCheckTurns() (giveBack func()) {
	for range cap(s.checkSlots) {
		s.checkSlots <- struct{}{}
	}
	return func() {
		for range cap(s.checkSlots) {
			<-s.checkSlots
		}
	}
}
