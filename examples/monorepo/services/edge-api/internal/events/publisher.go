// Package events publishes order events to Kafka.
package events

import (
	"context"
	"fmt"

	"github.com/segmentio/kafka-go"
	"google.golang.org/protobuf/proto"

	edgev1 "github.com/acme/shop/services/edge-api/gen/go/edge/v1"
)

// Publisher writes OrderEvents keyed by customer, so one customer's events stay ordered.
type Publisher struct {
	writer *kafka.Writer
}

// NewPublisher wraps a configured writer.
func NewPublisher(writer *kafka.Writer) *Publisher {
	return &Publisher{writer: writer}
}

// Publish encodes and writes one event.
func (p *Publisher) Publish(ctx context.Context, event *edgev1.OrderEvent) error {
	value, err := proto.Marshal(event)
	if err != nil {
		return fmt.Errorf("encode order event: %w", err)
	}
	return p.writer.WriteMessages(ctx, kafka.Message{Key: []byte(event.CustomerId), Value: value})
}
