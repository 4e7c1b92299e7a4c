import { describe, expect, it } from 'vitest'
import { lexSource } from '../../../../src/core/parse/sources/index.js'

const lex = (text: string) => lexSource('cmd/server/main.go', text, 'go')

const MAIN_GO = `// Package main runs the gateway.
//
// import "github.com/not/this"
package main

import "fmt"

import (
	"context"
	"net/http"

	openai "github.com/sashabaranov/go-openai" // LLM client
	_ "github.com/lib/pq"
	. "github.com/onsi/gomega"
	/* "github.com/commented/out" */
	ort "github.com/yalue/onnxruntime_go"
)

const banner = \`
import "github.com/in/raw/string"
go func() {}
\`

func main() {
	msg := "import \\"github.com/in/string\\""
	r := '"'
	go worker(context.Background())
	go func() { fmt.Println(msg, r) }()
	http.HandleFunc("/", handler)
	if err := http.ListenAndServe(":8080", nil); err != nil {
		panic(err)
	}
}
`

describe('go lexer', () => {
  const facts = lex(MAIN_GO)

  it('reads the package clause', () => {
    expect(facts.packageName).toBe('main')
    expect(facts.language).toBe('go')
  })

  it('reads single, grouped and aliased imports with their own lines, none from comments or strings', () => {
    expect(facts.imports.map((i) => [i.module, i.line])).toEqual([
      ['fmt', 6],
      ['context', 9],
      ['net/http', 10],
      ['github.com/sashabaranov/go-openai', 12],
      ['github.com/lib/pq', 13],
      ['github.com/onsi/gomega', 14],
      ['github.com/yalue/onnxruntime_go', 16],
    ])
    expect(facts.imports[3]?.text).toBe('openai "github.com/sashabaranov/go-openai" // LLM client')
  })

  it('finds func main, goroutines and the listener, none from the raw string', () => {
    expect(facts.hints.map((h) => [h.id, h.line])).toEqual([
      ['go.func-main', 24],
      ['go.goroutine', 27],
      ['go.goroutine', 28],
      ['go.listen', 30],
    ])
  })

  it.each<[string, string, [string, number][]]>([
    ['func main outside package main is not an entry point', 'package tools\nfunc main() {}\n', []],
    ['a method named main is not func main', 'package main\nfunc (s *S) main() {}\n', []],
    [
      'net.Listen',
      'package main\nfunc run() { l, _ := net.Listen("tcp", ":9000"); _ = l }\n',
      [['go.listen', 2]],
    ],
    [
      'server.ListenAndServeTLS',
      'package api\nfunc run() { srv.ListenAndServeTLS("c", "k") }\n',
      [['go.listen', 2]],
    ],
    ['cgo', 'package native\n\n// #include <stdio.h>\nimport "C"\n', [['go.cgo', 4]]],
  ])('%s', (_, text, expected) => {
    expect(lex(text).hints.map((h) => [h.id, h.line])).toEqual(expected)
  })

  it('a single aliased import', () => {
    expect(
      lex('package x\nimport pb "example.com/gen/pb"\n').imports.map((i) => [i.module, i.line]),
    ).toEqual([['example.com/gen/pb', 2]])
  })
})
