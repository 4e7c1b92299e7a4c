/**
 * gRPC serving versus calling, from real source text through the real lexers: only a server
 * (grpc.NewServer, grpc.server) makes the gRPC signal, and the thread pool handed to a Python gRPC
 * server is not thread use.
 */
import { describe, expect, it } from 'vitest'
import { lexSource } from '../../../src/core/parse/sources/index.js'
import { detect, strengths } from './support.js'

const GO_SERVER = `package main

import (
	"net"

	"google.golang.org/grpc"
)

func main() {
	l, _ := net.Listen("tcp", "0.0.0.0:6789")
	srv := grpc.NewServer()
	_ = srv.Serve(l)
}
`

const GO_CLIENT = `package main

import (
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

func main() {
	// grpc.NewServer() is only mentioned in this comment.
	conn, _ := grpc.NewClient("db:6789", grpc.WithTransportCredentials(insecure.NewCredentials()))
	defer conn.Close()
}
`

const GO_ERRORS = `package adapters

import (
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func notFound() error { return status.Error(codes.NotFound, "training not found") }
`

const PY_SERVER = `import grpc
from concurrent import futures

def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=10))
    server.add_insecure_port("[::]:6789")
    server.start()
    server.wait_for_termination()
`

const PY_CLIENT = `import grpc

def call(stub_class):
    with grpc.insecure_channel("backend:6789") as channel:
        return stub_class(channel)
`

describe('gRPC from real source', () => {
  it.each([
    ['a Go server', 'go', 'svc/main.go', GO_SERVER, 'weak', ['grpc-go']],
    ['a Go client', 'go', 'svc/main.go', GO_CLIENT, undefined, []],
    ['Go error helpers only', 'go', 'svc/adapters/repo.go', GO_ERRORS, undefined, []],
    ['a Python server', 'python', 'svc/main.py', PY_SERVER, 'weak', []],
    ['a Python client', 'python', 'svc/client.py', PY_CLIENT, undefined, []],
  ] as const)('%s', (_, language, path, text, grpc, frameworks) => {
    const result = detect({ language, sources: [lexSource(path, text, language)] })
    expect(strengths(result)['concurrency.grpc-streaming']).toBe(grpc)
    expect(strengths(result)['concurrency.threads']).toBeUndefined()
    expect(result.frameworks.map((f) => f.name)).toEqual(frameworks)
  })
})
