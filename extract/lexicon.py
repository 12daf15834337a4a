"""The lexicon of official-writing patterns (``resources/lexicon.toml``) and its regexes."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import cast

from .records import LabelClass, Role, RoleClass

__all__ = ["Lexicon", "load_lexicon"]


def _alt(words: list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> str:
    """A regex matching any of ``words`` (escaped), the longest at a place, written as a trie
    (牵(?:头(?:负责)?)…): the engine tries one branch at each place instead of every word, and a pattern
    that opens with it skips to the places holding a first character.  Matches as the alternation of
    the words longest first does."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(root)


def _trie(node: dict) -> str:
    alts = [re.escape(ch) + _trie(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a word ends here: the longer ones are tried first (a greedy ?)
        return f"(?:{body})?" if len(alts) == 1 else body + "?"
    return body


@dataclass(frozen=True, eq=False)  # one instance (load_lexicon); hashed by identity in caches
class Lexicon:
    """Word lists of the lexicon, with the regexes built from them."""

    unit_suffixes: tuple[str, ...]
    position_suffixes: tuple[str, ...]
    chief_posts: tuple[str, ...]  # 河长, 林长: a chief system's posts, public with no level before them
    prefixes: tuple[str, ...]
    collective_openers: tuple[str, ...]
    sector_stems: frozenset[str]
    joined_tails: frozenset[str]
    collective_continuations: tuple[str, ...]
    not_units: frozenset[str]
    short_units: frozenset[str]  # two-character names a one-character suffix would refuse (建委, 交委)
    false_suffixes: tuple[str, ...]  # words that end like a suffix and name no body (格局)
    suffix_verbs: tuple[str, ...]  # words that open with a suffix character (处理): no unit ends inside one
    not_unit_words: tuple[str, ...]
    leading_words: tuple[str, ...]
    lead: tuple[str, ...]
    co: tuple[str, ...]
    responsible: tuple[str, ...]
    lead_labels: tuple[str, ...]
    unit_labels: tuple[str, ...]
    co_labels: tuple[str, ...]
    free_labels: tuple[str, ...]
    main_labels: frozenset[str]  # lead labels that lead only beside helpers (主要责任单位)
    supervisor_labels: tuple[str, ...]
    first_is_lead: tuple[str, ...]  # regular expressions
    weak: frozenset[str]
    co_before_lead: tuple[str, ...]
    lead_before_co: tuple[str, ...]
    name_openers: tuple[str, ...]  # 联合采购办公室: a pivot that may open a body's name
    lead_after_charge: tuple[str, ...]  # 负责牵头 / 负责主办: a lead word after 负责 makes the units lead
    work_openers: tuple[str, ...]  # 依法, 指导…: what a body's work opens with in a duty list with no role word
    notes: tuple[str, ...]
    team_words: tuple[str, ...]
    group_heads: tuple[str, ...]  # 带队, 挂帅: a body or post heading a group
    roster: tuple[tuple[str, Role], ...]  # (label, role), longest label first
    roster_only: frozenset[str]  # labels read at the head of a roster line only
    office_after: tuple[str, ...]
    office_between: tuple[tuple[str, str], ...]
    measures: tuple[str, ...]
    weak_measures: frozenset[str]
    min_bounds: tuple[str, ...]
    max_bounds: tuple[str, ...]
    words: tuple[str, ...]
    table_columns: tuple[tuple[str, str], ...] = ()  # (header word, column kind), longest word first
    seat_nouns: tuple[str, ...] = ()  # 1名联络员: a seat a unit fills, not a target
    staffing_words: tuple[str, ...] = ()  # 核定人员:…5人: staffing, not a target
    entitlement_words: tuple[str, ...] = ()  # 可申请最高不超过15万元: a policy's parameter, not a target
    share_measures: tuple[str, ...] = ()  # 机关25人、学校10人: a unit's share in a running-text list (not 所, 家)
    background_titles: tuple[str, ...] = ()  # 基本情况: a section of facts, whose figures are no targets
    background_endings: tuple[str, ...] = ()  # 河湖概况: such a title after its topic
    table_leader_verbs: tuple[str, ...] = ()
    leader_work: tuple[str, ...] = ()  # 主持, 分管…: what a leader named before it does
    leader_posts: tuple[str, ...] = ()  # 市长, 局长…: a leader's post (倪超副市长负责…: a supervisor)
    request_words: tuple[str, ...] = ()  # 要求, 责成: a body asking the units after it to do the work
    helper_openers: tuple[str, ...] = ()  # 积极, 并: words before a helper pivot that opens its clause
    page_chrome: tuple[str, ...] = ()  # 主办单位:… / 承办单位:… around a copied plan: the web page's labels
    surnames: str = ""  # 陆小香冯晖: two names with no separator split where a surname starts
    post_openers: tuple[str, ...] = ()  # 李智军政府副乡长: words that open a post as a prefix does
    person_labels: tuple[str, ...] = ()  # 行政责任人江海彬: the people answerable for a site
    by_words: tuple[str, ...] = ()  # 由X统筹: verbs that make the units after 由 responsible
    organ_suffixes: tuple[str, ...] = ()  # 局, 委, 办…: a government organ (not 学校, 中心)
    government_endings: tuple[str, ...] = ()  # 局, 政府, 部门…: the government's own bodies (not 镇, 街道, 室)
    project_parts: tuple[str, ...] = ()  # 县污水处理厂(二期): a project's phase in a bracket, no body's field
    aim_words: tuple[str, ...] = ()  # 力争, 目标: a clause naming its aim keeps its figure as a target
    member_columns: frozenset[str] = frozenset()  # 成员单位: a table's units written as a team's members
    duty_columns: tuple[str, ...] = ()  # 职责, 分工: a column of duties beside a bare 单位 column
    urged: frozenset[str] = frozenset()  # 落实属地责任: no duty after 要/应 (an exhortation)
    place_suffixes: tuple[str, ...] = ()  # 天津市 | 80: a place owns its row of a quota table
    quota_words: tuple[str, ...] = ()  # 下达任务面积: a quota column
    not_quota_words: tuple[str, ...] = ()  # 累计完成面积, 可种植面积: not a target column
    place_columns: tuple[str, ...] = ()  # 省(市) / 设区市: a quota table's column of places
    owner_columns: tuple[str, ...] = ()  # 单位 / 单位名称: a quota table's column of the units that own its figures
    column_bodies: tuple[str, ...] = ()  # 牵头负责司局: a role word + the kind of body a column lists
    prose_columns: frozenset[str] = frozenset()  # 成员单位 / 部门: column words only as a header's own cell
    clause_openers: tuple[str, ...] = ()  # 根据, 对…: verbs of work that open a sentence, not a body's work after its name
    prose_labels: frozenset[str] = frozenset()  # 相关部门: a label that is a noun of prose too (read with its colon)
    duty_fields: tuple[str, ...] = ()  # 消防, 安全生产: a field of work between a body and 职责 in a duty heading
    staff_work: tuple[str, ...] = ()  # 密集, 调配: the work on people after 负责人员 (负责 + 人员, not the staff in charge)
    level_ranks: dict[str, int] = field(default_factory=dict)  # 省 0, 市 1, 县 2, 镇 3: levels going down
    lead_marks: str = ""  # ★区发改委、统计局: a mark before a unit in a table cell makes it the lead
    # labels composed of a role word, a middle word and a body ([roles.label_parts]): (role, pattern) pairs
    composed_labels: tuple[tuple[str, str], ...] = ()

    def segmentation_words(self) -> list[str]:
        """Words jieba must keep whole."""
        return sorted(set(self.words) | set(self.unit_suffixes) | set(self.position_suffixes))

    @property
    def role_marker_re(self) -> re.Pattern[str]:
        return _role_marker_re(self)

    @property
    def unit_suffix_re(self) -> re.Pattern[str]:
        return _unit_suffix_re(self)

    @property
    def position_suffix_re(self) -> re.Pattern[str]:
        return _position_suffix_re(self)

    @property
    def share_piece_re(self) -> re.Pattern[str]:
        return _share_piece_re(self)

    @property
    def share_figure_re(self) -> re.Pattern[str]:
        return _share_figure_re(self)

    @property
    def lead_note_re(self) -> re.Pattern[str]:
        """A unit marked as lead by a note after it: 市发改委(牵头), 市政务服务中心(牵头单位) (match at the unit's end)."""
        return _lead_note_re(self)

    @property
    def first_is_lead_re(self) -> re.Pattern[str]:
        return _first_is_lead_re(self)

    @property
    def false_suffix_re(self) -> re.Pattern[str]:
        """A word that ends like a body's suffix and names none (格局, 社会, 调处)."""
        return _false_suffix_re(self)

    @property
    def work_re(self) -> re.Pattern[str]:
        """A verb of work (组织, 指导, 依法…): what a body's work opens with, and what no body's name holds."""
        return _work_re(self)

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label written out that introduces units or people (牵头单位, 责任单位, 分管市领导…)."""
        return self.lead_labels + self.unit_labels + self.co_labels + self.free_labels + self.supervisor_labels

    @property
    def label_pattern(self) -> str:
        """A regex (no group of its own) for every label: the written ones and those composed of their parts
        (配合推进单位, 牵头指导处室, 牵头责任领导), kept as a few alternations rather than each combination."""
        return _label_pattern(self)

    @property
    def roster_label_pattern(self) -> str:
        """A regex (no group of its own) for the roster labels (组长, 成员…), their characters possibly spaced out (组  长)."""
        return _roster_label_pattern(self)

    def role_of_marker(self, marker: str) -> RoleClass:
        """'lead', 'co' or 'responsible' for a role phrase matched by ``role_marker_re``.

        >>> lex = load_lexicon()
        >>> [lex.role_of_marker(w) for w in ("按职责分工牵头负责", "承办", "协办", "指导")]
        ['lead', 'lead', 'co', 'responsible']
        """
        roles = _marker_roles(self)
        if marker in roles:
            return roles[marker]
        if marker.startswith(("为", "作为")):  # 为联席会议牵头单位 is 为牵头单位's: the label it ends with decides
            for label in _labels_after_team(self):
                if marker.endswith(label):
                    return roles["为" + label] if "为" + label in roles else roles["作为" + label]
        raise KeyError(marker)  # (not a role phrase: 工作 in a column's header)

    def word_labels(self, *kinds: LabelClass) -> list[str]:
        """The labels of ``kinds`` of four characters or more (责任单位, 配合部门…): a bare role word as a label
        (牵头, 配合) is prose's too, so only these are read where no colon follows a label."""
        # (not 相关部门, 涉及单位: a label that is also a plain noun of prose is one only with its colon)
        return [w for w in self.labels if len(w) >= 4 and self.role_of_label(w) in kinds and w not in self.prose_labels]

    def role_of_label(self, label: str) -> LabelClass:
        """'lead', 'co', 'supervisor', 'free' or 'responsible' for a label matched by a label regex.

        >>> lex = load_lexicon()
        >>> [lex.role_of_label(w) for w in ("牵头单位", "配合推进单位", "牵头责任领导", "具体负责科室")]
        ['lead', 'co', 'supervisor', 'responsible']
        """
        if label in self.supervisor_labels:
            return "supervisor"
        if label in self.lead_labels:
            return "lead"
        if label in self.co_labels:
            return "co"
        if label in self.free_labels:
            return "free"
        role = next((role for role, rx in _composed_res(self) if rx.fullmatch(label)), "responsible")
        return cast(LabelClass, role)


# 市民政局为联席会议牵头单位, 综合执法局作为园区管理工作牵头部门: the team or the work whose lead (or co, or
# responsible unit) it is, between 为 and the label
# (not 以乡镇为单位开展环境整治工作的责任单位: a unit of account, then what is done, no name)
_TEAM_INFIX = (r"(?:(?!各)(?:(?!单位|部门|开展|负责|组织|进行)[\u4e00-\u9fff]){0,12}?"
               r"(?:联席会议|领导小组|工作小组|专班|指挥部|委员会|工作|任务|项目)的?)")


@cache
def _role_marker_re(lex: Lexicon) -> re.Pattern[str]:
    words = lex.lead + lex.co + lex.responsible + lex.lead_before_co
    # (the label closes its clause: not 县人社局为各项目承办单位提供用工服务, where 为 means "for")
    return re.compile(rf"(?:作?为{_TEAM_INFIX}{_alt(list(_labels_after_team(lex)))}(?=[,;。)]|$))|{_alt(words)}")


@cache
def _labels_after_team(lex: Lexicon) -> tuple[str, ...]:
    """The role labels written after 为/作为 (牵头单位, 责任单位…), longest first."""
    words = lex.lead + lex.co + lex.responsible + lex.lead_before_co
    return tuple(sorted({w.removeprefix("作").removeprefix("为") for w in words if w.startswith(("为", "作为"))},
                        key=len, reverse=True))


@cache
def _marker_roles(lex: Lexicon) -> dict[str, RoleClass]:
    roles: dict[str, RoleClass] = {w: "responsible" for w in lex.responsible}
    roles.update({w: "co" for w in lex.co})
    roles.update({w: "lead" for w in lex.lead + lex.lead_before_co})
    return roles


@cache
def _share_piece_re(lex: Lexicon) -> re.Pattern[str]:
    # a piece of a list of shares in running text: a unit and its figure (机关25人, 县林业局完成500亩)
    return re.compile(rf"([\u4e00-\u9fff()]{{2,12}}?)(?:完成|承担|安排|落实|出|派|组织)?\s*\d+(?:\.\d+)?\s*"
                      rf"(?:{_alt(lex.share_measures)})")


@cache
def _share_figure_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\d\s*(?:{_alt(lex.share_measures)})")


@cache
def _lead_note_re(lex: Lexicon) -> re.Pattern[str]:
    # (数据统计评估牵头单位): the lead of a part of the work, named before the word
    return re.compile(rf"\s*[(\[〔](?:[\u4e00-\u9fff]{{2,10}}?)?总?(?:{_alt(lex.lead)})(?:单位|部门)?[)\]〕]")


@cache
def _roster_label_pattern(lex: Lexicon) -> str:
    return "|".join(r"\s*".join(re.escape(ch) for ch in label) for label, _ in lex.roster)


@cache
def _false_suffix_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(_alt(lex.false_suffixes))


@cache
def _work_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(_alt(lex.work_openers))


@cache
def _first_is_lead_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lex.first_is_lead))


def _composed(parts: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
    """The labels of ``[roles.label_parts]`` as (role, pattern): a role's words, a middle word and a body, and any role
    word with a leader's body (no middle or 责任) as a supervisor's label.  Supervisor first: 牵头责任领导 leads none."""
    words = {role: parts.get(role, []) for role in ("lead", "co", "responsible")}
    middles = _alt([m for m in parts.get("middles", []) if m])
    bodies, leaders = _alt(parts.get("bodies", [])), _alt(parts.get("leaders", []))
    if not bodies or not any(words.values()):
        return ()
    every = _alt([w for ws in words.values() for w in ws])
    out = [("supervisor", f"(?:{every})(?:责任)?(?:{leaders})")] if leaders else []
    out += [(role, f"(?:{_alt(ws)})(?:{middles})?(?:{bodies})") for role, ws in words.items() if ws]
    return tuple(out)


@cache
def _composed_res(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((role, re.compile(p)) for role, p in lex.composed_labels)


@cache
def _label_pattern(lex: Lexicon) -> str:
    return "|".join([_alt(lex.labels), *(p for _, p in lex.composed_labels)])


def _with_declared(words: list[str], labels: tuple[str, ...], known: set[str]) -> tuple[str, ...]:
    """A role's words and, for each of its labels naming a body (实施单位, 牵头处室), the phrase that declares a
    unit one (A、B为实施单位): the role word the label gives, unless a list of role words holds it already."""
    declared = ["为" + w for w in labels if len(w) >= 4 and "{" not in w and not w.endswith(("领导", "同志"))]
    return tuple(dict.fromkeys([*words, *(w for w in declared if w not in known)]))


def _expand(labels: list[str], levels: list[str]) -> tuple[str, ...]:
    """Labels with "{level}" replaced by each administrative level (and by none, unless it leads)."""
    out: list[str] = []
    for label in labels:
        if "{level}" not in label:
            out.append(label)
            continue
        for level in ([] if label.startswith("{level}") else [""]) + levels:
            out.append(label.replace("{level}", level))
    return tuple(dict.fromkeys(out))


@cache
def _unit_suffix_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"(?:{_alt(lex.unit_suffixes)})$")


@cache
def _position_suffix_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"(?:{_alt(lex.position_suffixes)})$")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load ``resources/lexicon.toml`` (cached)."""
    raw = tomllib.loads(resources.files("extract").joinpath("resources/lexicon.toml").read_text("utf-8"))
    u, r, q, t = raw["units"], raw["roles"], raw["quantities"], raw["teams"]
    written = {role: _expand(r[key], r["levels"]) for role, key in (
        ("lead", "lead_labels"), ("responsible", "unit_labels"), ("co", "co_labels"), ("free", "free_labels"),
        ("supervisor", "supervisor_labels"))}

    known_words = set(r["lead"]) | set(r["co"]) | set(r["responsible"])

    return Lexicon(
        unit_suffixes=tuple(u["suffixes"]),
        position_suffixes=tuple(u["position_suffixes"]) + tuple(u.get("chief_posts", ())),
        chief_posts=tuple(u.get("chief_posts", ())),
        prefixes=tuple(u["prefixes"]),
        collective_openers=tuple(u["collective_openers"]),
        sector_stems=frozenset(u["sector_stems"]),
        joined_tails=frozenset(u["joined_tails"]),
        collective_continuations=tuple(u["collective_continuations"]),
        not_units=frozenset(u["not_units"]),
        short_units=frozenset(u["short_units"]),
        false_suffixes=tuple(u["false_suffixes"]),
        suffix_verbs=tuple(u.get("suffix_verbs", ())),
        not_unit_words=tuple(u["not_unit_words"]),
        leading_words=tuple(sorted(u["leading_words"], key=len, reverse=True)),
        lead=_with_declared(r["lead"], written["lead"], known_words),
        co=_with_declared(r["co"], written["co"], known_words),
        responsible=_with_declared(r["responsible"], written["responsible"], known_words),
        lead_labels=written["lead"],
        unit_labels=written["responsible"],
        co_labels=written["co"],
        free_labels=written["free"],
        main_labels=frozenset(r.get("main_labels", ())),
        supervisor_labels=written["supervisor"],
        first_is_lead=tuple(r["first_is_lead"]),
        weak=frozenset(r["weak"]),
        co_before_lead=tuple(r["co_before_lead"]),
        name_openers=tuple(r.get("name_openers", ())),
        lead_after_charge=tuple(r.get("lead_after_charge", ())),
        work_openers=tuple(r.get("work_openers", ())),
        clause_openers=tuple(r.get("clause_openers", ())),
        prose_labels=frozenset(r.get("prose_labels", ())),
        duty_fields=tuple(r.get("duty_fields", ())),
        staff_work=tuple(r.get("staff_work", ())),
        level_ranks=dict(u.get("level_ranks", {})),
        lead_before_co=tuple(r["lead_before_co"]),
        notes=tuple(r["notes"]),
        team_words=tuple(t["team_words"]),
        group_heads=tuple(t["group_heads"]),
        roster=tuple(sorted(((label, Role(role)) for role, labels in t["roster"].items()
                             if role not in ("office_after", "office_between", "roster_only") for label in labels),
                            key=lambda x: -len(x[0]))),
        roster_only=frozenset(t["roster"]["roster_only"]),
        office_after=tuple(t["roster"]["office_after"]),
        office_between=tuple((a, b) for a, b in t["roster"]["office_between"]),
        measures=tuple(q["measures"]),
        weak_measures=frozenset(q["weak_measures"]),
        min_bounds=tuple(q["min_bounds"]),
        max_bounds=tuple(q["max_bounds"]),
        seat_nouns=tuple(q.get("seat_nouns", ())),
        staffing_words=tuple(q.get("staffing_words", ())),
        entitlement_words=tuple(q.get("entitlement_words", ())),
        share_measures=tuple(q.get("share_measures", ())),
        background_titles=tuple(q.get("background_titles", ())),
        background_endings=tuple(q.get("background_endings", ())),
        words=tuple(raw["segmentation"]["words"]),
        table_columns=tuple(sorted(((w, kind) for kind, ws in raw["tables"]["columns"].items() for w in ws),
                                   key=lambda p: (-len(p[0]), p[0]))),
        table_leader_verbs=tuple(raw["tables"]["headings"]["leader_verbs"]),
        leader_work=tuple(r.get("leader_work", ())),
        leader_posts=tuple(r.get("leader_posts", ())),
        request_words=tuple(r.get("request_words", ())),
        helper_openers=tuple(r.get("helper_openers", ())),
        lead_marks="".join(r.get("lead_marks", ())),
        composed_labels=_composed(r.get("label_parts", {})),
        by_words=tuple(r.get("by_words", ())),
        organ_suffixes=tuple(u.get("organ_suffixes", ())),
        government_endings=tuple(u.get("government_endings", ())),
        project_parts=tuple(u.get("project_parts", ())),
        aim_words=tuple(q.get("aim_words", ())),
        member_columns=frozenset(raw["tables"].get("member_columns", ())),
        duty_columns=tuple(raw["tables"].get("duty_columns", ())),
        urged=frozenset(r.get("urged", ())),
        person_labels=tuple(r.get("person_labels", ())),
        surnames=t.get("surnames", "").strip(),
        post_openers=tuple(t.get("post_openers", ())),
        page_chrome=tuple(raw.get("document", {}).get("page_chrome", ())),
        place_suffixes=tuple(raw["tables"].get("place_suffixes", ())),
        quota_words=tuple(raw["tables"].get("quota_words", ())),
        not_quota_words=tuple(raw["tables"].get("not_quota_words", ())),
        place_columns=tuple(raw["tables"].get("place_columns", ())),
        owner_columns=tuple(raw["tables"].get("owner_columns", ())),
        column_bodies=tuple(raw["tables"].get("column_bodies", ())),
        prose_columns=frozenset(raw["tables"].get("prose_columns", ())),
    )
