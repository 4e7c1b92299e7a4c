import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const GEMFILE = `source "https://rubygems.org"
ruby "3.3.1"

gem "rails", "~> 7.1"
gem 'pg', '>= 1.1'
gem "ruby-openai" # LLM client
# gem "commented-out"
gem "rubocop", require: false, group: :development

group :development, :test do
  gem "rspec-rails"
  platforms :mri do
    gem "debug"
  end
end

group :production do
  gem "lograge"
end
`

describe('Gemfile', () => {
  it('reads gem lines, development by group block or inline group', () => {
    const { manifest, diagnostics } = parseManifest('web/Gemfile', GEMFILE, 'Gemfile')
    expect(diagnostics).toEqual([])
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.dev, d.ecosystem])).toEqual([
      ['rails', 4, false, 'rubygems'],
      ['pg', 5, false, 'rubygems'],
      ['ruby-openai', 6, false, 'rubygems'],
      ['rubocop', 8, true, 'rubygems'],
      ['rspec-rails', 11, true, 'rubygems'],
      ['debug', 13, true, 'rubygems'],
      ['lograge', 18, false, 'rubygems'],
    ])
    expect(manifest?.dependencies[2]?.text).toBe('gem "ruby-openai" # LLM client')
    expect(manifest?.entrypoints).toEqual([])
  })
})

const MIX = `defmodule Chat.MixProject do
  use Mix.Project

  def project do
    [
      app: :chat,
      version: "0.1.0",
      deps: deps()
    ]
  end

  defp deps do
    [
      {:phoenix, "~> 1.7"},
      {:nx, "~> 0.7"},
      # {:commented, "~> 1.0"},
      {:credo, "~> 1.7", only: [:dev, :test], runtime: false},
      {:ex_machina, "~> 2.7", only: :test},
      {:phoenix_live_reload, "~> 1.2", only: :dev}, {:bandit, "~> 1.0"}
    ]
  end

  defp aliases do
    [setup: [{:not_a_dep, "x"}]]
  end
end
`

describe('mix.exs', () => {
  it('reads deps tuples in the deps function only, with only: flags', () => {
    const { manifest, diagnostics } = parseManifest('chat/mix.exs', MIX, 'mix.exs')
    expect(diagnostics).toEqual([])
    expect(manifest?.name).toBe('chat')
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.dev, d.ecosystem])).toEqual([
      ['phoenix', 14, false, 'hex'],
      ['nx', 15, false, 'hex'],
      ['credo', 17, true, 'hex'],
      ['ex_machina', 18, true, 'hex'],
      ['phoenix_live_reload', 19, true, 'hex'],
      ['bandit', 19, false, 'hex'],
    ])
  })

  it('an umbrella project lists apps_path as workspace members', () => {
    const text =
      'defmodule Umbrella.MixProject do\n  def project do\n    [apps_path: "apps", deps: []]\n  end\nend\n'
    expect(parseManifest('mix.exs', text, 'mix.exs').manifest?.workspaceMembers).toEqual(['apps/*'])
  })
})
