// Command edge-api is the shop's public API: product pages, cart and checkout over HTTP, and
// the order stream over gRPC for internal consumers.
package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/segmentio/kafka-go"
	"google.golang.org/grpc"

	edgev1 "github.com/acme/shop/services/edge-api/gen/go/edge/v1"
	"github.com/acme/shop/services/edge-api/internal/events"
	"github.com/acme/shop/services/edge-api/internal/grpcapi"
	"github.com/acme/shop/services/edge-api/internal/httpapi"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	writer := &kafka.Writer{
		Addr:         kafka.TCP(os.Getenv("KAFKA_BROKERS")),
		Topic:        "orders.events.v1",
		Balancer:     &kafka.Hash{},
		BatchTimeout: 5 * time.Millisecond,
		RequiredAcks: kafka.RequireOne,
	}
	defer writer.Close()
	publisher := events.NewPublisher(writer)
	broadcaster := grpcapi.NewBroadcaster()

	httpServer := &http.Server{
		Addr:              ":8080",
		Handler:           httpapi.NewRouter(publisher, broadcaster),
		ReadHeaderTimeout: 2 * time.Second,
		ReadTimeout:       5 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
	}

	grpcServer := grpc.NewServer()
	edgev1.RegisterOrderStreamServer(grpcServer, broadcaster)
	listener, err := net.Listen("tcp", ":9090")
	if err != nil {
		logger.Error("listen grpc", "err", err)
		os.Exit(1)
	}

	go func() {
		if err := grpcServer.Serve(listener); err != nil {
			logger.Error("serve grpc", "err", err)
			stop()
		}
	}()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		grpcServer.GracefulStop()
		_ = httpServer.Shutdown(shutdown)
	}()

	logger.Info("edge-api listening", "http", httpServer.Addr, "grpc", listener.Addr().String())
	if err := httpServer.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		logger.Error("serve http", "err", err)
		os.Exit(1)
	}
}
