// Package httpapi serves the shop's public HTTP API.
package httpapi

import (
	"net/http"
	"time"

	"github.com/acme/circuit"
	"github.com/gin-gonic/gin"

	edgev1 "github.com/acme/shop/services/edge-api/gen/go/edge/v1"
	"github.com/acme/shop/services/edge-api/internal/events"
	"github.com/acme/shop/services/edge-api/internal/grpcapi"
)

// Recommendations come from services/recommender over HTTP. We used to score them here with
//
//	import "github.com/sashabaranov/go-openai"
//
// and a Python sidecar that did `import torch`; both moved out of this service, which only
// proxies and keeps its p99 low.
const recommenderURL = "http://recommender.shop.svc/v1/similar"

type checkoutRequest struct {
	CartID     string `json:"cart_id" binding:"required"`
	CustomerID string `json:"customer_id" binding:"required"`
}

// NewRouter returns the gin engine with every public route.
func NewRouter(publisher *events.Publisher, broadcaster *grpcapi.Broadcaster) http.Handler {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery())

	breaker := circuit.New(circuit.Options{FailureRatio: 0.5, OpenFor: 5 * time.Second})
	client := &http.Client{Timeout: 300 * time.Millisecond}

	r.GET("/healthz", func(c *gin.Context) { c.Status(http.StatusNoContent) })

	r.POST("/v1/recommendations", func(c *gin.Context) {
		var status int
		err := breaker.Do(func() error {
			resp, err := client.Post(recommenderURL, "application/json", c.Request.Body)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			status = resp.StatusCode
			c.DataFromReader(resp.StatusCode, resp.ContentLength, "application/json", resp.Body, nil)
			return nil
		})
		if err != nil || status >= 500 {
			// The page renders without recommendations rather than failing.
			c.JSON(http.StatusOK, []any{})
		}
	})

	r.POST("/v1/checkout", func(c *gin.Context) {
		var req checkoutRequest
		if err := c.ShouldBindJSON(&req); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		event := &edgev1.OrderEvent{
			OrderId:    "ord_" + req.CartID,
			CustomerId: req.CustomerID,
			Type:       "order.placed",
			Status:     "pending",
			AtUnix:     time.Now().Unix(),
		}
		if err := publisher.Publish(c.Request.Context(), event); err != nil {
			c.JSON(http.StatusServiceUnavailable, gin.H{"error": "try again"})
			return
		}
		broadcaster.Send(event)
		c.JSON(http.StatusAccepted, gin.H{"order_id": event.OrderId})
	})
	return r
}
