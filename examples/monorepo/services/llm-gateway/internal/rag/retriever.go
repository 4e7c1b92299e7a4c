// Package rag retrieves catalogue chunks by vector similarity and builds the answer prompt.
package rag

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/pgvector/pgvector-go"
	"github.com/tmc/langchaingo/prompts"
)

// Chunk is one piece of product documentation.
type Chunk struct {
	ID      int64
	Content string
}

// Embedder turns text into a vector.
type Embedder interface {
	Embed(ctx context.Context, text string) ([]float32, error)
}

// Retriever finds the chunks closest to a question.
type Retriever struct {
	pool     *pgxpool.Pool
	embedder Embedder
	prompt   prompts.PromptTemplate
}

// NewRetriever returns a retriever over the product_chunks table.
func NewRetriever(pool *pgxpool.Pool, embedder Embedder) *Retriever {
	return &Retriever{
		pool:     pool,
		embedder: embedder,
		prompt: prompts.NewPromptTemplate(
			"Answer the customer's question using only the product notes below.\n\nNotes:\n{{.context}}\n\nQuestion: {{.question}}",
			[]string{"context", "question"},
		),
	}
}

// Nearest returns the k chunks nearest to the question by cosine distance.
func (r *Retriever) Nearest(ctx context.Context, question string, k int) ([]Chunk, error) {
	embedding, err := r.embedder.Embed(ctx, question)
	if err != nil {
		return nil, err
	}
	rows, err := r.pool.Query(ctx,
		`SELECT id, content FROM product_chunks ORDER BY embedding <=> $1 LIMIT $2`,
		pgvector.NewVector(embedding), k)
	if err != nil {
		return nil, fmt.Errorf("query chunks: %w", err)
	}
	defer rows.Close()

	var chunks []Chunk
	for rows.Next() {
		var c Chunk
		if err := rows.Scan(&c.ID, &c.Content); err != nil {
			return nil, err
		}
		chunks = append(chunks, c)
	}
	return chunks, rows.Err()
}

// Prompt renders the answer prompt from the chosen chunks.
func (r *Retriever) Prompt(question string, chunks []Chunk) (string, error) {
	notes := make([]string, 0, len(chunks))
	for _, c := range chunks {
		notes = append(notes, "- "+c.Content)
	}
	return r.prompt.Format(map[string]any{"context": strings.Join(notes, "\n"), "question": question})
}
