from contextlib import asynccontextmanager

import numpy as np
import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from app.model import ProductEncoder
from app.settings import settings

state: dict[str, object] = {}


@asynccontextmanager
async def lifespan(app: FastAPI):
    state["encoder"] = ProductEncoder(settings.model_name, settings.device, settings.max_length)
    state["vectors"] = np.load(settings.catalogue_path, mmap_mode="r")
    state["ids"] = np.load(settings.catalogue_ids_path)
    yield
    state.clear()


app = FastAPI(title="recommender", lifespan=lifespan)


class Query(BaseModel):
    title: str = Field(min_length=1)
    description: str = ""
    exclude: list[str] = []


class Recommendation(BaseModel):
    product_id: str
    score: float


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok" if "encoder" in state else "loading"}


@app.post("/v1/similar", response_model=list[Recommendation])
def similar(query: Query) -> list[Recommendation]:
    encoder = state.get("encoder")
    if not isinstance(encoder, ProductEncoder):
        raise HTTPException(status_code=503, detail="model is still loading")
    vectors: np.ndarray = state["vectors"]  # type: ignore[assignment]
    ids: np.ndarray = state["ids"]  # type: ignore[assignment]

    query_vector = encoder.encode([f"{query.title}\n{query.description}"])[0]
    scores = vectors @ query_vector
    order = np.argsort(-scores)
    excluded = set(query.exclude)
    results: list[Recommendation] = []
    for index in order:
        product_id = str(ids[index])
        if product_id in excluded:
            continue
        results.append(Recommendation(product_id=product_id, score=float(scores[index])))
        if len(results) == settings.top_k:
            break
    return results


def run() -> None:
    uvicorn.run("app.main:app", host="0.0.0.0", port=8000, workers=1)
