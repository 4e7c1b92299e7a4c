module github.com/acme/shop/services/llm-gateway

go 1.22.5

require (
	github.com/go-chi/chi/v5 v5.1.0
	github.com/jackc/pgx/v5 v5.6.0
	github.com/pgvector/pgvector-go v0.2.0
	github.com/sashabaranov/go-openai v1.28.1
	github.com/tmc/langchaingo v0.1.12
	github.com/yalue/onnxruntime_go v1.10.0
)

require (
	github.com/dlclark/regexp2 v1.11.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/jackc/pgservicefile v0.0.0-20240606120523-5a60cdf6a761 // indirect
	github.com/jackc/puddle/v2 v2.2.1 // indirect
	github.com/pkoukk/tiktoken-go v0.1.6 // indirect
	golang.org/x/crypto v0.24.0 // indirect
	golang.org/x/sync v0.7.0 // indirect
	golang.org/x/text v0.16.0 // indirect
)
