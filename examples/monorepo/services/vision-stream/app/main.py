import asyncio
import os

import uvicorn
from fastapi import FastAPI, WebSocket, WebSocketDisconnect

from app.detector import ShelfDetector

app = FastAPI(title="vision-stream")
detector = ShelfDetector(os.environ.get("DETECTOR_WEIGHTS", "/models/shelf-detector.pt"))


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"device": str(detector.device)}


@app.websocket("/ws/cameras/{camera_id}")
async def camera_stream(websocket: WebSocket, camera_id: str) -> None:
    """Each store camera streams JPEG frames; every frame gets its detections back."""
    await websocket.accept()
    try:
        while True:
            frame = await websocket.receive_bytes()
            detections = await asyncio.to_thread(detector.detect, frame)
            await websocket.send_json({"camera": camera_id, "detections": detections})
    except WebSocketDisconnect:
        return


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000)
