// Package circuit is a small circuit breaker shared by the platform team's Go services.
package circuit

import (
	"errors"
	"sync"
	"time"
)

// ErrOpen is returned while the breaker is open.
var ErrOpen = errors.New("circuit: open")

// Options configures a Breaker.
type Options struct {
	FailureRatio float64
	MinRequests  int
	OpenFor      time.Duration
}

// Breaker fails fast after too many failures.
type Breaker struct {
	mu        sync.Mutex
	opts      Options
	requests  int
	failures  int
	openUntil time.Time
}

// New returns a closed breaker.
func New(opts Options) *Breaker {
	if opts.MinRequests == 0 {
		opts.MinRequests = 20
	}
	return &Breaker{opts: opts}
}

// Do runs fn unless the breaker is open, and records the outcome.
func (b *Breaker) Do(fn func() error) error {
	b.mu.Lock()
	if time.Now().Before(b.openUntil) {
		b.mu.Unlock()
		return ErrOpen
	}
	b.mu.Unlock()

	err := fn()

	b.mu.Lock()
	defer b.mu.Unlock()
	b.requests++
	if err != nil {
		b.failures++
	}
	if b.requests >= b.opts.MinRequests && float64(b.failures)/float64(b.requests) >= b.opts.FailureRatio {
		b.openUntil = time.Now().Add(b.opts.OpenFor)
		b.requests, b.failures = 0, 0
	}
	return err
}
