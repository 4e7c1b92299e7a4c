from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RECOMMENDER_")

    model_name: str = "acme/product-encoder-v3"
    catalogue_path: str = "/data/catalogue-embeddings.npy"
    catalogue_ids_path: str = "/data/catalogue-ids.npy"
    device: str = "cuda"
    top_k: int = 12
    max_length: int = 128


settings = Settings()
