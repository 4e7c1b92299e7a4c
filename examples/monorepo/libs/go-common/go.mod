module github.com/acme/shop/libs/go-common

go 1.22.5
