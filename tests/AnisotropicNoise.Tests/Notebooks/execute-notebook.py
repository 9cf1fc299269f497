"""Executes a notebook through the Jupyter protocol, as JupyterLab and VS Code's Jupyter extension do.

Usage: execute-notebook.py NOTEBOOK OUTPUT WORKING_FOLDER CELL_TIMEOUT_SECONDS

Runs every cell in the kernel the notebook's metadata names (`.net-csharp`), with the kernel started in
WORKING_FOLDER, keeps going after a cell's error (the caller reads every error output from OUTPUT), and
writes the executed notebook to OUTPUT. Exits 2 when the kernel could not run the notebook at all.
"""
import sys

import nbformat
from nbclient import NotebookClient

source, output, working_folder, timeout = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
notebook = nbformat.read(source, as_version=4)
client = NotebookClient(notebook, timeout=timeout, startup_timeout=180, allow_errors=True,
                        resources={"metadata": {"path": working_folder}})
try:
    client.execute()
except Exception as error:  # a dead kernel or a timeout: no cell-level error to read
    print(f"the kernel could not run {source}: {type(error).__name__}: {error}", file=sys.stderr)
    sys.exit(2)
nbformat.write(notebook, output)
