/*!
 * socket-relay 2.4.1 — a small reconnecting client for Socket.IO-compatible servers.
 * Vendored copy; do not edit here. Upstream: the platform team's frontend-kit repository.
 * (c) Acme frontend-kit contributors, MIT licence.
 */
;(function (global) {
  'use strict'

  var DEFAULT_OPTIONS = {
    minDelay: 500,
    maxDelay: 15000,
    factor: 1.8,
    jitter: 0.25,
    pingInterval: 25000,
    queueLimit: 200,
  }

  function merge(target, source) {
    var out = {}
    var key
    for (key in target) if (Object.prototype.hasOwnProperty.call(target, key)) out[key] = target[key]
    for (key in source) if (Object.prototype.hasOwnProperty.call(source, key)) out[key] = source[key]
    return out
  }

  function backoff(attempt, options) {
    var base = Math.min(options.maxDelay, options.minDelay * Math.pow(options.factor, attempt))
    var spread = base * options.jitter
    return Math.round(base - spread + Math.random() * spread * 2)
  }

  function encode(type, event, payload) {
    // Engine.IO message (4) carrying a Socket.IO event packet (2).
    return String(type) + '2' + JSON.stringify([event, payload])
  }

  function decode(frame) {
    if (frame === '2') return { kind: 'ping' }
    if (frame.charAt(0) !== '4' || frame.charAt(1) !== '2') return { kind: 'other', frame: frame }
    try {
      var parsed = JSON.parse(frame.slice(2))
      return { kind: 'event', event: parsed[0], payload: parsed[1] }
    } catch (error) {
      return { kind: 'invalid', error: error }
    }
  }

  function SocketRelay(path, query, options) {
    if (!(this instanceof SocketRelay)) return new SocketRelay(path, query, options)
    this.path = path
    this.query = query || {}
    this.options = merge(DEFAULT_OPTIONS, options || {})
    this.handlers = {}
    this.queue = []
    this.attempt = 0
    this.closedByUser = false
    this.socket = null
    this.pingTimer = null
    this.connect()
  }

  SocketRelay.prototype.url = function () {
    var scheme = global.location.protocol === 'https:' ? 'wss://' : 'ws://'
    var params = ['EIO=4', 'transport=websocket']
    for (var key in this.query) {
      if (Object.prototype.hasOwnProperty.call(this.query, key)) {
        params.push(encodeURIComponent(key) + '=' + encodeURIComponent(this.query[key]))
      }
    }
    return scheme + global.location.host + this.path + '?' + params.join('&')
  }

  SocketRelay.prototype.connect = function () {
    var self = this
    var socket = new global.WebSocket(this.url())
    this.socket = socket
    socket.onopen = function () {
      self.attempt = 0
      socket.send('40')
      while (self.queue.length > 0) socket.send(self.queue.shift())
      self.emitLocal('connect', null)
      self.schedulePing()
    }
    socket.onmessage = function (message) {
      var packet = decode(String(message.data))
      if (packet.kind === 'ping') socket.send('3')
      else if (packet.kind === 'event') self.emitLocal(packet.event, packet.payload)
      else if (packet.kind === 'invalid') self.emitLocal('error', packet.error)
    }
    socket.onclose = function () {
      global.clearTimeout(self.pingTimer)
      self.emitLocal('disconnect', null)
      if (self.closedByUser) return
      var delay = backoff(self.attempt++, self.options)
      global.setTimeout(function () {
        self.connect()
      }, delay)
    }
    socket.onerror = function (error) {
      self.emitLocal('error', error)
    }
  }

  SocketRelay.prototype.schedulePing = function () {
    var self = this
    global.clearTimeout(this.pingTimer)
    this.pingTimer = global.setTimeout(function () {
      if (self.socket && self.socket.readyState === 1) self.socket.send('3')
      self.schedulePing()
    }, this.options.pingInterval)
  }

  SocketRelay.prototype.on = function (event, handler) {
    ;(this.handlers[event] = this.handlers[event] || []).push(handler)
    return this
  }

  SocketRelay.prototype.off = function (event, handler) {
    var list = this.handlers[event] || []
    this.handlers[event] = list.filter(function (h) {
      return h !== handler
    })
    return this
  }

  SocketRelay.prototype.emitLocal = function (event, payload) {
    var list = (this.handlers[event] || []).slice()
    for (var i = 0; i < list.length; i++) list[i](payload)
  }

  SocketRelay.prototype.send = function (event, payload) {
    var frame = encode(4, event, payload)
    if (this.socket && this.socket.readyState === 1) this.socket.send(frame)
    else if (this.queue.length < this.options.queueLimit) this.queue.push(frame)
    return this
  }

  SocketRelay.prototype.close = function () {
    this.closedByUser = true
    global.clearTimeout(this.pingTimer)
    if (this.socket) this.socket.close()
  }

  global.SocketRelay = SocketRelay
})(typeof window !== 'undefined' ? window : this)
