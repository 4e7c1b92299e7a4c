import asyncio
import os
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI, Request, WebSocket, WebSocketDisconnect
from sse_starlette.sse import EventSourceResponse

from app.consumer import consume
from app.hub import Hub

hub = Hub()


@asynccontextmanager
async def lifespan(app: FastAPI):
    task = asyncio.create_task(consume(hub, os.environ["KAFKA_BOOTSTRAP_SERVERS"]))
    yield
    task.cancel()


app = FastAPI(title="notifications", lifespan=lifespan)


@app.get("/healthz")
async def healthz() -> dict[str, int]:
    return {"connections": hub.connections}


@app.websocket("/ws/customers/{customer_id}")
async def customer_socket(websocket: WebSocket, customer_id: str) -> None:
    await websocket.accept()
    queue = hub.subscribe(customer_id)
    try:
        while True:
            event = await queue.get()
            await websocket.send_json(event)
    except WebSocketDisconnect:
        pass
    finally:
        hub.unsubscribe(customer_id, queue)


@app.get("/sse/customers/{customer_id}")
async def customer_stream(request: Request, customer_id: str) -> EventSourceResponse:
    queue = hub.subscribe(customer_id)

    async def events():
        try:
            while not await request.is_disconnected():
                event = await queue.get()
                yield {"event": event.get("type", "order"), "data": event}
        finally:
            hub.unsubscribe(customer_id, queue)

    return EventSourceResponse(events(), ping=15)


def run() -> None:
    uvicorn.run("app.main:app", host="0.0.0.0", port=8000, loop="uvloop", ws="websockets")
