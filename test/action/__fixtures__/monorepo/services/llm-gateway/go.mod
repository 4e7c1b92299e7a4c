module example.com/platform/llm-gateway

go 1.22

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/sashabaranov/go-openai v1.20.0
	github.com/yalue/onnxruntime_go v1.9.0
)
