module github.com/acme/circuit

go 1.21

require github.com/sashabaranov/go-openai v1.28.1
