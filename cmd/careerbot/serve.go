package main

import (
	"context"
	"errors"
)

func (m *Main) runServe(ctx context.Context) error {
	return errors.New("serve: not wired yet")
}
