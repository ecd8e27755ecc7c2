"""Marking user-facing text of the data layer for Qt's translation tools without importing Qt.

``pyside6-lupdate`` collects ``QT_TRANSLATE_NOOP(context, text)`` calls from Python sources;
the GUI translates the English text at display time with ``QCoreApplication.translate``.
The data layer itself always speaks English.

A marked text is a :class:`Text`: a plain ``str`` that remembers its context. Filling in its
placeholders with ``format`` gives a :class:`Message`: the English sentence, still a plain
``str`` for the command line and the files it writes, which also remembers its template and
values — so the window can say the same sentence in the officer's language, however deep in an
import report it ends up.
"""

from __future__ import annotations


class Text(str):
    """An English text marked for translation in ``context``."""

    context: str

    def __new__(cls, context: str, text: str) -> Text:
        self = super().__new__(cls, text)
        self.context = context
        return self

    def format(self, *args, **params) -> Message:  # noqa: A003 - str's own name, on purpose
        if args:
            raise TypeError("marked texts take named placeholders only")
        return Message(self, params)

    def __reduce__(self):
        return Text, (self.context, str(self))


class Message(str):
    """A marked template filled in: English as a ``str``, with ``template`` and ``params`` kept
    for translation. A value may itself be a Text or a Message (translated in turn)."""

    template: Text
    params: dict

    def __new__(cls, template: Text, params: dict) -> Message:
        self = super().__new__(cls, str.format(template, **params))
        self.template, self.params = template, params
        return self

    def __reduce__(self):
        return Message, (self.template, self.params)


def said(e: BaseException) -> str:
    """What an exception says, for another sentence to include: its Message or Text as raised
    (still translatable), else its text."""
    first = e.args[0] if len(e.args) == 1 else None
    return first if isinstance(first, Text | Message) else str(e)


def joined(parts: list[str], separator: str = "; ") -> Message:
    """Several texts as one, each still translatable."""
    keys = [f"p{n}" for n in range(len(parts))]
    template = Text("", separator.join("{" + k + "}" for k in keys))  # no context: nothing to translate
    return Message(template, dict(zip(keys, parts, strict=True)))


def plural(count: int, one: str, many: str) -> str:
    """'1 entry', '3 entries': a count in plain English, for the command line and files."""
    return f"{count} {one if count == 1 else many}"


def counted(count: int, one: Text, many: Text, **params) -> Message:
    """``one`` or ``many`` filled in, as ``count`` asks ("1 project gives", "3 projects give"):
    English and Italian both have one singular form. The count is the ``count`` placeholder."""
    return (one if count == 1 else many).format(count=count, **params)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # noqa: N802 - the name lupdate looks for
    return Text(context, text)
