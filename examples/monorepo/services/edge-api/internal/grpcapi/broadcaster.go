// Package grpcapi streams order events to internal gRPC subscribers.
package grpcapi

import (
	"sync"

	edgev1 "github.com/acme/shop/services/edge-api/gen/go/edge/v1"
)

// Broadcaster implements edgev1.OrderStreamServer: every Watch call receives every event.
type Broadcaster struct {
	edgev1.UnimplementedOrderStreamServer
	mu   sync.RWMutex
	subs map[chan *edgev1.OrderEvent]struct{}
}

// NewBroadcaster returns a broadcaster with no subscribers.
func NewBroadcaster() *Broadcaster {
	return &Broadcaster{subs: make(map[chan *edgev1.OrderEvent]struct{})}
}

// Send delivers the event to every subscriber that keeps up; slow ones miss it.
func (b *Broadcaster) Send(event *edgev1.OrderEvent) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for ch := range b.subs {
		select {
		case ch <- event:
		default:
		}
	}
}

// Watch streams events until the client goes away.
func (b *Broadcaster) Watch(_ *edgev1.WatchRequest, stream edgev1.OrderStream_WatchServer) error {
	ch := make(chan *edgev1.OrderEvent, 256)
	b.mu.Lock()
	b.subs[ch] = struct{}{}
	b.mu.Unlock()
	defer func() {
		b.mu.Lock()
		delete(b.subs, ch)
		b.mu.Unlock()
	}()
	for {
		select {
		case <-stream.Context().Done():
			return nil
		case event := <-ch:
			if err := stream.Send(event); err != nil {
				return err
			}
		}
	}
}
