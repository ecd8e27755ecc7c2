"""Detail panes: a record with its relations, every related record one click away.

Details are fetched on the database worker (``ops.<kind>_detail``) and drawn as rich text in a
QTextBrowser. Links name a record (``record:<kind>/<id>``) or an action on one
(``do:<action>/<kind>/<id>``); the window follows them. Links are reachable with Tab and
opened with Enter, like any link in a browser.
"""

from __future__ import annotations

import datetime as dt
import uuid
from html import escape

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QTextBrowser

from database import ops

from . import i18n
from .records_ui import (
    field_info,
    field_label,
    format_date,
    format_money,
    format_value,
    kind_name,
    record_label,
)

_T = QCoreApplication.translate

def fetch_detail(db, kind: str, rec_id):
    """On the worker: the record with its relations (``ops.<kind>_detail``)."""
    return getattr(ops, f"{kind}_detail")(db, rec_id)


def record_link(kind: str, rec_id, text: str) -> str:
    return f'<a href="record:{kind}/{rec_id}">{escape(text)}</a>'


def action_link(action: str, kind: str, rec_id, text: str) -> str:
    return f'<a href="do:{action}/{kind}/{rec_id}">{escape(text)}</a>'


def parse_link(url: str) -> tuple[str, str, str, uuid.UUID | None] | None:
    """('record' or 'do', action, kind, id) of one of our links; None for any other."""
    scheme, _, rest = url.partition(":")
    parts = rest.split("/")
    try:
        if scheme == "record" and len(parts) == 2:
            return "record", "open", parts[0], uuid.UUID(parts[1])
        if scheme == "do" and len(parts) == 3:
            return "do", parts[0], parts[1], uuid.UUID(parts[2]) if parts[2] else None
    except ValueError:
        return None
    return None


def _rows(pairs) -> str:
    cells = "".join(f'<tr><td class="label">{escape(label)}</td><td>{value}</td></tr>'
                    for label, value in pairs if value)
    return f'<table class="fields">{cells}</table>' if cells else ""


def _value(kind: str, rec, name: str) -> str:
    value = getattr(rec, name, None)
    if value in (None, ""):
        return ""
    f = field_info(kind, name)
    text = format_value(kind, name, value)
    if f is not None and f.type == "url":
        return f'<a href="{escape(str(value), quote=True)}">{escape(text)}</a>'
    if f is not None and f.type == "email":
        return f'<a href="mailto:{escape(str(value), quote=True)}">{escape(text)}</a>'
    if f is not None and f.type == "multiline":
        return escape(text).replace("\n", "<br>")
    return escape(text)


def _fields(kind: str, rec, names) -> str:
    return _rows((field_label(kind, n), _value(kind, rec, n)) for n in names)


def _section(title: str, body: str, count: int | None = None, extra: str = "") -> str:
    heading = escape(title) + (f' <span class="count">({count})</span>' if count is not None else "")
    return f'<h3>{heading}{("&nbsp;&nbsp;" + extra) if extra else ""}</h3>{body}'


def _none(text: str) -> str:
    return f'<p class="none">{escape(text)}</p>'


def _item(main: str, details: list[str] = (), actions: list[str] = ()) -> str:
    """One related record: its name (a link) on a line, what matters about it below, muted —
    readable however narrow the pane."""
    below = " · ".join(d for d in details if d)
    acts = " · ".join(actions)
    second = ""
    if below or acts:
        second = "<br>" + (f'<span class="sub">{below}</span>' if below else "")
        second += ("&nbsp;&nbsp;" if below and acts else "") + (f'<span class="acts">{acts}</span>' if acts else "")
    return f'<p class="item">{main}{second}</p>'


def _provenance(kind: str, rec) -> str:
    bits = []
    if getattr(rec, "is_demo", False):
        bits.append(escape(_T("Details", "Demo record")))
    if getattr(rec, "source", None):
        bits.append(escape(_T("Details", "Source: {0}").format(rec.source)))
    if getattr(rec, "as_of", None):
        bits.append(escape(_T("Details", "as of {0}").format(format_date(rec.as_of))))
    bits.append(escape(_T("Details", "last changed {0}").format(format_value(kind, "updated_at", rec.updated_at))))
    return f'<p class="meta">{" · ".join(bits)}</p>'


def _header(title: str, subtitle: str = "") -> str:
    sub = f'<p class="sub">{escape(subtitle)}</p>' if subtitle else ""
    return f"<h2>{escape(title)}</h2>{sub}"


# --- one renderer per kind ---------------------------------------------------------------------

def stakeholder_html(d) -> str:
    s = d.stakeholder
    place = ", ".join(p for p in [s.city and (f"{s.city} ({s.province})" if s.province else s.city), s.country] if p)
    out = [_header(s.name, " · ".join(p for p in [format_value("stakeholder", "type", s.type), place] if p))]
    if s.description:
        out.append(f"<p>{escape(s.description)}</p>")
    region = record_link("region", d.region.id, record_label("region", d.region)) if d.region else ""
    out.append(_rows([
        (field_label("stakeholder", "short_name"), _value("stakeholder", s, "short_name")),
        (field_label("stakeholder", "pic"), _value("stakeholder", s, "pic")),
        (field_label("stakeholder", "vat_number"), _value("stakeholder", s, "vat_number")),
        (field_label("stakeholder", "address"), escape(", ".join(p for p in [s.address, s.postcode, s.city] if p))),
        (field_label("stakeholder", "region_id"), region),
        (field_label("stakeholder", "website"), _value("stakeholder", s, "website")),
        (field_label("stakeholder", "email"), _value("stakeholder", s, "email")),
        (field_label("stakeholder", "phone"), _value("stakeholder", s, "phone")),
        (field_label("stakeholder", "size"), _value("stakeholder", s, "size")),
        (field_label("stakeholder", "tags"), _value("stakeholder", s, "tags")),
        (field_label("stakeholder", "notes"), _value("stakeholder", s, "notes")),
    ]))
    change = action_link("links", "stakeholder", s.id, _T("Details", "Change…"))
    primary = escape(_T("Details", "primary"))
    sectors = [record_link("sector", link.sector.id, record_label("sector", link.sector))
               + (f' <span class="tag">({primary})</span>' if link.is_primary else "")
               for link in d.sectors]
    kets = [record_link_plain(record_label("ket", k)) for k in d.kets]
    body = f"<p>{', '.join(sectors)}</p>" if sectors else _none(_T("Details", "No sector linked yet."))
    if kets:
        heading = escape(_T("Details", "Key enabling technologies:"))
        body += f'<p><span class="label">{heading}</span> {", ".join(kets)}</p>'
    out.append(_section(_T("Details", "Sectors and technologies"), body, extra=change))
    add_contact = action_link("new-contact", "stakeholder", s.id, _T("Details", "Add contact person…"))
    if d.contacts:
        body = "".join(_item(f"<b>{escape(c.name)}</b>" + (f" — {escape(c.role)}" if c.role else ""),
                             [_value("contact", c, "email"), escape(c.phone or "")],
                             [action_link("edit", "contact", c.id, _T("Details", "Edit")),
                              action_link("delete", "contact", c.id, _T("Details", "Remove")),
                              action_link("erase", "contact", c.id, _T("Details", "Erase personal data…"))])
                       for c in d.contacts)
    else:
        body = _none(_T("Details", "No contact person yet."))
    out.append(_section(_T("Details", "Contact persons"), body, len(d.contacts), add_contact))
    join = action_link("new-participant", "stakeholder", s.id, _T("Details", "Add to a partnership…"))
    if d.participations:
        body = "".join(_item(record_link("partnership", p.partnership.id, p.partnership.label),
                             [escape(format_value("participant", "role", p.role)),
                              escape(format_value("partnership", "status", p.partnership.status)),
                              escape(_period(p.partnership))],
                             [action_link("delete", "participant", p.participant_id, _T("Details", "Remove"))])
                       for p in d.participations)
    else:
        body = _none(_T("Details", "Not in any partnership yet."))
    out.append(_section(_T("Details", "Partnerships"), body, len(d.participations), join))
    log = action_link("new-interaction", "stakeholder", s.id, _T("Details", "Log an interaction…"))
    out.append(_section(_T("Details", "Interactions"), _interaction_list(d.interactions), len(d.interactions), log))
    out.append(_provenance("stakeholder", s))
    return "".join(out)


def record_link_plain(text: str) -> str:
    return escape(text)


def _period(p) -> str:
    if p.start_date or p.end_date:
        return f"{format_date(p.start_date) or '…'} – {format_date(p.end_date) or '…'}"
    return ""


def _interaction_list(interactions) -> str:
    if not interactions:
        return _none(_T("Details", "No interaction recorded yet."))
    return "".join(_item(record_link("interaction", i.id, i.subject),
                         [escape(format_date(i.date)), escape(format_value("interaction", "kind", i.kind))])
                   for i in interactions)


def _timeline(p, interactions, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    if not (p.start_date and p.end_date):
        return _none(_T("Details", "No start and end dates recorded."))
    total = max((p.end_date - p.start_date).days, 1)
    done = min(max((today - p.start_date).days, 0), total)
    share = round(100 * done / total)
    if today < p.start_date:
        state = _T("Details", "Starts on {0}.").format(format_date(p.start_date))
    elif today > p.end_date:
        state = _T("Details", "Ended on {0}.").format(format_date(p.end_date))
    else:
        state = _T("Details", "{0}% of the time has passed; it ends on {1}, in {2} days.").format(
            share, format_date(p.end_date), (p.end_date - today).days)
    bar = (f'<table class="bar" width="100%" cellspacing="0" cellpadding="0"><tr>'
           f'<td class="done" width="{max(share, 1)}%">&nbsp;</td><td class="todo">&nbsp;</td></tr></table>')
    events = [(p.start_date, escape(_T("Details", "Start"))), (p.end_date, escape(_T("Details", "End")))]
    events += [(i.date, record_link("interaction", i.id, i.subject)) for i in interactions if i.date]
    events.sort(key=lambda e: e[0])
    items = "".join(f"<tr><td class='label'>{escape(format_date(d))}</td><td>{text}</td></tr>" for d, text in events)
    return f"<p>{escape(state)}</p>{bar}<table class='fields'>{items}</table>"


def partnership_html(d) -> str:
    p = d.partnership
    sub = " · ".join(x for x in [format_value("partnership", "scheme", p.scheme), p.programme,
                                 format_value("partnership", "status", p.status), _period(p)] if x)
    out = [_header(p.label, sub)]
    if p.description:
        out.append(f"<p>{escape(p.description)}</p>")
    out.append(_fields("partnership", p, ["total_budget", "eu_contribution", "website", "topics", "external_ref",
                                          "notes"]))
    change = action_link("links", "partnership", p.id, _T("Details", "Change…"))
    sectors = ", ".join(record_link("sector", s.id, record_label("sector", s)) for s in d.sectors)
    out.append(_section(_T("Details", "Sectors"), f"<p>{sectors}</p>" if sectors
                        else _none(_T("Details", "No sector linked yet.")), extra=change))
    add = action_link("new-participant", "partnership", p.id, _T("Details", "Add participant…"))
    if d.participants:
        parts, role = [], None
        for part in d.participants:  # coordinator first, then by role
            if part.role != role:
                role = part.role
                parts.append(f'<p class="role">{escape(format_value("participant", "role", role))}</p>')
            region = (record_link("region", part.region.id, record_label("region", part.region))
                      if part.region else escape(part.stakeholder.country or ""))
            parts.append(_item(record_link("stakeholder", part.stakeholder.id, part.stakeholder.name),
                               [region, escape(format_money(part.contribution))],
                               [action_link("edit", "participant", part.participant_id, _T("Details", "Edit")),
                                action_link("delete", "participant", part.participant_id, _T("Details", "Remove"))]))
        body = "".join(parts)
    else:
        body = _none(_T("Details", "No participant yet."))
    out.append(_section(_T("Details", "Participants"), body, len(d.participants), add))
    add_region = action_link("new-partner_region", "partnership", p.id, _T("Details", "Add partner region…"))
    if d.regions:
        body = "".join(_item(record_link("region", r.region.id, record_label("region", r.region)),
                             [escape(format_value("partner_region", "role", r.role))],
                             [action_link("delete", "partner_region", r.link_id, _T("Details", "Remove"))])
                       for r in d.regions)
    else:
        body = _none(_T("Details", "No partner region yet."))
    out.append(_section(_T("Details", "Partner regions"), body, len(d.regions), add_region))
    out.append(_section(_T("Details", "Timeline"), _timeline(p, d.interactions)))
    log = action_link("new-interaction", "partnership", p.id, _T("Details", "Log an interaction…"))
    out.append(_section(_T("Details", "Interactions"), _interaction_list(d.interactions), len(d.interactions), log))
    out.append(_provenance("partnership", p))
    return "".join(out)


def sector_html(d) -> str:
    s = d.sector
    language = i18n.current_language()
    description = s.description_it if language == "it" else s.description_en
    out = [_header(record_label("sector", s), " · ".join([s.code, format_value("sector", "kind", s.kind)]))]
    if description:
        out.append(f"<p>{escape(description)}</p>")
    rows = []
    if d.parent:
        rows.append((field_label("sector", "parent_id"), record_link("sector", d.parent.id, record_label("sector", d.parent))))
    if d.children:
        rows.append((_T("Details", "Sub-areas"), ", ".join(record_link("sector", c.id, record_label("sector", c))
                                                            for c in d.children)))
    if d.kets:
        rows.append((_T("Details", "Key enabling technologies"), escape(", ".join(record_label("ket", k) for k in d.kets))))
    out.append(_rows(rows))
    show_all = action_link("list-stakeholders", "sector", s.id, _T("Details", "Show them all in the list"))
    people = "".join(_item(record_link("stakeholder", st.id, st.name)) for st in d.stakeholders)
    out.append(_section(_T("Details", "Organisations"), people if people
                        else _none(_T("Details", "No organisation in this sector yet.")), len(d.stakeholders), show_all))
    deals = "".join(_item(record_link("partnership", p.id, p.label)) for p in d.partnerships)
    out.append(_section(_T("Details", "Partnerships"), deals if deals
                        else _none(_T("Details", "No partnership in this sector yet.")), len(d.partnerships)))
    return "".join(out)


def region_html(d) -> str:
    r = d.region
    level = _T("Details", "NUTS level {0}").format(r.level) if r.level else _T("Details", "Country")
    out = [_header(record_label("region", r), " · ".join([level, r.country_code]))]
    if d.parent:
        out.append(_rows([(_T("Details", "Part of"), record_link("region", d.parent.id, record_label("region", d.parent)))]))
    deals = "".join(_item(record_link("partnership", p.id, p.label)) for p in d.partnerships)
    out.append(_section(_T("Details", "Partnerships"), deals if deals
                        else _none(_T("Details", "No partnership involves this region yet.")), len(d.partnerships)))
    show_all = action_link("list-stakeholders", "region", r.id, _T("Details", "Show them all in the list"))
    people = "".join(_item(record_link("stakeholder", s.id, s.name), [escape(s.city or "")]) for s in d.stakeholders)
    more = ""
    if d.stakeholder_count > len(d.stakeholders):
        more = _none(_T("Details", "…and {0} more.").format(d.stakeholder_count - len(d.stakeholders)))
    out.append(_section(_T("Details", "Organisations"), (people + more) if people
                        else _none(_T("Details", "No organisation located here yet.")), d.stakeholder_count, show_all))
    return "".join(out)


def interaction_html(d) -> str:
    i = d.interaction
    out = [_header(i.subject, " · ".join([format_date(i.date), format_value("interaction", "kind", i.kind)]))]
    if i.notes:
        out.append(f"<p>{escape(i.notes).replace(chr(10), '<br>')}</p>")
    attach = action_link("new-interaction_stakeholder", "interaction", i.id, _T("Details", "Attach an organisation…"))
    if d.stakeholders:
        body = "".join(_item(record_link("stakeholder", s.id, s.name), [escape(s.city or "")],
                             [action_link("unlink-stakeholder", "interaction", s.id, _T("Details", "Detach"))])
                       for s in d.stakeholders)
    else:
        body = _none(_T("Details", "No organisation attached."))
    out.append(_section(_T("Details", "Organisations"), body, len(d.stakeholders), attach))
    attach = action_link("new-interaction_partnership", "interaction", i.id, _T("Details", "Attach a partnership…"))
    if d.partnerships:
        body = "".join(_item(record_link("partnership", p.id, p.label), [],
                             [action_link("unlink-partnership", "interaction", p.id, _T("Details", "Detach"))])
                       for p in d.partnerships)
    else:
        body = _none(_T("Details", "No partnership attached."))
    out.append(_section(_T("Details", "Partnerships"), body, len(d.partnerships), attach))
    add = action_link("new-action", "interaction", i.id, _T("Details", "Add follow-up action…"))
    if d.actions:
        body = "".join(_item(("☑ " if a.done else "☐ ") + escape(a.text),
                             [escape(_T("Details", "done") if a.done else _T("Details", "open")),
                              escape(a.owner or ""),
                              escape(_T("Details", "due {0}").format(format_date(a.due_date))) if a.due_date else ""],
                             [action_link("edit", "action", a.id, _T("Details", "Edit")),
                              action_link("delete", "action", a.id, _T("Details", "Remove"))])
                       for a in d.actions)
    else:
        body = _none(_T("Details", "No follow-up action."))
    out.append(_section(_T("Details", "Follow-up actions"), body, len(d.actions), add))
    out.append(_provenance("interaction", i))
    return "".join(out)


RENDER = {"stakeholder": stakeholder_html, "partnership": partnership_html, "sector": sector_html,
          "region": region_html, "interaction": interaction_html}


def style_sheet(palette: QPalette) -> str:
    text = palette.color(QPalette.ColorRole.Text).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    link = palette.color(QPalette.ColorRole.Link).name()
    line = palette.color(QPalette.ColorRole.Mid).name()
    accent = palette.color(QPalette.ColorRole.Highlight).name()
    return f"""
        body {{ color: {text}; }}
        h2 {{ font-size: x-large; font-weight: 600; margin-bottom: 2px; }}
        h3 {{ font-size: medium; font-weight: 600; margin-top: 16px; margin-bottom: 4px; }}
        h3 a {{ font-weight: normal; font-size: small; }}
        p.sub {{ color: {muted}; margin-top: 0px; }}
        p.none {{ color: {muted}; font-style: italic; }}
        p.meta {{ color: {muted}; font-size: small; margin-top: 18px; }}
        span.count {{ color: {muted}; font-weight: normal; }}
        span.tag {{ color: {muted}; font-size: small; }}
        td.label, span.label {{ color: {muted}; padding-right: 14px; }}
        table.fields td {{ padding: 2px 14px 2px 0px; }}
        td.label {{ white-space: nowrap; }}
        p.item {{ margin-top: 3px; margin-bottom: 5px; }}
        p.item span.sub {{ color: {muted}; }}
        p.item span.acts {{ font-size: small; }}
        p.role {{ color: {muted}; margin-top: 8px; margin-bottom: 2px; font-size: small; font-weight: 600; }}
        table.bar td.done {{ background-color: {accent}; }}
        table.bar td.todo {{ background-color: {line}; }}
        a {{ color: {link}; text-decoration: none; }}
    """


class DetailView(QTextBrowser):
    """Shows one record; emits ``link_activated`` with the parsed link when one is followed."""

    link_activated = Signal(str, str, str, object)  # 'record' or 'do', action, kind, id
    shown = Signal(str, object)  # kind, id: a record's detail is on screen
    missing = Signal(str, object)  # the record is gone

    def __init__(self, worker, db, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._db = db
        self.kind: str | None = None
        self.record_id: uuid.UUID | None = None
        self.detail = None
        self._request = 0
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        self.document().setDocumentMargin(14)
        self._apply_style()
        self.setObjectName("detail")
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(_T("DetailView", "Details of the selected record"))
        self.setAccessibleDescription(_T("DetailView", "Press Tab to move between links, Enter to follow one."))
        self._render()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
            self._render()
        super().changeEvent(event)

    def _apply_style(self) -> None:
        self.document().setDefaultStyleSheet(style_sheet(self.palette()))

    def show_record(self, kind: str, rec_id) -> None:
        self.kind, self.record_id = kind, rec_id
        self._request += 1
        request = self._request
        self._worker.submit(fetch_detail, self._db, kind, rec_id,
                            on_done=lambda detail: self._arrived(request, detail),
                            on_error=lambda exc: self._failed(request, exc))

    def refresh(self) -> None:
        if self.kind and self.record_id:
            self.show_record(self.kind, self.record_id)

    def clear_record(self, message: str = "") -> None:
        self._request += 1
        self.kind = self.record_id = self.detail = None
        self._placeholder = message
        self._render()

    def _arrived(self, request: int, detail) -> None:
        if request != self._request:
            return
        self.detail = detail
        scroll = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(scroll)
        self.shown.emit(self.kind, self.record_id)

    def _failed(self, request: int, exc) -> None:
        if request != self._request:
            return
        if isinstance(exc, ops.NotFoundError):
            kind, rec_id = self.kind, self.record_id
            self.clear_record(_T("DetailView", "This {0} no longer exists; it may have been deleted.")
                              .format(kind_name(kind)))
            self.missing.emit(kind, rec_id)
        else:
            self.clear_record(i18n.error_text(exc))

    def _render(self) -> None:
        if self.detail is not None and self.kind in RENDER:
            self.setHtml(RENDER[self.kind](self.detail))
        elif self.kind is None:
            message = getattr(self, "_placeholder", "") or _T("DetailView", "Select a record to see its details.")
            self.setHtml(f'<p class="none" align="center"><br><br>{escape(message)}</p>')

    def _follow(self, url: QUrl) -> None:
        text = url.toString()
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        parsed = parse_link(text)
        if parsed:
            self.link_activated.emit(*parsed)
