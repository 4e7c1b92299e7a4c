/**
 * Shapes met on real multi-service repositories, run through the real parsers (createScanContext),
 * not the fake context: container images of third-party servers, a Dockerfile that builds the one
 * project below it, Maven aggregators and CI tooling folders.
 */
import { describe, expect, it } from 'vitest'
import { discoverServices } from '../../../src/core/1-discover/discover-services.js'
import { createScanContext } from '../../../src/core/context.js'
import { memoryRepo } from '../../support/memory-repo.js'

function discover(tree: Record<string, string>) {
  const result = discoverServices(createScanContext(memoryRepo(tree)), {})
  return {
    ...result,
    kinds: Object.fromEntries(result.units.map((u) => [u.root, u.kind])),
  }
}

const NODE_SERVICE = {
  'cart/package.json': '{"name":"cart","dependencies":{"express":"^4.19.0"}}',
  'cart/server.js': "const express = require('express')\nexpress().listen(8080)\n",
}

describe('real repository shapes', () => {
  it.each([
    [
      'mongo',
      'FROM mongo:5\nCOPY *.js /docker-entrypoint-initdb.d/\n',
      'init.js',
      'db.createCollection("x")\n',
    ],
    [
      'mysql',
      'FROM mysql:8.0\nCOPY scripts/ /docker-entrypoint-initdb.d/\n',
      'scripts/load.sh',
      'mysql < x.sql\n',
    ],
    [
      'logs',
      'FROM docker.io/library/fluentd:v1.16@sha256:abc\nRUN gem install x\n',
      'build.sh',
      'echo hi\n',
    ],
  ])('a %s image built FROM an official server image is infra', (dir, dockerfile, file, code) => {
    const { kinds, units } = discover({
      ...NODE_SERVICE,
      [`${dir}/Dockerfile`]: dockerfile,
      [`${dir}/${file}`]: code,
    })
    expect(kinds[dir]).toBe('infra')
    expect(units.find((u) => u.root === dir)?.kindEvidence[0]).toMatchObject({
      path: `${dir}/Dockerfile`,
      line: 1,
    })
  })

  it('an nginx image serving static assets is a frontend; a bare nginx proxy config is not', () => {
    const { kinds } = discover({
      ...NODE_SERVICE,
      'web/Dockerfile':
        'FROM node:20 AS build\nRUN echo\nFROM nginx:1.27\nCOPY static /usr/share/nginx/html\n',
      'web/static/index.html': '<html></html>\n',
      'web/static/app.js': 'angular.module("app", [])\n',
    })
    expect(kinds['web']).toBe('frontend')
  })

  it('a Dockerfile-only directory builds the one project below it: they are one service', () => {
    const { kinds, units } = discover({
      ...NODE_SERVICE,
      'ratings/Dockerfile': 'FROM php:8-apache\nCOPY html/ /var/www/html/\n',
      'ratings/status.conf': 'ExtendedStatus on\n',
      'ratings/html/composer.json': '{"require":{"symfony/http-kernel":"^6.0"}}',
      'ratings/html/index.php': '<?php\necho "ok";\n',
    })
    expect(Object.keys(kinds)).toEqual(['cart', 'ratings'])
    expect(units.find((u) => u.root === 'ratings')?.markers).toEqual([
      'ratings/Dockerfile',
      'ratings/html/composer.json',
    ])
  })

  it('a Dockerfile-only directory above two projects does not swallow them', () => {
    const { kinds } = discover({
      ...NODE_SERVICE,
      Dockerfile: 'FROM alpine\n',
      'user/package.json': '{"name":"user","dependencies":{"express":"^4.19.0"}}',
      'user/server.js': "require('express')().listen(8081)\n",
    })
    expect(kinds['cart']).toBe('service')
    expect(kinds['user']).toBe('service')
  })

  it('a Maven aggregator root with only repository scripts is not a unit', () => {
    const { kinds } = discover({
      'pom.xml':
        '<project><packaging>pom</packaging><modules><module>svc</module></modules></project>\n',
      'scripts/deploy.sh': '#!/bin/sh\necho deploy\n',
      'svc/pom.xml':
        '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n',
      'svc/src/main/java/App.java': 'class App { public static void main(String[] a) {} }\n',
    })
    expect(kinds).toEqual({ svc: 'service' })
  })

  it('CI folders are tooling, visibly excluded, never services', () => {
    const { kinds, exclusions } = discover({
      ...NODE_SERVICE,
      '.github/workflows/ui-tests/package.json': '{"devDependencies":{"cypress":"^13.0.0"}}',
      '.github/workflows/ui-tests/cypress/e2e/login.cy.js': "describe('login', () => {})\n",
    })
    expect(kinds).toEqual({ cart: 'service' })
    expect(exclusions).toContainEqual({
      path: '.github',
      reason: 'tooling',
      source: 'built-in: .github/',
    })
  })
})

describe('container folders with glue scripts', () => {
  it('a docker/ folder with a Dockerfile and an entrypoint.sh joins the project above it', () => {
    const { kinds, units } = discover({
      'go.mod': 'module example.com/tool\n\ngo 1.22\n',
      'main.go': 'package main\n\nfunc main() {}\n',
      'scripts/docker/Dockerfile':
        'FROM golang:1.22 AS build\nCOPY . .\nRUN go build\nFROM scratch\n',
      'scripts/docker/entrypoint.sh': '#!/bin/sh\nexec /tool "$@"\n',
    })
    expect(kinds).toEqual({ '.': 'service' })
    expect(units[0]?.markers).toEqual(['go.mod', 'scripts/docker/Dockerfile'])
  })
})

describe("Yarn's committed tooling", () => {
  it('.yarn/ and .pnp.* do not count toward a TypeScript service', () => {
    const { exclusions, units } = discover({
      'checkout/package.json': '{"name":"checkout","dependencies":{"@nestjs/core":"^10.0.0"}}',
      'checkout/src/main.ts':
        "import { NestFactory } from '@nestjs/core'\nNestFactory.create({}).then((a) => a.listen(3000))\n",
      'checkout/.yarn/releases/yarn-4.1.0.cjs': 'module.exports = {}\n'.repeat(500),
      'checkout/.pnp.cjs': 'module.exports = {}\n'.repeat(500),
    })
    expect(units.map((u) => u.root)).toEqual(['checkout'])
    expect(units[0]?.files.map((f) => f.path)).toEqual([
      'checkout/package.json',
      'checkout/src/main.ts',
    ])
    expect(exclusions.map((e) => [e.path, e.reason])).toEqual([
      ['checkout/.pnp.cjs', 'generated'],
      ['checkout/.yarn', 'vendored'],
    ])
  })
})
