"""Customer-support live chat: shoppers and agents meet in one room per conversation."""

import os
import time
import uuid

from flask import Flask, abort, render_template, request
from flask_socketio import SocketIO, emit, join_room, leave_room

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["CHAT_SECRET_KEY"]

# Every gunicorn process relays through Redis so a message reaches the room on all replicas.
socketio = SocketIO(
    app,
    async_mode="threading",
    message_queue=os.environ.get("CHAT_REDIS_URL", "redis://localhost:6379/0"),
    cors_allowed_origins=os.environ.get("CHAT_ALLOWED_ORIGINS", "*").split(","),
)

presence: dict[str, set[str]] = {}


@app.get("/")
def index():
    return render_template("index.html")


@app.get("/healthz")
def healthz():
    return {"status": "ok"}


@app.get("/rooms/<room>/presence")
def room_presence(room: str):
    if room not in presence:
        abort(404)
    return {"room": room, "users": sorted(presence[room])}


@socketio.on("join")
def on_join(data):
    room = data["room"]
    user = data["user"]
    join_room(room)
    presence.setdefault(room, set()).add(user)
    emit("presence", {"room": room, "users": sorted(presence[room])}, to=room)


@socketio.on("leave")
def on_leave(data):
    room = data["room"]
    leave_room(room)
    presence.get(room, set()).discard(data["user"])
    emit("presence", {"room": room, "users": sorted(presence.get(room, set()))}, to=room)


@socketio.on("message")
def on_message(data):
    message = {
        "id": uuid.uuid4().hex,
        "room": data["room"],
        "user": data["user"],
        "text": data["text"][:2000],
        "sent_at": time.time(),
    }
    emit("message", message, to=data["room"])


@socketio.on("typing")
def on_typing(data):
    emit("typing", {"user": data["user"]}, to=data["room"], include_self=False)


@socketio.on("disconnect")
def on_disconnect():
    app.logger.info("client %s disconnected", request.sid)


if __name__ == "__main__":
    socketio.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "5000")))
