module github.com/acme/legacy-chat

go 1.20

require github.com/sashabaranov/go-openai v1.14.0
