"""The wheel's packages: sortapp's own, and the repository's top-level ``resources/`` folder
shipped inside it as ``sortapp/resources`` (issue 17). Everything else is in pyproject.toml.

The mapping needs a package list that pyproject's ``packages.find`` cannot give (it finds only
folders under their own names); the files it holds are pyproject's
``package-data``; ``sortapp.paths.resources_dir`` finds the files there.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["sortapp", "sortapp.*"]), "sortapp.resources"],
    package_dir={"sortapp.resources": "resources"},
)
