"""Write a WiX fragment listing every file of the staged app (like WiX heat, but tiny).

    python installers/windows/harvest.py STAGE_DIR OUT.wxs [SOURCE_PREFIX]

Component GUIDs derive from the file's path inside the app (uuid5), so the same file keeps its
component across versions and major upgrades replace files cleanly. Works with WiX on Windows and
with wixl on Linux.
"""

from __future__ import annotations

import hashlib
import sys
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

NAMESPACE = uuid.UUID("5b1e7f5e-7c57-4c6b-9a36-1f0f3c2a6d11")


def ident(prefix: str, rel: str) -> str:
    return f"{prefix}_{hashlib.sha1(rel.encode()).hexdigest()[:24]}"


def main() -> int:
    stage, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    # wixl resolves sources relative to where it runs and refuses absolute paths.
    prefix = sys.argv[3] if len(sys.argv) > 3 else str(stage)
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">', "  <Fragment>"]  # fmt: skip
    components: list[str] = []

    def walk(folder: Path, indent: str) -> None:
        for child in sorted(folder.iterdir()):
            rel = child.relative_to(stage).as_posix()
            if child.is_dir():
                directory = ident("dir", rel)
                lines.append(f'{indent}<Directory Id="{directory}" Name={quoteattr(child.name)}>')
                walk(child, indent + "  ")
                lines.append(f"{indent}</Directory>")
            else:
                component = ident("cmp", rel)
                guid = str(uuid.uuid5(NAMESPACE, rel)).upper()
                key = ' KeyPath="yes"'
                lines.append(f'{indent}<Component Id="{component}" Guid="{guid}" Win64="yes">')
                source = f"{prefix}/{rel}"
                file_id = ident("fil", rel)
                lines.append(f'{indent}  <File Id="{file_id}" Source={quoteattr(source)}{key}/>')
                lines.append(f"{indent}</Component>")
                components.append(component)

    lines.append('    <DirectoryRef Id="INSTALLDIR">')
    walk(stage, "      ")
    lines.append("    </DirectoryRef>")
    lines.append('    <ComponentGroup Id="AppFiles">')
    lines += [f'      <ComponentRef Id="{c}"/>' for c in components]
    lines += ["    </ComponentGroup>", "  </Fragment>", "</Wix>"]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
