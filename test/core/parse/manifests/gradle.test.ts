import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const KTS = `plugins {
    id("org.springframework.boot") version "3.3.0"
    kotlin("jvm") version "2.0.0"
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-webflux")
    implementation(platform("ai.djl:bom:0.28.0"))
    implementation(kotlin("stdlib"))
    implementation(libs.jackson.kotlin)
    // implementation("com.example:commented-out:1.0")
    /* implementation("com.example:also-commented:1.0")
       runtimeOnly("com.example:still-comment:1.0") */
    runtimeOnly("ai.djl.pytorch:pytorch-engine:0.28.0")
    testImplementation("io.kotest:kotest-runner-junit5:5.9.0")
    implementation(group = "org.apache.kafka", name = "kafka-streams", version = "3.7.0")
    implementation(files("libs/**/*.jar"))
}

springBoot {
    mainClass.set("com.acme.stream.AppKt")
}
`

const GROOVY = `apply plugin: 'java'
apply plugin: 'application'

mainClassName = 'com.acme.Main'

dependencies {
    implementation 'com.google.guava:guava:33.2.0-jre'
    api "org.tensorflow:tensorflow-core-platform:0.5.0"
    testImplementation group: 'junit', name: 'junit', version: '4.13.2'
    compileOnly 'org.projectlombok:lombok:1.18.32' // annotations
}
`

describe('build.gradle(.kts)', () => {
  it('reads Kotlin DSL string, platform and map notations with lines; skips comments, catalogs and files()', () => {
    const { manifest, diagnostics } = parseManifest('stream/build.gradle.kts', KTS, 'build.gradle')
    expect(diagnostics).toEqual([])
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.dev])).toEqual([
      ['org.springframework.boot:spring-boot-starter-webflux', 7, false],
      ['ai.djl:bom', 8, false],
      ['ai.djl.pytorch:pytorch-engine', 14, false],
      ['io.kotest:kotest-runner-junit5', 15, true],
      ['org.apache.kafka:kafka-streams', 16, false],
    ])
    expect(manifest?.dependencies[0]?.text).toBe(
      'implementation("org.springframework.boot:spring-boot-starter-webflux")',
    )
    expect(manifest?.entrypoints.map((e) => [e.line, e.detail])).toEqual([
      [2, 'plugin org.springframework.boot'],
      [21, 'mainClass com.acme.stream.AppKt'],
    ])
  })

  it('reads Groovy DSL declarations', () => {
    const { manifest } = parseManifest('build.gradle', GROOVY, 'build.gradle')
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.dev, d.ecosystem])).toEqual([
      ['com.google.guava:guava', 7, false, 'maven'],
      ['org.tensorflow:tensorflow-core-platform', 8, false, 'maven'],
      ['junit:junit', 9, true, 'maven'],
      ['org.projectlombok:lombok', 10, false, 'maven'],
    ])
    expect(manifest?.entrypoints.map((e) => [e.line, e.detail])).toEqual([
      [4, 'mainClass com.acme.Main'],
    ])
  })
})
