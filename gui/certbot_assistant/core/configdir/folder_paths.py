"""Resolving paths inside one config dir, each folder once.

``Path.resolve()`` walks every component from the file system's root with an ``lstat`` each,
for every file: a thousand lineages' ``cert.pem`` and ``privkey.pem`` are tens of thousands of
calls for the same few folders. A config dir is resolved once; below it, each folder's real
path is kept, and a link (certbot's ``live/<name>/cert.pem`` -> ``../../archive/<name>/certN.pem``)
is followed by reading it, not by walking from ``/`` again.
"""

# ruff: noqa: PTH100, PTH115, PTH117, PTH118 - plain strings on purpose: this is the fast path
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

MAX_LINKS = 40
"""As many links as the kernel follows in one path before it says ELOOP."""


class FolderPaths:
    """``real_path`` is ``Path.resolve(strict=True)`` for paths under ``root``, with a memory of
    the folders already resolved. Raises FileNotFoundError for a missing component and OSError
    (ELOOP) for a link loop, as the OS does."""

    def __init__(self, root: Path, real_root: Path) -> None:
        self.root = os.path.abspath(root)
        self.real_root = str(real_root)
        self._folders: dict[str, str] = {self.root: self.real_root, self.real_root: self.real_root}
        self._bases = (self.root, self.real_root)
        self._prefixes = (self.root + os.sep, self.real_root + os.sep)
        self._real_prefix = self.real_root + os.sep

    def _under(self, path: str) -> bool:
        return path.startswith(self._prefixes) or path in self._bases

    def real_inside(self, real: str) -> bool:
        """Whether an already resolved path lies in the config dir."""
        return real == self.real_root or real.startswith(self._real_prefix)

    def real_path(self, path: Path | str) -> str:
        text = os.fspath(path)
        if not os.path.isabs(text):
            text = os.path.abspath(text)
        parent, name = os.path.split(text)
        return self._resolve(parent, name, 0)

    def inside(self, path: Path) -> bool:
        """Whether ``path`` resolves to somewhere inside the config dir; a path that does not
        exist is judged by its folder, as ``Path.resolve()`` (not strict) would."""
        try:
            real = self.real_path(path)
        except FileNotFoundError:
            try:
                real = os.path.realpath(path)
            except (OSError, ValueError):
                return False
        except (OSError, RuntimeError):
            return False
        return self.real_inside(real)

    def _folder(self, folder: str, depth: int) -> str:
        known = self._folders.get(folder)
        if known is not None:
            return known
        parent, name = os.path.split(folder)
        if not name or parent == folder or not self._under(folder):
            real = str(Path(folder).resolve(strict=True))
        else:
            real = self._resolve(parent, name, depth)
        self._folders[folder] = real
        return real

    def _resolve(self, parent: str, name: str, depth: int) -> str:
        if depth > MAX_LINKS:
            raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), os.path.join(parent, name))
        real_parent = self._folder(parent, depth)
        candidate = os.path.join(real_parent, name)
        if name in (".", ".."):
            return os.path.normpath(candidate)
        mode = os.lstat(candidate).st_mode
        if not stat.S_ISLNK(mode):
            return candidate
        target = os.path.normpath(os.path.join(real_parent, os.readlink(candidate)))
        if not self._under(target):
            return str(Path(target).resolve(strict=True))
        t_parent, t_name = os.path.split(target)
        return self._resolve(t_parent, t_name, depth + 1)
