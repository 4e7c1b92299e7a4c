// Package llm wraps the OpenAI chat and embedding endpoints the gateway needs.
package llm

import (
	"context"
	"fmt"

	openai "github.com/sashabaranov/go-openai"
)

// Client calls the hosted chat and embedding models.
type Client struct {
	api   *openai.Client
	model string
}

// New returns a client for the given API key and chat model.
func New(apiKey, model string) *Client {
	return &Client{api: openai.NewClient(apiKey), model: model}
}

// Embed returns the embedding of one text with text-embedding-3-small.
func (c *Client) Embed(ctx context.Context, text string) ([]float32, error) {
	resp, err := c.api.CreateEmbeddings(ctx, openai.EmbeddingRequest{
		Input: []string{text},
		Model: openai.SmallEmbedding3,
	})
	if err != nil {
		return nil, fmt.Errorf("embed: %w", err)
	}
	if len(resp.Data) == 0 {
		return nil, fmt.Errorf("embed: empty response")
	}
	return resp.Data[0].Embedding, nil
}

// Answer asks the chat model to answer from the given prompt.
func (c *Client) Answer(ctx context.Context, system, prompt string) (string, error) {
	resp, err := c.api.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model:       c.model,
		Temperature: 0.2,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: system},
			{Role: openai.ChatMessageRoleUser, Content: prompt},
		},
	})
	if err != nil {
		return "", fmt.Errorf("chat completion: %w", err)
	}
	if len(resp.Choices) == 0 {
		return "", fmt.Errorf("chat completion: no choices")
	}
	return resp.Choices[0].Message.Content, nil
}
