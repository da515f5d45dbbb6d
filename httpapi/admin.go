package httpapi

func (s *Server) mountAdmin() {}
