# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test lint export bench bundle screenshots translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(TSTAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

run: $(STAMP)
	$(PY) main.py

test: $(TSTAMP)
	$(PY) -m ruff check --quiet .
	$(PY) -m pytest

lint: $(TSTAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy viewer ui main.py

BSTAMP := $(VENV)/.installed-bench
$(BSTAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[bench]'
	touch $@

# Start-up, tabs, exports, a 1M-row table and memory, each against its baseline (bench/results.json).
bench: $(BSTAMP)
	$(PY) bench/run.py

# A one-folder app in dist/shanghai-tech-viewer/ that runs on a machine with no Python.
bundle: $(TSTAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller tools/bundle.spec
	du -sh dist/shanghai-tech-viewer

export: $(STAMP)
	$(PY) main.py export --out exports

clean:
	rm -rf $(VENV) exports build dist

# Screenshots of the real window on a virtual screen (needs Debian's xvfb).
SHOT := xvfb-run -a -s "-screen 0 1400x1000x24" $(PY) tools/screenshot.py
screenshots: $(STAMP)
	$(SHOT) docs/screenshot.png
	$(SHOT) docs/screenshot-light-en.png --tab 1 --source
	$(SHOT) docs/screenshot-dark-en.png --tab 1 --source --theme dark
	$(SHOT) docs/screenshot-light-zh.png --tab 2 --language zh_CN
	$(SHOT) docs/screenshot-review.png --review tests/importer/articles/berlin.md --size 1400x860
	$(SHOT) docs/screenshot-dark-zh.png --tab 2 --language zh_CN --theme dark
	$(PY) main.py export --out docs/.export --charts milestones --width 1200 && mv docs/.export/milestones.png docs/export-example.png && rmdir docs/.export

# Refresh the translation source from the code, then build the .qm the app loads.
translations: $(TSTAMP)
	$(VENV)/bin/pyside6-lupdate ui/*.py ui/charts/*.py -ts resources/i18n/viewer_zh_CN.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/i18n/viewer_zh_CN.ts -qm resources/i18n/viewer_zh_CN.qm
