import torch
import uvicorn
from fastapi import FastAPI
from transformers import pipeline

app = FastAPI()
classifier = pipeline("sentiment-analysis", device=0 if torch.cuda.is_available() else -1)


@app.post("/classify")
async def classify(text: str):
    return classifier(text)[0]


def run():
    uvicorn.run(app, host="0.0.0.0", port=8000)
