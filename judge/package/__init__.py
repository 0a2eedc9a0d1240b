"""Reading problems/<slug>/: strict loading (problems.py, table.py, arrays.py), the trusted code
it ships (trusted.py), its cases and their cache (cases.py), its [budgets] (budgets.py) and the
catalogue (catalog.py)."""
