"""The web layer: the FastAPI app factory, the REST API under /api/v1 and the server-rendered pages."""
