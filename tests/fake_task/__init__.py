"""A made-up task for tests/test_layering.py: one folder with its TASK is all the app needs."""
from frontdesk.core.task import Task

TASK = Task(key="lostfound", title="Lost and found", shortcut="Ctrl+6",
            tab="tests.fake_task.parts:LostFoundTab", card_section="tests.fake_task.parts:card",
            demo="tests.fake_task.parts:fill", generate="tests.fake_task.parts:generate",
            cli="tests.fake_task.parts:add_commands", check="tests.fake_task.parts:check")
