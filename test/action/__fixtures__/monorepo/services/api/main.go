package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.New()
	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	r.GET("/v1/orders/:id", func(c *gin.Context) {
		go audit(c.Param("id"))
		c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
	})
	_ = r.Run(":8081")
}

func audit(id string) {}
