from flask import Flask, render_template
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app, message_queue="redis://redis:6379/0")


@socketio.on("message")
def broadcast(message):
    # Fan every message out to all connected clients.
    emit("message", message, broadcast=True)


@app.route("/")
def index():
    return render_template("index.html")


if __name__ == "__main__":
    socketio.run(app, host="0.0.0.0", port=5000)
