package main

import (
	"context"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	openai "github.com/sashabaranov/go-openai"
	ort "github.com/yalue/onnxruntime_go"
)

func main() {
	client := openai.NewClient(os.Getenv("OPENAI_API_KEY"))
	ort.SetSharedLibraryPath("/usr/lib/libonnxruntime.so")
	_ = ort.InitializeEnvironment()

	r := gin.Default()
	r.POST("/v1/complete", func(c *gin.Context) {
		var req struct{ Prompt string }
		if err := c.BindJSON(&req); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		resp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{
			Model:    openai.GPT4o,
			Messages: []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: req.Prompt}},
		})
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		c.JSON(http.StatusOK, resp)
	})
	_ = r.Run(":8080")
}
