// Command gateway answers product questions with retrieval-augmented generation: it embeds the
// question, pulls the nearest catalogue chunks from Postgres (pgvector), reranks them with a
// local cross-encoder (ONNX Runtime on the GPU) and asks the chat model for the answer.
package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/acme/shop/services/llm-gateway/internal/httpapi"
	"github.com/acme/shop/services/llm-gateway/internal/llm"
	"github.com/acme/shop/services/llm-gateway/internal/rag"
	"github.com/acme/shop/services/llm-gateway/internal/rerank"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		logger.Error("connect to postgres", "err", err)
		os.Exit(1)
	}
	defer pool.Close()

	reranker, err := rerank.Load(getenv("RERANKER_MODEL", "models/reranker.onnx"), getenv("ORT_LIB", "/opt/onnxruntime/lib/libonnxruntime.so"))
	if err != nil {
		logger.Error("load reranker", "err", err)
		os.Exit(1)
	}
	defer reranker.Close()

	client := llm.New(os.Getenv("OPENAI_API_KEY"), getenv("CHAT_MODEL", "gpt-4o-mini"))
	retriever := rag.NewRetriever(pool, client)
	handler := httpapi.NewRouter(retriever, reranker, client, logger)

	srv := &http.Server{
		Addr:              getenv("ADDR", ":8080"),
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      60 * time.Second,
	}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()

	logger.Info("llm-gateway listening", "addr", srv.Addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		logger.Error("serve", "err", err)
		os.Exit(1)
	}
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}
