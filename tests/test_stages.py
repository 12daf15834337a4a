"""Known answers of the stage functions that extract_raw composes, called on records directly."""

from __future__ import annotations

from extract.components import LazyBoundaries, line_team
from extract.duties import dedupe_duties, drop_cut_off_clause, duty_at
from extract.entities import group_units
from extract.lexicon import load_lexicon
from extract.mentions import read_mentions
from extract.nlp import get_nlp, needs_nlp
from extract.outline import outline_of
from extract.read import normalise
from extract.records import Duty, Role, UnitKind
from extract.rosters import read_rosters
from extract.structure import Line, parse_structure, split_lines
from extract.teams import work_teams

from .conftest import DATA, EXAMPLE


def _lines(text: str) -> list[Line]:
    return split_lines(text, normalise(text))


def _unit_duty(ln: Line, unit: str, role: Role = Role.lead) -> Duty:
    a = ln.text.index(unit)
    return duty_at(ln, a, a + len(unit), role, clause=ln.span(), task_line=None)


def test_outline_places_each_line_under_its_heading_and_annex() -> None:
    lines = _lines("临湘市人民政府办公室\n2024年3月1日\n一、目标\n1.任务。\n市发改局牵头。\n附件1\n一、分工\n内容。")
    outline = outline_of(parse_structure(lines))
    assert outline.task_line_of(5) == 4 and outline.task_line_of(4) == 4
    assert outline.annex_of(8) == 6 and outline.annex_of(5) is None
    assert 2 in outline.header_lines


def test_drop_cut_off_clause_and_dedupe() -> None:
    lines = _lines("1.甲。(市发改局牵头)\n2.乙。市财政局负责;市发改局、市住建局")
    duties = [_unit_duty(lines[0], "市发改局"), _unit_duty(lines[0], "市发改局"),
              _unit_duty(lines[1], "市财政局"), _unit_duty(lines[1], "市住建局")]
    assert [d.unit for d in dedupe_duties(duties)] == ["市发改局", "市财政局", "市住建局"]
    # the text ends inside a sentence: the duties of that sentence go, those before its last ; stay
    outline = outline_of(parse_structure(lines))
    assert [d.unit for d in drop_cut_off_clause(duties, lines, outline)] == ["市发改局", "市发改局", "市财政局"]


def test_group_units_one_entity_per_organisation() -> None:
    text = "临湘市农村商业银行、市农村商业银行、市场监督管理局、市市场监督管理局、国家发展和改革委员会(以下简称“国家发展改革委”)、国家发展改革委、王五"
    ln = _lines(text)[0]
    duties = [_unit_duty(ln, u) for u in ("临湘市农村商业银行", "市农村商业银行", "市场监督管理局", "市市场监督管理局",
                                          "国家发展和改革委员会", "国家发展改革委")]
    duties.append(_unit_duty(ln, "王五", Role.supervisor))
    units, key_map = group_units(duties, locality="临湘市", norm=normalise(text), kind_hint={}, lex=load_lexicon())
    assert key_map["临湘市农村商业银行"] == key_map["市农村商业银行"]
    assert key_map["市场监督管理局"] == key_map["市市场监督管理局"]
    assert key_map["国家发展和改革委员会"] == key_map["国家发展改革委"]
    assert len(units) == 4
    assert next(u.kind for u in units if u.name == "王五") is UnitKind.person


def test_a_roster_belongs_to_the_team_set_up_before_it() -> None:
    lines = _lines("为加强领导,成立临湘市优化营商环境工作领导小组。\n组  长:张三 市人民政府市长\n成员单位:市发改局、市财政局")
    outline = outline_of(parse_structure(lines))
    lex = load_lexicon()
    roster = read_rosters([(ln.number, ln.norm) for ln in lines], lex, frozenset(outline.heading_at))
    teams = work_teams(roster, [], lines, outline, lex)
    assert [(t.key, t.name, t.kind) for t in teams.teams] == [("L1", "临湘市优化营商环境工作领导小组", "leading_group")]
    assert [(d.unit, d.role.value, d.team) for d in teams.duties] == [
        ("市人民政府市长", "leader", "L1"), ("市发改局", "member", "L1"), ("市财政局", "member", "L1")]
    assert teams.kind_hint == {"市人民政府市长": UnitKind.position}


def test_mentions_are_those_of_the_spacy_pipeline() -> None:
    """read_mentions runs the components' functions on each line and segments a line only when a component
    asks where its words start; the clauses and teams are those the spaCy pipeline puts on each line's Doc,
    and jieba's boundaries are used where they matter (without them 责干部 of 其他负责干部 is read as a unit)."""
    town = DATA / "corpus" / "plans" / "town-2023-civilized-city-group.txt"
    nlp = get_nlp()
    for plan in (EXAMPLE, town):
        lines = [ln for ln in _lines(plan.read_text(encoding="utf-8")) if ln.norm.strip()]
        found = read_mentions(lines)
        hinted = [ln for ln in lines if needs_nlp(ln.norm)]
        docs = list(nlp.pipe(ln.norm for ln in hinted))
        assert len(found.clauses) == len(hinted) > 1
        assert [(ln, tuple(d._.kg_clauses)) for ln, d in zip(hinted, docs, strict=True)] == list(found.clauses)
        assert [(ln, d._.kg_team) for ln, d in zip(hinted, docs, strict=True) if d._.kg_team] == list(found.teams)
    line = next(ln for ln in lines if "由党委书记任组长" in ln.norm)
    team = dict(found.teams)[line]
    assert "责干部" not in [line.norm[m.start : m.end] for m in team.mentions]
    every = LazyBoundaries(lambda: frozenset(range(len(line.norm) + 1)))
    without = line_team(line.norm, every)
    assert without is not None and "责干部" in [line.norm[m.start : m.end] for m in without.mentions]



def test_process_runs_the_pipeline_with_nlp_pipe_on_the_hinted_lines(monkeypatch) -> None:
    """extract.nlp.process sends the lines with a clause hint, and only those, through one nlp.pipe (the
    registered components run on each Doc); a line without a hint gives None; the Docs carry what
    read_mentions finds on the same lines."""
    from spacy.language import Language

    from extract.nlp import process

    piped: list[list[str]] = []
    pipe = Language.pipe

    def spy(self, texts, **kw):
        docs = list(texts)
        piped.append([d.user_data["kg_text"] for d in docs])
        return pipe(self, docs, **kw)

    monkeypatch.setattr(Language, "pipe", spy)
    town = [ln for ln in _lines((DATA / "corpus" / "plans" / "town-2023-civilized-city-group.txt")
                                .read_text(encoding="utf-8")) if ln.norm.strip()]
    docs = list(process(ln.norm for ln in town))
    hinted = [ln for ln in town if needs_nlp(ln.norm)]
    assert piped == [[ln.norm for ln in hinted]] and len(hinted) < len(town)
    assert [d is None for d in docs] == [not needs_nlp(ln.norm) for ln in town]
    found = read_mentions(town)
    assert [(ln, tuple(d._.kg_clauses)) for ln, d in zip(town, docs, strict=True) if d is not None] == list(found.clauses)
    assert [(ln, d._.kg_team) for ln, d in zip(town, docs, strict=True) if d is not None and d._.kg_team] == list(
        found.teams)


def test_a_reader_failing_on_one_line_is_said_and_the_rest_is_read(monkeypatch) -> None:
    # a fault of kg's on one line (as an unclosed bracket once raised IndexError) must not lose the plan
    from extract import mentions
    from extract.pipeline import extract_text

    real = mentions.line_clauses

    def failing(text, boundaries):
        if "县财政局" in text:
            raise IndexError("string index out of range")
        return real(text, boundaries)

    monkeypatch.delenv("KG_RAISE", raising=False)  # (the tests raise on a reader's fault; a user's build says it)
    monkeypatch.setattr(mentions, "line_clauses", failing)
    ex = extract_text("一、重点任务\n1.加快建设。(县发改局牵头)\n2.保障资金。(县财政局牵头)\n")
    assert [(d.span.line, d.unit) for d in ex.duties] == [(2, "县发改局")]
    assert [(w.code, w.line) for w in ex.warnings if w.code == "W105"] == [("W105", 3)]
    assert "IndexError" in next(w.message for w in ex.warnings if w.code == "W105")


def test_a_stage_failing_is_said_and_the_other_stages_still_read(monkeypatch) -> None:
    # the table and roster readers and the target finder are guarded too: a fault in one loses only what it reads
    from extract import pipeline, targets
    from extract.pipeline import extract_text

    def broken(*args, **kwargs):
        raise ValueError("a fault of kg's")

    real = targets.line_indicators

    def fails_on_one_line(lines, outline, lex):
        lines = list(lines)
        if any("2亿元" in ln.norm for ln in lines):
            raise KeyError("a fault of kg's")
        return real(lines, outline, lex)

    monkeypatch.delenv("KG_RAISE", raising=False)
    monkeypatch.setattr(pipeline, "read_tables", broken)
    monkeypatch.setattr(pipeline, "read_rosters", broken)
    monkeypatch.setattr(pipeline, "line_indicators", fails_on_one_line)
    monkeypatch.setattr(pipeline, "read_coverage", broken)
    ex = extract_text("一、重点任务\n1.新增企业45家。(县发改局牵头)\n2.完成投资2亿元。(县财政局牵头)\n")
    assert [(d.span.line, d.unit) for d in ex.duties] == [(2, "县发改局"), (3, "县财政局")]
    assert [(i.span.line, i.value) for i in ex.indicators] == [(2, "45")]
    said = [(w.line, w.message.split(" (")[0]) for w in ex.warnings if w.code == "W105"]
    assert said == [(None, "kg failed to read the tables"), (None, "kg failed to read the rosters"),
                    (None, "kg failed to read what was left unread"),
                    (3, "kg failed to read the targets of this line")]
    assert ex.coverage.role_lines == 0  # (not counted: said instead)
