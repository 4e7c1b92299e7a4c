// Package httpapi exposes the gateway's HTTP endpoints.
package httpapi

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"sort"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/acme/shop/services/llm-gateway/internal/llm"
	"github.com/acme/shop/services/llm-gateway/internal/rag"
	"github.com/acme/shop/services/llm-gateway/internal/rerank"
)

const systemPrompt = "You are the shop's product assistant. Be brief and never invent specifications."

type askRequest struct {
	Question string `json:"question"`
}

type askResponse struct {
	Answer  string  `json:"answer"`
	Sources []int64 `json:"sources"`
}

// NewRouter wires POST /v1/ask and the health check.
func NewRouter(retriever *rag.Retriever, reranker *rerank.Reranker, client *llm.Client, logger *slog.Logger) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Recoverer)
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	r.Post("/v1/ask", func(w http.ResponseWriter, req *http.Request) {
		var body askRequest
		if err := json.NewDecoder(req.Body).Decode(&body); err != nil || body.Question == "" {
			http.Error(w, "question is required", http.StatusBadRequest)
			return
		}
		chunks, err := retriever.Nearest(req.Context(), body.Question, 20)
		if err != nil {
			logger.Error("retrieve", "err", err)
			http.Error(w, "retrieval failed", http.StatusBadGateway)
			return
		}
		scores := make(map[int64]float32, len(chunks))
		for _, c := range chunks {
			s, err := reranker.Score(tokenize(body.Question, c.Content))
			if err != nil {
				logger.Error("rerank", "err", err)
				http.Error(w, "rerank failed", http.StatusInternalServerError)
				return
			}
			scores[c.ID] = s
		}
		sort.Slice(chunks, func(i, j int) bool { return scores[chunks[i].ID] > scores[chunks[j].ID] })
		if len(chunks) > 5 {
			chunks = chunks[:5]
		}
		prompt, err := retriever.Prompt(body.Question, chunks)
		if err != nil {
			http.Error(w, "prompt failed", http.StatusInternalServerError)
			return
		}
		answer, err := client.Answer(req.Context(), systemPrompt, prompt)
		if err != nil {
			logger.Error("answer", "err", err)
			http.Error(w, "model unavailable", http.StatusBadGateway)
			return
		}
		resp := askResponse{Answer: answer}
		for _, c := range chunks {
			resp.Sources = append(resp.Sources, c.ID)
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(resp)
	})
	return r
}
