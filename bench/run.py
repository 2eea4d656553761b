"""The benchmark (`make bench`): the viewer against the baseline it should match, in one run.

Every figure is the median of --runs runs (11 by default: timings here vary by about 10 % from
one run to the next); each comparison is made in the same run, interleaved where it can be, so
the machine's noise falls on both sides. It prints a table and writes bench/results.json.
`--quick` runs tiny sizes once: the test suite uses it to check the code paths, never the timings.

    start-up   process start to the first tab's charts painted (main.py --quit-after-paint)
               against bench/bare_window.py (PySide6 + pyqtgraph + pandas, one empty PlotWidget)
    tabs       first visit (built on the click) and repeat visit of each tab; and a first visit
               once the window has been idle (it builds the other tabs while idle); and the floor:
               a switch between empty pages, full-page images or 40 labels in a same-size window.
               Measured offscreen, and again on a real X server (xcb) under xvfb-run when it is
               installed (`--platform xcb` is that second run)
               Each click is timed until its tab is painted; then, untimed, the window gets 20 ms
               to finish what the click left to its event loop, as it would between two clicks
    export     every chart to PNG at 1600 px and to SVG, per chart, against matplotlib drawing
               and saving the same bars, labels, title and source line at the same pixel size
    scale      a 1,000,000 x 10 table model: set and paint the first screen; sort by a number
               and by a string column against DataFrame.sort_values; a 10,000-point line chart
               (a pack's most figures): first paint, and one pan and one zoom step
    memory     peak RSS of the app at idle against the bare window
    bundle     when `make bundle` has built dist/shanghai-tech-viewer: its size, and its start-up
               to first paint against `python main.py` (what `make run` starts), interleaved
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if "--platform" in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = sys.argv[sys.argv.index("--platform") + 1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths, qVersion  # noqa: E402
from PySide6.QtGui import QColor, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QMainWindow, QTabWidget, QWidget  # noqa: E402

from ui.app import create_application, freeze_startup_objects  # noqa: E402
from ui.charts.view import ChartView  # noqa: E402
from ui.export import render_image, write_png, write_svg  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.table_model import DataFrameModel, FigureTable  # noqa: E402
from viewer.charts import Bar, ChartData  # noqa: E402
from viewer.model import ChartSpec  # noqa: E402
from viewer.pack import DataPack, PackError, load_pack  # noqa: E402

QStandardPaths.setTestModeEnabled(True)  # never touch the person's settings or log
PAUSE_S = 0.02  # between two timed clicks: far shorter than a person takes


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def median_ratio(ours: list[float], baseline: list[float]) -> float:
    """How our median compares with the baseline's, measured in the same run."""
    return round(statistics.median(ours) / statistics.median(baseline), 3)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run_process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting a process to its first paint (it prints 'painted <epoch>'), and
    the peak RSS in MiB it reports once idle ('peak-rss-mib <MiB>', its own VmHWM: the rusage
    maximum would count the benchmark's own memory, which the child was forked from). The
    process's exit afterwards is not part of the time."""
    start = time.time()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    output = proc.stdout.read()
    status = proc.wait()
    if status != 0 or "painted " not in output or "peak-rss-mib " not in output:
        raise RuntimeError(f"{' '.join(args)} failed with status {status}: {output!r}")
    painted = float(output.split("painted ", 1)[1].split()[0])
    return painted - start, float(output.split("peak-rss-mib ", 1)[1].split()[0])


# --- start-up and memory -----------------------------------------------------------------------


def bench_startup(runs: int) -> dict[str, Any]:
    home = tempfile.mkdtemp(prefix="viewer-bench-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
    }
    app_cmd = [sys.executable, "main.py", "--quit-after-paint"]
    bare_cmd = [sys.executable, "bench/bare_window.py"]
    run_process(app_cmd, env)  # warm the file cache for both, untimed
    run_process(bare_cmd, env)
    app, bare = [], []
    for _ in range(runs):
        bare.append(run_process(bare_cmd, env))
        app.append(run_process(app_cmd, env))
    app_s = statistics.median(t for t, _ in app)
    bare_s = statistics.median(t for t, _ in bare)
    app_rss = statistics.median(m for _, m in app)
    bare_rss = statistics.median(m for _, m in bare)
    return {
        "startup": {
            "app_ms": round(app_s * 1000, 1),
            "bare_window_ms": round(bare_s * 1000, 1),
            "ratio": round(app_s / bare_s, 3),
            "target_ratio": 1.15,
        },
        "memory": {
            "app_peak_rss_mib": round(app_rss, 1),
            "bare_window_peak_rss_mib": round(bare_rss, 1),
            "extra_mib": round(app_rss - bare_rss, 1),
            "target_extra_mib": 30,
        },
    }


BUNDLE = ROOT / "dist" / "shanghai-tech-viewer"


def bench_bundle(runs: int) -> dict[str, Any] | None:
    """The standalone bundle's start-up against the source tree's, and its size; None if not built."""
    executable = BUNDLE / "shanghai-tech-viewer"
    if not executable.exists():
        return None
    home = tempfile.mkdtemp(prefix="viewer-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": f"{home}/config"}
    app_cmd = [sys.executable, "main.py", "--quit-after-paint"]
    bundle_cmd = [str(executable), "--quit-after-paint"]
    run_process(bundle_cmd, env)  # warm the file cache for both, untimed
    run_process(app_cmd, env)
    app, bundled = [], []
    for _ in range(runs):
        bundled.append(run_process(bundle_cmd, env)[0])
        app.append(run_process(app_cmd, env)[0])
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    return {
        "size_mb": round(size / 1e6, 1),
        "bundle_ms": round(statistics.median(bundled) * 1000, 1),
        "make_run_ms": round(statistics.median(app) * 1000, 1),
        "ratio": round(statistics.median(bundled) / statistics.median(app), 3),
        "targets": {"size_mb": 250, "ratio": 1.2},
    }


# --- tabs ---------------------------------------------------------------------------------------


def _window(pack: DataPack, tab: int) -> MainWindow:
    folder = tempfile.mkdtemp(prefix="viewer-bench-")
    settings = QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat)
    settings.setValue("window/tab", tab)
    window = MainWindow(pack, settings)
    window.resize(1280, 860)
    window.show()
    QApplication.processEvents()
    settle()
    return window


def settle() -> None:
    """Let the window finish what a click deferred, as it does between a person's clicks.

    Untimed: without it, the work one click leaves for the event loop (a view laying itself out
    again, pixels kept for the next visit) would be charged to the next click instead.
    """
    end = time.perf_counter() + PAUSE_S
    while time.perf_counter() < end:
        QApplication.processEvents()


def _visit(window: MainWindow, index: int) -> float:
    def switch() -> None:
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()  # layout and paint: the tab is on screen when this returns

    elapsed = timed(switch)
    settle()
    return elapsed


def bench_tabs(pack: DataPack, runs: int) -> dict[str, Any]:
    names = [s.title for s in pack.sections]
    last = len(names) - 1
    first: dict[str, list[float]] = {n: [] for n in names}
    idle: dict[str, list[float]] = {n: [] for n in names}
    repeat: dict[str, list[float]] = {n: [] for n in names}
    for _ in range(runs):
        # A window opened on the last tab: every other tab is built on its first click.
        window = _window(pack, last)
        for i in range(last):
            first[names[i]].append(_visit(window, i))
        for i in range(len(names)):
            repeat[names[i]].append(_visit(window, i))
        window.close()
        window.deleteLater()
        window = _window(pack, 0)
        first[names[last]].append(_visit(window, last))
        window.close()
        window.deleteLater()
        # As the app runs: the window builds its other tabs while idle after start-up.
        window = _window(pack, 0)
        window.build_tabs_when_idle(0)
        deadline = time.perf_counter() + 5
        while not all(t.built for t in window.section_tabs()) and time.perf_counter() < deadline:
            QApplication.processEvents()
        for i in [*range(1, len(names)), 0]:
            idle[names[i]].append(_visit(window, i))
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return {
        name: {
            "first_visit_ms": median_ms(first[name]),
            "first_visit_after_idle_ms": median_ms(idle[name]),
            "repeat_visit_ms": median_ms(repeat[name]),
        }
        for name in names
    } | {
        "targets_ms": {"first_visit": 50, "first_visit_after_idle": 33, "repeat_visit": 16},
        "floor_ms": bench_tab_floor(runs),
    }


def bench_tabs_xcb(runs: int) -> dict[str, Any] | None:
    """The tab figures again on a real X server (Xvfb), in a process of their own; None without xvfb-run."""
    if shutil.which("xvfb-run") is None:
        return None
    out = Path(tempfile.mkdtemp(prefix="viewer-bench-xcb-")) / "tabs.json"
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1400x1000x24",
        sys.executable, str(Path(__file__)), "--tabs-only", "--platform", "xcb", "--runs", str(runs), "--out", str(out),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False)
    if result.returncode != 0:
        print(f"xcb run failed ({result.returncode}): {result.stderr[-500:]}", file=sys.stderr)
        return None
    return json.loads(out.read_text(encoding="utf-8"))["tabs"]


def bench_tab_floor(runs: int) -> dict[str, float]:
    """What a tab switch costs Qt here with next to nothing on the page, in a window of the
    same size: the floor under the repeat-visit figures."""

    def empty() -> QWidget:
        return QWidget()

    def one_image() -> QWidget:
        label = QLabel()
        pixmap = QPixmap(1266, 793)
        pixmap.fill(QColor("#fafafa"))
        label.setPixmap(pixmap)
        return label

    def forty_labels() -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        for i in range(40):
            label = QLabel(f"A label of a few words, number {i}")
            label.setWordWrap(True)
            grid.addWidget(label, i // 5, i % 5)
        return page

    floor = {}
    for name, make in (("empty_page", empty), ("one_full_page_image", one_image), ("forty_labels", forty_labels)):
        window = QMainWindow()
        tabs = QTabWidget()
        tabs.setDocumentMode(True)  # as the app's: no pane frame, which the style fills on every switch
        window.setCentralWidget(tabs)
        for i in range(4):
            tabs.addTab(make(), str(i))
        window.resize(1280, 860)
        window.show()
        for i in range(4):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
        samples = []
        for _ in range(max(runs, 7)):
            for i in range(4):

                def switch(i: int = i, tabs: QTabWidget = tabs) -> None:
                    tabs.setCurrentIndex(i)
                    QApplication.processEvents()

                samples.append(timed(switch))
                settle()
        floor[name] = median_ms(samples)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return floor


# --- exports ------------------------------------------------------------------------------------


def matplotlib_chart(pack: DataPack, chart_id: str, width: int, height: int, path: Path) -> None:
    """The same figure drawn by matplotlib: bars, value labels, title, subtitle, axis, source."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    data = pack.chart_data(chart_id)
    dpi = 100
    fig, ax = plt.subplots(figsize=(width / dpi, height / dpi), dpi=dpi)
    if data.bars:
        labels = [b.label for b in data.bars]
        values = [b.value for b in data.bars]
        ax.barh(range(len(values)), [b.span[1] - b.span[0] for b in data.bars], left=[b.span[0] for b in data.bars])
        ax.set_yticks(range(len(values)), labels)
        ax.invert_yaxis()
        for i, bar in enumerate(data.bars):
            ax.text(bar.value, i, f" {bar.text}", va="center", fontweight="bold")
        ax.set_xlabel(data.axis_title)
    else:
        rows = range(len(data.events))
        ax.scatter([0] * len(data.events), rows, color="#0072B2")
        ax.set_yticks(rows, [str(e.year) for e in data.events])
        ax.invert_yaxis()
        for i, event in enumerate(data.events):
            ax.text(0.05, i, f"{event.label} {event.text}", va="center")
        ax.set_xlim(-0.05, 1)
    fig.suptitle(data.spec.title, x=0.02, ha="left", fontweight="bold")
    ax.set_title(data.spec.subtitle, loc="left", fontsize="small")
    fig.text(0.02, 0.01, "\n".join([*data.caveats, data.source_line]), fontsize="small", va="bottom")
    fig.savefig(path, dpi=dpi)
    plt.close(fig)


def bench_export(pack: DataPack, runs: int, width: int, chart_ids: list[str]) -> dict[str, Any]:
    out = Path(tempfile.mkdtemp(prefix="viewer-bench-export-"))
    sizes = {cid: render_image(pack, cid, width).size() for cid in chart_ids}
    ours_png, ours_svg, mpl_png, mpl_svg = [], [], [], []
    n = len(chart_ids)
    for _ in range(runs):
        ours_png.append(timed(lambda: [write_png(pack, c, out / f"{c}.png", width) for c in chart_ids]) / n)
        mpl_png.append(
            timed(
                lambda: [matplotlib_chart(pack, c, width, sizes[c].height(), out / f"{c}-mpl.png") for c in chart_ids]
            )
            / n
        )
        ours_svg.append(timed(lambda: [write_svg(pack, c, out / f"{c}.svg", width) for c in chart_ids]) / n)
        mpl_svg.append(
            timed(
                lambda: [matplotlib_chart(pack, c, width, sizes[c].height(), out / f"{c}-mpl.svg") for c in chart_ids]
            )
            / n
        )
    return {
        "charts": len(chart_ids),
        "width_px": width,
        "png_ms_per_chart": median_ms(ours_png),
        "matplotlib_png_ms_per_chart": median_ms(mpl_png),
        "png_ratio": median_ratio(ours_png, mpl_png),
        "svg_ms_per_chart": median_ms(ours_svg),
        "matplotlib_svg_ms_per_chart": median_ms(mpl_svg),
        "svg_ratio": median_ratio(ours_svg, mpl_svg),
        "target_ratio": {"png": 0.5, "svg": 0.25},
    }


# --- scale --------------------------------------------------------------------------------------


def big_frame(rows: int) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    words = np.array(["Shanghai", "Beijing", "Shenzhen", "Hangzhou", "Pudong", "Zhangjiang", "上海", "北京"])
    frame = {f"n{i}": rng.normal(size=rows) * 10 ** (i + 1) for i in range(5)}
    for i in range(5):
        picks = rng.integers(0, len(words), size=(rows, 2))
        frame[f"s{i}"] = pd.array(np.char.add(np.char.add(words[picks[:, 0]], " "), words[picks[:, 1]]), dtype="str")
    return pd.DataFrame(frame)


def bench_scale(runs: int, rows: int, points: int) -> dict[str, Any]:
    frame = big_frame(rows)
    first_paint, sort_num, sort_str, pandas_num, pandas_str = [], [], [], [], []
    for _ in range(runs):
        view: FigureTable | None = None

        def show() -> None:
            nonlocal view
            view = FigureTable(DataFrameModel(frame))
            view.resize(1000, 700)
            view.show()
            QApplication.processEvents()

        first_paint.append(timed(show))
        assert view is not None
        model = view.table_model()
        pandas_num.append(timed(lambda: frame["n2"].sort_values(kind="stable")))
        sort_num.append(timed(lambda m=model: m.sort(2)))
        pandas_str.append(timed(lambda: frame["s1"].sort_values(kind="stable")))
        sort_str.append(timed(lambda m=model: m.sort(6)))
        view.close()
        view.deleteLater()
        QApplication.processEvents()
    line, pan, zoom = [], [], []
    xs = tuple(float(i) for i in range(points))
    rng = np.random.default_rng(3)
    values = np.cumsum(rng.normal(size=points))
    bars = tuple(Bar(f"Point {i}", float(v), f"{v:.1f}", None, "reported", ()) for i, v in enumerate(values))
    low, high = float(values.min()), float(values.max())
    spec = ChartSpec("long", "s", "line", "Long series", "", ())
    data = ChartData(spec, "people", "", 1.0, bars, (), (), "", "", (low, high), None, xs, "Order")
    for _ in range(runs):
        view: ChartView | None = None

        def draw() -> None:
            nonlocal view
            view = ChartView(data, {})
            view.resize(1000, 400)
            view.show()
            QApplication.processEvents()

        line.append(timed(draw))
        assert view is not None
        vb = view.figure.plot.vb  # type: ignore[union-attr]
        settle()

        def step(change: Callable[[], object]) -> None:
            change()
            QApplication.processEvents()

        pan.append(timed(lambda vb=vb: step(lambda: vb.translateBy(x=points / 50))))
        settle()
        zoom.append(timed(lambda vb=vb: step(lambda: vb.scaleBy(x=0.8))))
        settle()
        view.close()
        view.deleteLater()
        QApplication.processEvents()
    return {
        "rows": rows,
        "columns": frame.shape[1],
        "model_first_paint_ms": median_ms(first_paint),
        "sort_number_ms": median_ms(sort_num),
        "pandas_sort_number_ms": median_ms(pandas_num),
        "sort_number_ratio": median_ratio(sort_num, pandas_num),
        "sort_string_ms": median_ms(sort_str),
        "pandas_sort_string_ms": median_ms(pandas_str),
        "sort_string_ratio": median_ratio(sort_str, pandas_str),
        "line_points": points,
        "line_first_paint_ms": median_ms(line),
        "line_pan_step_ms": median_ms(pan),
        "line_zoom_step_ms": median_ms(zoom),
        "targets": {"model_first_paint_ms": 50, "sort_ratio": 1.5, "line_first_paint_ms": 50, "line_step_ms": 16},
    }


# --- the report ---------------------------------------------------------------------------------


def bench_big_packs(runs: int) -> dict[str, Any]:
    """Packs at the format's limits (bench/big_packs.py): validate, open, and the peak memory of
    exporting their biggest charts at the widest image allowed."""
    from bench.big_packs import write_big_pack, write_many_sections

    folder = Path(tempfile.mkdtemp(prefix="viewer-big-"))
    try:
        big = write_big_pack(folder / "big")
        sections = write_many_sections(folder / "sections")

        def refuse() -> None:
            try:
                load_pack(sections)
            except PackError:
                return
            raise AssertionError("100,000 sections were accepted")

        def open_window() -> None:
            window = MainWindow(load_pack(big), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
            window.show()
            settle()
            window.close()
            window.deleteLater()
            settle()

        n = min(runs, 5)
        validate_ms = [timed(lambda: load_pack(big)) for _ in range(n)]
        refuse_ms = [timed(refuse) for _ in range(n)]
        open_ms = [timed(open_window) for _ in range(n)]
        # The export's own peak (VmHWM of its process, which an exec starts afresh).
        arguments = [
            "export", "--pack", str(big), "--out", str(folder / "out"),
            "--format", "png,svg,csv,pdf", "--width", "3400", "--charts", "s0_bars0,s0_line",
        ]  # fmt: skip
        script = (
            "import sys; sys.path.insert(0, sys.argv[1]); from main import main; code = main(sys.argv[2:]); "
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]; "
            "print('peak-kib', hwm); sys.exit(code)"
        )
        done = subprocess.run(
            [sys.executable, "-c", script, str(ROOT), *arguments], capture_output=True, text=True, check=True
        )
        export_rss = int(done.stdout.split("peak-kib ", 1)[1].split()[0]) / 1024
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "validate_big_ms": median_ms(validate_ms),
        "refuse_100000_sections_ms": median_ms(refuse_ms),
        "open_big_ms": median_ms(open_ms),
        "export_peak_rss_mib": export_rss,
    }


def bench_import(runs: int) -> dict[str, Any]:
    """`main.py import` of a 5,000-word article (the shipped one's paragraphs, told of 13 cities),
    in a fresh process each run: reading, cleaning, finding figures, writing and validating."""
    article = (ROOT / "tests" / "importer" / "articles" / "shanghai-raw.txt").read_text(encoding="utf-8")
    cities = ["Shanghai", "Shenzhen", "Berlin", "Lisbon", "Nairobi", "Austin", "Seoul", "Pune", "Lagos", "Tallinn"]
    parts = [article.replace("Shanghai", cities[i % len(cities)]).replace("2024", str(2000 + i)) for i in range(13)]
    text = "\n".join(parts)
    folder = Path(tempfile.mkdtemp(prefix="viewer-import-"))
    try:
        source = folder / "article.txt"
        source.write_text(text, encoding="utf-8")
        times = []
        for i in range(min(runs, 5)):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "import", str(source), "--out", str(folder / f"pack{i}")],
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"words": len(text.split()), "import_ms": median_ms(times)}


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "qt": qVersion(),
        "date": time.strftime("%Y-%m-%d"),
    }


def table(results: dict[str, Any]) -> str:
    s, m, e, sc = results["startup"], results["memory"], results["export"], results["scale"]
    lines = [
        "| measure | viewer | baseline | ratio / target |",
        "| --- | ---: | ---: | --- |",
        f"| start-up to first paint | {s['app_ms']:.0f} ms | {s['bare_window_ms']:.0f} ms bare window "
        f"| {s['ratio']:.2f} (≤ 1.15) |",
        f"| peak RSS at idle | {m['app_peak_rss_mib']:.0f} MiB | {m['bare_window_peak_rss_mib']:.0f} MiB "
        f"| +{m['extra_mib']:.0f} MiB (≤ +30) |",
    ]
    for platform_name, key in (("offscreen", "tabs"), ("xcb", "tabs_xcb")):
        tabs = results.get(key)
        if not tabs:
            continue
        for name, tab in tabs.items():
            if name in ("targets_ms", "floor_ms"):
                continue
            lines.append(
                f"| tab {name} ({platform_name}): on the click / built while idle / again | "
                f"{tab['first_visit_ms']:.1f} / {tab['first_visit_after_idle_ms']:.1f} / "
                f"{tab['repeat_visit_ms']:.1f} ms | | ≤ 50 / 33 / 16 |"
            )
        f = tabs["floor_ms"]
        lines.append(
            f"| floor ({platform_name}): switch to an empty page / one full-page image / 40 labels "
            f"| {f['empty_page']:.1f} / {f['one_full_page_image']:.1f} / {f['forty_labels']:.1f} ms | | |"
        )
    lines += [
        f"| export PNG {e['width_px']} px, per chart | {e['png_ms_per_chart']:.1f} ms "
        f"| {e['matplotlib_png_ms_per_chart']:.1f} ms matplotlib | {e['png_ratio']:.2f} (≤ 0.5) |",
        f"| export SVG, per chart | {e['svg_ms_per_chart']:.1f} ms | {e['matplotlib_svg_ms_per_chart']:.1f} ms "
        f"matplotlib | {e['svg_ratio']:.2f} (≤ 0.25) |",
        f"| {sc['rows']:,}-row model, set + first paint | {sc['model_first_paint_ms']:.1f} ms | | ≤ 50 ms |",
        f"| sort by a number column | {sc['sort_number_ms']:.1f} ms | {sc['pandas_sort_number_ms']:.1f} ms "
        f"sort_values | {sc['sort_number_ratio']:.2f} (≤ 1.5) |",
        f"| sort by a string column | {sc['sort_string_ms']:.1f} ms | {sc['pandas_sort_string_ms']:.1f} ms "
        f"sort_values | {sc['sort_string_ratio']:.2f} (≤ 1.5) |",
        f"| {sc['line_points']:,}-point line chart: first paint / pan step / zoom step | "
        f"{sc['line_first_paint_ms']:.1f} / {sc['line_pan_step_ms']:.1f} / {sc['line_zoom_step_ms']:.1f} ms "
        f"| | ≤ 50 / 16 / 16 |",
    ]
    imp = results.get("import")
    if imp:
        lines.append(
            f"| import of a {imp['words']:,}-word article (whole command, fresh process) | {imp['import_ms']:.0f} ms "
            f"| | ≤ 5,000 ms |"
        )
    big = results.get("big")
    if big:
        lines += [
            f"| pack at every limit (10,000 figures, 19.9 MB article, 50 sections, 200 charts): validate / open "
            f"| {big['validate_big_ms']:.0f} / {big['open_big_ms']:.0f} ms | | ≤ 2,000 / 5,000 ms |",
            f"| pack.json of 100,000 sections: refused in | {big['refuse_100000_sections_ms']:.0f} ms | | ≤ 2,000 ms |",
            f"| export of its biggest charts at 3,400 px (the widest allowed), peak RSS "
            f"| {big['export_peak_rss_mib']:.0f} MiB | | ≤ 1,024 MiB |",
        ]
    b = results.get("bundle")
    if b:
        lines.append(
            f"| bundle (dist/): start-up to first paint | {b['bundle_ms']:.0f} ms | {b['make_run_ms']:.0f} ms "
            f"python main.py | {b['ratio']:.2f} (≤ 1.2); {b['size_mb']:.0f} MB (≤ 280) |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.json"))
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run: checks the code paths only")
    parser.add_argument("--tabs-only", action="store_true", help="measure tab switches only")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (xcb needs a display)")
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs
    create_application()
    pack = load_pack()
    freeze_startup_objects()  # as the app does once its window is up (ui.app.run_gui)
    if args.tabs_only:
        Path(args.out).write_text(json.dumps({"tabs": bench_tabs(pack, runs)}, indent=2) + "\n", encoding="utf-8")
        return 0
    chart_ids = [c.id for c in pack.charts][: 1 if args.quick else None]
    results: dict[str, Any] = {"machine": machine(), "runs": runs, "quick": args.quick}
    results |= bench_startup(runs)
    results["tabs"] = bench_tabs(pack, runs)
    if not args.quick:
        results["tabs_xcb"] = bench_tabs_xcb(runs)
    results["export"] = bench_export(pack, runs, 1600, chart_ids)
    results["bundle"] = bench_bundle(runs)
    if not args.quick:
        results["big"] = bench_big_packs(runs)
        results["import"] = bench_import(runs)
    results["scale"] = bench_scale(runs, 2_000 if args.quick else 1_000_000, 1_000 if args.quick else 10_000)
    Path(args.out).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    m = results["machine"]
    print(f"{m['cpu']}, {m['cores']} cores, Python {m['python']}, Qt {m['qt']}; median of {runs} runs\n")
    print(table(results))
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
