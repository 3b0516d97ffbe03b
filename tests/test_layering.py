"""The shape of the code, kept true (docs/architecture.md): the kernel knows no task and no Qt,
the shared widgets know no task, a task reads another only through its service module, and no
module's imports lead back to itself."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "frontdesk"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}  # `from frontdesk.fees import service`
    return out


MODULES = {module_name(p): p for p in PKG.rglob("*.py") if "ui/forms" not in p.as_posix()}
TASK_PACKAGES = sorted({m.split(".")[1] for m in MODULES if m.count(".") >= 1}
                       - {"core", "ui", "cli", "app", "window", "demo", "tasks", "i18n", "config",
                          "selftest", "gate", "__main__"})


def task_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in TASK_PACKAGES else None


def ours(names: set[str]) -> set[str]:
    return {n for n in names if n in MODULES}


def test_the_tasks_are_the_folders_in_the_registry():
    from frontdesk.tasks import TASKS
    built = {t.key for t in TASKS if t.tab or t.models}  # a folder: its tables, its tab (or both)
    assert built == set(TASK_PACKAGES), "every task folder is listed in frontdesk/tasks.py, and only those"


def test_the_kernel_knows_no_task_and_no_qt():
    bad = [(m, n) for m, p in MODULES.items() if m.startswith("frontdesk.core")
           for n in imports(p) if n.startswith("PySide6") or (n.startswith("frontdesk.") and
                                                              not n.startswith("frontdesk.core"))]
    assert bad == []


def test_the_shared_widgets_know_no_task():
    bad = [(m, n) for m, p in MODULES.items() if m.startswith("frontdesk.ui")
           for n in ours(imports(p)) if task_of(n) or n in ("frontdesk.window", "frontdesk.tasks", "frontdesk.demo",
                                                            "frontdesk.selftest")]
    assert bad == []


def test_a_task_reads_another_only_through_its_service():
    above = {"frontdesk.window", "frontdesk.tasks", "frontdesk.demo", "frontdesk.cli", "frontdesk.app",
             "frontdesk.selftest"}
    bad = []
    for m, p in MODULES.items():
        mine = task_of(m)
        for n in ours(imports(p)) if mine else ():
            other = task_of(n)
            if (other and other != mine and n != f"frontdesk.{other}.service") or n in above:
                bad.append((m, n))
    assert bad == []


def test_no_module_imports_lead_back_to_itself():
    graph = {m: {n for n in ours(imports(p)) if n != m and not m.startswith(n + ".")} for m, p in MODULES.items()}
    cycles = []
    state: dict[str, int] = {}

    def visit(m, stack):
        state[m] = 1
        stack.append(m)
        for n in graph[m]:
            if state.get(n) == 1:
                cycles.append(stack[stack.index(n):] + [n])
            elif n not in state:
                visit(n, stack)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [])
    assert cycles == []


def test_the_architecture_page_names_every_task_and_layer():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    from frontdesk.tasks import TASKS
    for name in ["frontdesk/core/", "frontdesk/ui/", "frontdesk/tasks.py", "frontdesk/window.py", "frontdesk/demo.py",
                 "frontdesk/selftest.py",
                 "change_state", "write_atomically", *(f"frontdesk/{k}/" for k in TASK_PACKAGES)]:
        assert name in text, name
    for task in TASKS:
        for part in ("models", "tab", "card_section", "demo", "generate", "cli", "check", "benchmark"):
            assert part in text


def test_a_new_task_is_one_folder_and_one_line(monkeypatch, store, supervisor, qtbot, capsys):
    """Add a task to the registry: it gets a tab, a room-card section, demo and generator data, a
    command and a place in `frontdesk check` — nothing else is edited."""
    import frontdesk.tasks
    from frontdesk import cli, demo, window
    from frontdesk.registration.service import RegistrationService, plan_building
    from tests.conftest import open_main_window
    from tests.fake_task import TASK
    from tests.fake_task.parts import CALLS
    tasks = (*frontdesk.tasks.TASKS, TASK)  # the one line
    for module in (frontdesk.tasks, cli, demo, window):
        monkeypatch.setattr(module, "TASKS", tasks)
    w = open_main_window(qtbot, store, supervisor)
    tabs = w.form.tabs
    assert tabs.tabText(tabs.count() - 1) == "Lost and found" and w.lostfound.text() == "失物招领"
    RegistrationService(store).create_building_rooms(supervisor, "1", plan_building(1, 1, 1, ["90"]), state="已入住")
    card = RegistrationService(store).room_card(RegistrationService(store).room_ids()[0])
    assert any(section.title == "Lost and found" for section in card.sections)
    assert cli.main(["--db", store.url, "export", "lostfound"]) == 0
    assert "lost and found exported" in capsys.readouterr().out
    assert cli.main(["--db", store.url, "check"]) == 0 and "check" in CALLS
    from frontdesk.core.store import open_store
    fresh = open_store(f"sqlite:///{store.path.parent / 'other.db'}", create=True)
    assert demo.load_demo(fresh)["lost_items"] == 3
    fresh.dispose()
    big = open_store(f"sqlite:///{store.path.parent / 'big.db'}", create=True)
    assert demo.generate(big, rooms=40, years=1)["lost_items"] == 42
    big.dispose()


def test_the_command_line_builds_its_parser_without_the_store_layer():
    """The log-in window shows before SQLAlchemy loads: building the parser (every task's
    arguments) must not import it — a task's configure that did cost 200 ms of start-up."""
    import subprocess
    import sys
    code = ("import sys; from frontdesk.cli import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy'))[:3])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]", out
