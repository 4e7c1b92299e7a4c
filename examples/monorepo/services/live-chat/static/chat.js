const params = new URLSearchParams(window.location.search)
const room = params.get('room') ?? 'lobby'
const user = params.get('user') ?? 'guest'
const relay = new SocketRelay('/socket.io/', { room, user })

relay.on('message', (message) => {
  const item = document.createElement('li')
  item.textContent = `${message.user}: ${message.text}`
  document.getElementById('messages').appendChild(item)
})

document.getElementById('compose').addEventListener('submit', (event) => {
  event.preventDefault()
  const input = document.getElementById('text')
  relay.send('message', { room, user, text: input.value })
  input.value = ''
})
