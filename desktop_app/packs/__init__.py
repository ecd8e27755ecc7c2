"""Briefing packs: PDF built with reportlab platypus from plain data of the operations layer (no Qt).

    from database import ops
    from desktop_app.packs import PackOptions, build_pack

    data = ops.pack_data(db, ops.PackScope(sectors=("AUTO",)), audience="external")
    build_pack(data, PackOptions(language="it", audience="external"), "pack.pdf")
"""

from .builder import PackCancelled, PackOptions, PackResult, build_pack, default_title

__all__ = ["PackCancelled", "PackOptions", "PackResult", "build_pack", "default_title"]
