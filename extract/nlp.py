"""The spaCy pipeline: blank ``zh`` with the jieba segmenter and kg's own components.

This is the only module that imports spaCy and jieba.  Components are registered by
name, so a user can build the same pipeline through spaCy's config::

    import extract.nlp  # registers the components
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in extract.nlp.COMPONENTS:
        nlp.add_pipe(name)

Each line of a plan is one ``Doc`` of its *normal form* (same length as the original);
the components attach typed records to ``doc._``:

- ``kg_clauses``: responsibility clauses (:class:`extract.clauses.Clause`),
- ``kg_team``: a work team set up on the line (:class:`extract.teams.TeamParse`).

Quantities need no segmentation and are read by :mod:`extract.quantities` directly.

jieba's word boundaries decide where a unit may start when a clause runs a unit name
into other words (``具体任务均涉及相关市(州)人民政府``).  The components ask for them
lazily, and what they compute is a function of a line (:mod:`extract.components`), so
extraction makes a ``Doc`` (and imports this module, spaCy and jieba) only for a line
whose boundaries are asked for (:func:`segment`).  Start-up matters: jieba loads a
small dictionary (``resources/jieba_small.txt``: frequent words plus the lexicon)
instead of its 349k-word default.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .components import COMPONENTS, LazyBoundaries, line_clauses, line_team, needs_nlp

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["COMPONENTS", "get_nlp", "needs_nlp", "process", "segment", "token_starts"]

_REGISTERED = False


def token_starts(doc: Doc) -> frozenset[int]:
    """Character offsets where a jieba token starts (plus the end of the text)."""
    from spacy.attrs import IDX

    starts: list[int] = [int(x) for x in doc.to_array([IDX]).ravel()] if len(doc) else []
    starts.append(len(_text(doc)))
    return frozenset(starts)


def _text(doc: Doc) -> str:
    """The doc's text: ``doc.text`` rebuilds it from tokens on each call, so it is kept once."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def _import_spacy() -> None:
    """Import spaCy without its command-line package.

    ``import spacy`` imports ``spacy.cli`` (typer, weasel, requests, ...) only to offer
    ``spacy.info``: 0.25 s of CPU and 18 MB that kg never uses, a fifth of a cold ``kg build``.
    Placeholders stand in for ``spacy.cli`` and ``spacy.cli.info`` while spaCy is imported and are
    forgotten right after, so ``import spacy.cli`` later imports the real package, and anything
    asked of a placeholder (``spacy.info()``) is answered by the real one.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    import importlib
    import types

    placeholders: dict[str, types.ModuleType] = {}

    def real(name: str) -> types.ModuleType:
        forget()
        return importlib.import_module(name)

    def forget() -> None:
        for name, mod in placeholders.items():
            if sys.modules.get(name) is mod:
                del sys.modules[name]

    def info(*args: object, **kwargs: object) -> object:
        return real("spacy.cli.info").info(*args, **kwargs)

    def delegate(name: str) -> Callable[[str], object]:
        def __getattr__(attr: str) -> object:
            if attr.startswith("__"):  # the import system asking (__path__, __spec__...): not a user
                raise AttributeError(attr)
            return getattr(real(name), attr)

        return __getattr__

    for name in ("spacy.cli", "spacy.cli.info"):
        mod = placeholders[name] = types.ModuleType(name)
        setattr(mod, "__getattr__", delegate(name))  # noqa: B010  (PEP 562: the module's own __getattr__)
    placeholders["spacy.cli.info"].info = info  # type: ignore[attr-defined]
    placeholders["spacy.cli"].info = placeholders["spacy.cli.info"]  # type: ignore[attr-defined]
    sys.modules.update(placeholders)
    try:
        import spacy  # noqa: F401
    finally:
        forget()


def _import_jieba() -> None:
    """Import jieba without ``pkg_resources`` (deprecated; 0.1 s and 10 MB to import).

    jieba only uses it to open its own data files, and opens them by path when it is missing.
    """
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail
    try:
        import jieba  # noqa: F401
    finally:
        if "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]


def _register() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    _import_spacy()
    from spacy.language import Language
    from spacy.tokens import Doc

    for name in COMPONENTS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)

    @Language.component("kg_clauses")
    def kg_clauses(doc: Doc) -> Doc:
        doc._.kg_clauses = line_clauses(_text(doc), LazyBoundaries(lambda: token_starts(doc)))
        return doc

    @Language.component("kg_team")
    def kg_team(doc: Doc) -> Doc:
        doc._.kg_team = line_team(_text(doc), LazyBoundaries(lambda: token_starts(doc)))
        return doc

    _REGISTERED = True


def _configure_jieba() -> None:
    _import_jieba()
    import jieba

    jieba.setLogLevel(logging.WARNING)
    path = resources.files("extract").joinpath("resources/jieba_small.txt")
    jieba.set_dictionary(str(path))
    jieba.initialize()


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The kg pipeline (cached): ``spacy.blank("zh")`` with jieba and kg's components."""
    _configure_jieba()
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def segment(text: str) -> frozenset[int]:
    """Where the pipeline's tokenizer starts a token in ``text`` (plus its end): a ``Doc`` made for it.

    This is what :func:`extract.mentions.read_mentions` calls for the few lines whose boundaries
    a component asks for; it loads spaCy and jieba on first use.
    """
    return token_starts(_doc(get_nlp(), text))


def process(texts: Iterable[str]) -> Iterator[Doc | None]:
    """Run the pipeline over lines, in one ``nlp.pipe``; lines with no clause hint give ``None`` without segmenting.

    Each ``Doc`` keeps its line's text, so the components need not rebuild it from tokens.  (Extraction calls
    the components' functions on each line directly and segments only the lines whose word boundaries a
    component asks for, which gives the same records: see :mod:`extract.components`.  Sending those lines
    through ``nlp.pipe`` instead was measured: each is first read until a component asks, then read again by
    the pipeline, 13% more CPU for :func:`extract.mentions.read_mentions` on the 40 test plans that have such
    lines.)
    """
    nlp = get_nlp()
    texts = list(texts)
    hinted = [needs_nlp(text) for text in texts]
    docs = iter(nlp.pipe(_doc(nlp, text) for text, want in zip(texts, hinted, strict=True) if want))
    for want in hinted:
        yield next(docs) if want else None


def _doc(nlp: Language, text: str) -> Doc:
    """The tokens of ``text``, its text kept (``doc.text`` would rebuild it from them)."""
    doc = nlp.make_doc(text)
    doc.user_data["kg_text"] = text
    return doc


_register()
