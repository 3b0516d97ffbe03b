"""The package list, found rather than written: a new task's folder (or any new subpackage) ships in
the wheel, and so in the bundle, without a line anywhere. Everything else is in pyproject.toml;
``forms/`` and ``resources/`` install as ``frontdesk.forms`` and ``frontdesk.resources`` (its
package-dir)."""
from setuptools import find_namespace_packages, setup

setup(packages=find_namespace_packages(include=["frontdesk", "frontdesk.*"], exclude=["*.__pycache__"])
      + ["frontdesk.forms", "frontdesk.resources"]
      + [f"frontdesk.resources.{p}" for p in find_namespace_packages("resources", exclude=["*.__pycache__"])])
