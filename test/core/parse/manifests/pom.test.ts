import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>fraud-scorer</artifactId>
  <packaging>jar</packaging>
  <!-- <dependency><groupId>x</groupId><artifactId>commented-out</artifactId></dependency> -->
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>3.3.0</version>
        <type>pom</type>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>org.deeplearning4j</groupId>
      <artifactId>deeplearning4j-core</artifactId>
      <version>1.0.0-M2.1</version>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
        <configuration>
          <mainClass>com.acme.fraud.Application</mainClass>
        </configuration>
        <dependencies>
          <dependency>
            <groupId>x</groupId>
            <artifactId>plugin-only</artifactId>
          </dependency>
        </dependencies>
      </plugin>
    </plugins>
  </build>
</project>
`

describe('pom.xml', () => {
  const { manifest, diagnostics } = parseManifest('fraud/pom.xml', POM, 'pom.xml')

  it('lists group:artifact at the artifactId line, skipping managed, plugin and commented-out dependencies', () => {
    expect(diagnostics).toEqual([])
    expect(manifest?.name).toBe('fraud-scorer')
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.text, d.dev])).toEqual([
      [
        'org.deeplearning4j:deeplearning4j-core',
        21,
        '<artifactId>deeplearning4j-core</artifactId>',
        false,
      ],
      [
        'org.springframework.boot:spring-boot-starter-web',
        26,
        '<artifactId>spring-boot-starter-web</artifactId>',
        false,
      ],
      ['org.junit.jupiter:junit-jupiter', 30, '<artifactId>junit-jupiter</artifactId>', true],
    ])
    expect(manifest?.entrypoints).toEqual([
      { path: 'fraud/pom.xml', line: 40, detail: 'mainClass: com.acme.fraud.Application' },
    ])
    expect(manifest?.workspaceOnly).toBe(false)
  })

  it('an aggregator pom lists modules and is workspace-only', () => {
    const text = `<project>
  <artifactId>parent</artifactId>
  <packaging>pom</packaging>
  <modules>
    <module>services/api</module>
    <module>libs/common</module>
  </modules>
</project>
`
    const { manifest: m } = parseManifest('pom.xml', text, 'pom.xml')
    expect(m?.workspaceMembers).toEqual(['services/api', 'libs/common'])
    expect(m?.workspaceOnly).toBe(true)
  })

  it('truncated XML → diagnostic with line, dependencies read so far kept', () => {
    const text =
      '<project>\n  <dependencies>\n    <dependency>\n      <groupId>a</groupId>\n      <artifactId>b</artifactId>\n    </dependency>\n    <dependency>\n      <groupId>c</gro'
    const { manifest: m, diagnostics: d } = parseManifest('pom.xml', text, 'pom.xml')
    expect(d).toHaveLength(1)
    expect(d[0]).toMatchObject({ code: 'manifest-parse', path: 'pom.xml' })
    expect(d[0]?.line).toBeGreaterThan(1)
    expect(m?.dependencies.map((x) => x.name)).toEqual(['a:b'])
  })
})
