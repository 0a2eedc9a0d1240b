"""Sandbox backends: the only modules that start processes or containers. The Sandbox interface
and the loop every transport shares (base.py), the local and Docker sandboxes, the choice between
them (choice.py), the image, its base and its packages, container ownership, seccomp and uids."""
