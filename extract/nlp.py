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
- ``kg_team``: a work team set up on the line (:class:`extract.teams.TeamParse`),
- ``kg_quantities``: quantified targets (:class:`extract.quantities.Quantity`).

jieba's word boundaries decide where a unit may start when a clause runs a unit name
into other words (``具体任务均涉及相关市(州)人民政府``).  Start-up matters: jieba loads a
small dictionary (``resources/jieba_small.txt``: frequent words plus the lexicon)
instead of its 349k-word default.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .clauses import find_clauses
from .lexicon import load_lexicon
from .quantities import find_quantities
from .structure import _heading_marker
from .teams import find_team, mentions_team

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["COMPONENTS", "get_nlp", "token_starts"]

COMPONENTS = ("kg_clauses", "kg_team", "kg_quantities")
_REGISTERED = False


def token_starts(doc: Doc) -> frozenset[int]:
    """Character offsets where a jieba token starts (plus the end of the text)."""
    starts = [t.idx for t in doc]
    if doc:
        last = doc[-1]
        starts.append(last.idx + len(last))
    return frozenset(starts)


def _text(doc: Doc) -> str:
    """``doc.text`` rebuilds the string from tokens on every call; compute it once per doc."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def _register() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.language import Language
    from spacy.tokens import Doc

    for name in ("kg_clauses", "kg_team", "kg_quantities"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)

    @Language.component("kg_clauses")
    def kg_clauses(doc: Doc) -> Doc:
        text = _text(doc)
        if any(w in text for w in ("牵头", "负责", "负責", "配合", "参与", "單位", "单位", "分工", "领导", "协办", "协助", "主抓", "分管")):
            is_heading = _heading_marker(text) is not None
            doc._.kg_clauses = find_clauses(text, is_heading=is_heading, boundaries=token_starts(doc))
        else:
            doc._.kg_clauses = []
        return doc

    @Language.component("kg_team")
    def kg_team(doc: Doc) -> Doc:
        text = _text(doc)
        doc._.kg_team = find_team(text, boundaries=token_starts(doc)) if mentions_team(text) else None
        return doc

    @Language.component("kg_quantities")
    def kg_quantities(doc: Doc) -> Doc:
        doc._.kg_quantities = find_quantities(_text(doc))
        return doc

    _REGISTERED = True


def _configure_jieba() -> None:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    path = resources.files("extract").joinpath("resources/jieba_small.txt")
    jieba.set_dictionary(str(path))
    for word in load_lexicon().segmentation_words():
        jieba.add_word(word)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The kg pipeline (cached): ``spacy.blank("zh")`` with jieba and kg's components."""
    _configure_jieba()
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


_register()
