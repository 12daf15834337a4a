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
into other words (``具体任务均涉及相关市(州)人民政府``).  Start-up matters: jieba loads a
small dictionary (``resources/jieba_small.txt``: frequent words plus the lexicon)
instead of its 349k-word default.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .clauses import find_clauses
from .lexicon import _alt, load_lexicon
from .structure import _heading_marker
from .teams import find_team, mentions_team

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["COMPONENTS", "get_nlp", "needs_nlp", "process", "token_starts"]

COMPONENTS = ("kg_clauses", "kg_team")
# words without which a line holds no responsibility clause and no team: such lines are not segmented
_REGISTERED = False


@lru_cache(maxsize=1)
def _hints() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Strong hints (a role word, label or team word) and weak ones (a weak role word in brackets)."""
    lex = load_lexicon()
    words = set(lex.lead + lex.co + lex.responsible + lex.lead_before_co + lex.labels + lex.team_words) - lex.weak
    words |= {label for label, _ in lex.roster} | set(lex.person_labels)
    words |= {"单位", "办公室设", "主抓", "分管", "领导", "职责"}
    by = "|".join(re.escape(w) for w in lex.by_words)
    suffixes = "|".join(re.escape(w) for w in sorted(lex.unit_suffixes, key=len, reverse=True))
    strong = re.compile("|".join([*(re.escape(w) for w in sorted(words, key=len, reverse=True)),
                                  *([rf"由[^,;。]{{2,40}}?(?:{by})"] if by else []),
                                  rf"^[^:,;。]{{0,120}}(?:{suffixes})(?::|。?\s*$)",  # 县财政局:保证…, (1)市林业局。
                                  rf"(?:{suffixes})(?:{_alt(lex.co_before_lead)})"]))  # 县交通局协助卫生行政部门…
    weak = re.compile(r"[(\[〔【][^()\[\]〔〕【】]*(?:" + "|".join(re.escape(w) for w in sorted(lex.weak)) + ")")
    return strong, weak


def needs_nlp(text: str) -> bool:
    """True if the line (in its normal form) may hold a clause or a team: only those are segmented."""
    strong, weak = _hints()
    return strong.search(text) is not None or weak.search(text) is not None


class _Boundaries:
    """Token start offsets of a doc, computed on first use (most clauses never need them)."""

    __slots__ = ("_doc", "_set")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._set: frozenset[int] | None = None

    def __contains__(self, k: object) -> bool:
        if self._set is None:
            self._set = token_starts(self._doc)
        return k in self._set


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
        text = _text(doc)
        is_heading = _heading_marker(text) is not None
        doc._.kg_clauses = find_clauses(text, is_heading=is_heading, boundaries=_Boundaries(doc))  # type: ignore[arg-type]
        return doc

    @Language.component("kg_team")
    def kg_team(doc: Doc) -> Doc:
        text = _text(doc)
        doc._.kg_team = find_team(text, boundaries=_Boundaries(doc)) if mentions_team(text) else None  # type: ignore[arg-type]
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


def process(texts: Iterable[str]) -> Iterator[Doc | None]:
    """Run the pipeline over lines; lines with no clause hint give ``None`` without segmenting.

    Equivalent to ``nlp.pipe`` on the hinted lines, with each doc's text kept so components
    need not rebuild it from tokens.
    """
    nlp = get_nlp()
    procs = [proc for _, proc in nlp.pipeline]
    for text in texts:
        if not needs_nlp(text):
            yield None
            continue
        doc = nlp.make_doc(text)
        doc.user_data["kg_text"] = text
        for proc in procs:
            doc = proc(doc)
        yield doc


_register()
