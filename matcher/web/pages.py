"""Server-rendered pages (placeholder: the real views follow)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from matcher.config import REPO_ROOT

templates = Jinja2Templates(directory=REPO_ROOT / "web" / "templates")
router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return HTMLResponse("<h1>Matchwerk</h1>")
