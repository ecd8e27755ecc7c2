"""Briefing packs: PDF built with reportlab platypus from plain data of the operations layer (no Qt)."""
