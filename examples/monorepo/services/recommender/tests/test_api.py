from fastapi.testclient import TestClient

from app.main import app


def test_healthz_reports_loading_before_startup() -> None:
    client = TestClient(app)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "loading"}


def test_similar_rejects_an_empty_title() -> None:
    client = TestClient(app)
    response = client.post("/v1/similar", json={"title": ""})
    assert response.status_code == 422
