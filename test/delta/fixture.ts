/**
 * The base monorepo of the pull-request scenarios: a Go checkout API that fits, a Go ranker that
 * runs ONNX inference in-process (an SF101 warning the team already lives with), and a Python
 * notification worker.
 */
import type { Changes } from './git-history.js'

export const CHECKOUT_GO_MOD = `module github.com/acme/shop/services/checkout

go 1.22

require github.com/gin-gonic/gin v1.10.0
`

export const CHECKOUT_MAIN = `package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.New()
	r.POST("/v1/checkout", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) })
	_ = r.Run(":8080")
}
`

export const RANKER_GO_MOD = `module github.com/acme/shop/services/ranker

go 1.22

require github.com/yalue/onnxruntime_go v1.13.0
`

export const RANKER_MAIN = `package main

import (
	"log"
	"net/http"

	ort "github.com/yalue/onnxruntime_go"
)

func main() {
	if err := ort.InitializeEnvironment(); err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/rank", func(w http.ResponseWriter, r *http.Request) {})
	log.Fatal(http.ListenAndServe(":8081", nil))
}
`

export const BASE_TREE: Changes = {
  'README.md': '# shop\n',
  'services/checkout/go.mod': CHECKOUT_GO_MOD,
  'services/checkout/main.go': CHECKOUT_MAIN,
  'services/ranker/README.md': '# ranker\n\nRanks products.\n',
  'services/ranker/go.mod': RANKER_GO_MOD,
  'services/ranker/main.go': RANKER_MAIN,
  'services/notify/requirements.txt': 'celery==5.4.0\n',
  'services/notify/worker.py':
    'from celery import Celery\n\napp = Celery("notify")\n\n\n@app.task\ndef send(user_id):\n    return user_id\n',
}
