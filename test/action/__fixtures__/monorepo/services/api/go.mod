module example.com/platform/api

go 1.22

require github.com/gin-gonic/gin v1.9.1
