"""Work teams (工作专班) and leading groups (领导小组): who convenes, deputises, sits in, hosts the office.

Read from the sentences that set a team up, e.g.
``成立X工作专班,由A任召集人,B、C主要负责同志任副召集人,成员单位包括D、E等,专班办公室设F``
or ``成立由A任组长,B任副组长,C和D为成员的X领导小组,领导小组办公室设E``.

:func:`find_team` reads one line; :func:`work_teams` gathers a document's teams and their duties
from those lines and from its rosters (:mod:`extract.rosters`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .duties import duty_at
from .lexicon import Lexicon, _alt, load_lexicon
from .outline import Outline
from .records import Duty, Role, UnitKind, WorkTeam
from .rosters import Roster, glued_name
from .structure import Line
from .units import FIELD_OF_WORK, bare_name, post_before_name, sentence_start, split_units, unit_key, unit_kind

__all__ = ["TeamMention", "TeamParse", "Teams", "attach_member_teams", "find_team", "mentions_team", "team_name",
           "work_teams"]

#: an item's number before a seat's text (1.省委副书记、省长许达哲担任总河长)
_ITEM_MARKER = re.compile(r"\s*(?:[0-9]{1,2}[.、]|\([一二三四五六七八九十0-9]{1,3}\)|[一二三四五六七八九十]{1,3}、)\s*")
#: the tier of a chief system's chief (区长为一级田长, 县长为县级总河长)
_TIER = r"(?:[一二三四五]级|[省市县区镇乡村]级|乡镇级)"
_CHIEF_TIER = rf"(?:{_TIER}总?|总)"
# a committee (委员会) and its usual short names: its heads are 主任 / 副主任 (镇安委会主任由镇长担任)
_COMMITTEES = "委员会|安委会|食安委|消安委|减灾委|妇儿工委|编委|爱卫会"
_TEAM_HINT = (r"召集人|组长|成员单位|组成单位|[为任]成员|为组成人员|为专班成员|为[^,;。]{0,16}?成员|指挥长|成员由|小组由[^。,]{2,40}?担任主席|(?:小组|会议|专班|指挥部|委员会)下设办公室"
              r"|(?:会议|小组|专班|指挥部|机制|委员会|组[::。]?\s*(?:主要)?)由[^。]{2,400}?组成"
              r"|由[^。]{2,200}?组成[^。,]{2,40}?(?:小组|专班|委员会|指挥部|联席会议|工作组)"
              # 各街道设立消防安全委员会(…),由行政主要领导担任主任: a committee's head
              r"|委员会[^。]{0,40}?由[^。,]{1,30}?(?:担任|兼任)主任"
              # 镇安委会主任由镇长担任, 成立…委员会,主任由…担任: the seat first
              rf"|(?:{_COMMITTEES})[^。]{{0,4}}?(?:常务副|副)?主任由[^。,]{{1,30}}?(?:担任|兼任)")


# 领导小组办公室(以下简称市治超办)设在市交通局, 联席会议办公室(暨放心消费创建工作办公室)设在市工商局: the office's
# short or second name between the office and its seat
_OFFICE_ALIASED = r"办公室\s*\((?:以下)?(?:简称|暨|即|又称)[^()]{1,20}\)\s*(?:设在|设于|挂靠在|挂靠于)"


@lru_cache(maxsize=4)
def _team_hint(lex: Lexicon) -> re.Pattern[str]:
    """Words without which a line sets up no team (the office's forms come from the lexicon)."""
    offices = _alt([*lex.office_after, *(a for a, _ in lex.office_between if a != "由")])
    heads = _alt([label for label, role in lex.roster if role != Role.member and label not in lex.roster_only])
    return re.compile(rf"{_TEAM_HINT}|{offices}|{_OFFICE_ALIASED}|{_alt(lex.group_heads)}|(?:担任|兼任|任)(?:{heads})"
                      rf"|(?<!作)为{_CHIEF_TIER}(?:{_alt(lex.chief_posts)})(?!制)"  # 区长为一级田长: a chief system's tiers
                      rf"|(?:{heads})(?:[0-9一二三四五六七八九十]+(?:名|人))?,?由[^。]{{1,40}}?(?:担任|兼任)")  # 设总路长,由X担任


@lru_cache(maxsize=4)
def _head_roles(lex: Lexicon) -> dict[str, Role]:
    """Roles of the roster labels that name a team's heads (组长, 副召集人…), longest first."""
    return {label: role for label, role in lex.roster if role != Role.member and label not in lex.roster_only}


@lru_cache(maxsize=4)
def _role_word_heads(lex: Lexicon) -> dict[str, Role]:
    """Labels read after 任/为: the heads' labels, and a roster-only head label too (由乡长任主任: a
    committee's head); the office's director is written 任办公室主任 or 办公室主任由X兼任, never so."""
    return {**_head_roles(lex), **{label: role for label, role in lex.roster if label in lex.roster_only
                                   and role in (Role.leader, Role.deputy_leader)}}


@lru_cache(maxsize=4)
def _role_word_re(lex: Lexicon) -> re.Pattern[str]:
    # (发展改革委主任担任联席会议召集人: the team's name may stand between the verb and the label)
    # (国务院总理李克强担任国务院西部地区开发领导小组和…领导小组组长: a team's whole name, however long)
    # (not 县水利局任务完成情况每月报…指挥部指挥长, 县财政局为保障…领导小组组长交办事项: 任务, a purpose clause)
    # (担任安委会主任, 担任委员会副主任: a committee is a team here)
    # (部长李干杰继续担任…组长: the adverb before the verb is no part of the person's post)
    return re.compile(rf"(?:继续|仍然|仍|依然)?(?:(?<![主责兼])任(?!务)|担任|为)(?:[^,;。为报保交由向对]{{0,60}}?(?:{_alt(lex.team_words)}|(?<![村居]民)委员会|安委会))?"
                      rf"(?:(?<=为){_TIER})?({_alt(list(_role_word_heads(lex)))})"
                      r"(?!委员|助手|助理|部|中心|所|制)")  # (任召集人助手: the convener's assistant, no seat of the team; 为指挥部成员)


@lru_cache(maxsize=4)
def _respectively_re(lex: Lexicon) -> re.Pattern[str]:
    """Heads' labels given in turn to the posts before them: 分别任组长、副组长."""
    heads = _alt(list(_role_word_heads(lex)))
    return re.compile(rf"分别(?:担任|兼任|任|为)((?:{heads})(?:、(?:{heads}))+)")


@lru_cache(maxsize=4)
def _jointly_re(lex: Lexicon) -> re.Pattern[str]:
    """Several seats given at once to the post before them: 任组长、副组长."""
    heads = _alt(list(_role_word_heads(lex)))
    return re.compile(rf"(?:担任|兼任|任|为)((?:{heads})(?:、(?:{heads}))+)")


# 由市煤炭工业局1名县级领导带队, 由省安监局领导带队, 第一组:张桃生局长带队: the body or post heading a group (每 and
# 次 are no part of one: 每月一次领导带队 says how often)
@lru_cache(maxsize=4)
def _leads_group_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(r"(?:^|(?<=[,;。:]))(?:[^,;。:]{0,24}?(?:由|成立了|成立))?([^,;。:由每次]{2,30}?)"
                      rf"(?:[0-9一二两三四五]名[\u4e00-\u9fff]{{0,6}}?(?:领导|负责同志|同志))?(?:{_alt(lex.group_heads)})")


# the sentence after a group's title that names what it is made of (抢险救援组。由A、B等单位组成)
_GROUP_MADE_OF = re.compile(r"\s*由(.+?)(?:等(?:相关|有关)?(?:部门|单位)(?:和单位|和部门)?)?(?:有关)?(?:专业技术)?(?:人员)?组成\s*$")
_JOIN_GROUP = re.compile(r",([^,;。:]{2,60}?)(?:等单位|等部门)?(?:人员|同志|干部)?参加")
# the group a 带队 heads, named in its sentence (第一组:, 煤矿安全督查组。, 检查组由…)
_GROUP_NAMED = re.compile(r"第[一二三四五六七八九十0-9]+组|[每各分]组|(?:督查|检查|考核|考评|指导|巡查|暗访|验收|调研|工作)组"
                          r"|成立[^。]{0,60}?(?:领导小组|指挥部|专班|工作组)")


@lru_cache(maxsize=4)
def _label_is_re(lex: Lexicon) -> re.Pattern[str]:
    """组长为局党委委员、副局长陈李凯, 副组长是X: a head's label, then who holds the seat (group 2), up to the comma."""
    heads = _alt(list(_head_roles(lex)))
    return re.compile(rf"(?:^|(?<=[,;。]))[^,;。由]{{0,14}}?(?<!副)({heads})(?:为|是)([^,;。]{{2,40}})(?=[,;。]|$)")


@lru_cache(maxsize=4)
def _role_first_re(lex: Lexicon) -> re.Pattern[str]:
    heads = _alt(list(_head_roles(lex)))
    # 组长由X担任; 设召集人1人,由X担任
    return re.compile(rf"(?:^|(?<=[,;。]))(?:[\u4e00-\u9fff]{{0,8}}?设|[^,;。由]{{0,14}}?)?({heads})(?:[0-9一二三四五六七八九十]+(?:人|名))?,?"
                      rf"由([^;。]+?)(?:同志)?(?:担任|兼任)")


#: a committee's head seat and who holds it (镇安委会主任由镇长担任; 食安委主任由区政府主要领导担任), or, after one in the same
#: sentence, the next seat (,副主任由分管副镇长担任): group 1 the committee word, 2 the seat, 3 the holder
_COMMITTEE_HEAD = re.compile(rf"(?:^|(?<=[,;。]))(?:[^,;。由]{{0,20}}?({_COMMITTEES})(?:的)?)?"
                             r"(常务副主任|副主任|主任)由([^,;。]{2,30}?)(?:同志)?(?:担任|兼任)")


@lru_cache(maxsize=4)
def _counted_list_re(lex: Lexicon) -> re.Pattern[str]:
    """A roster label, how many people it names and the list after a colon (副组长2人,分别是:…)."""
    labels = _alt([label for label, _ in lex.roster if label not in lex.roster_only])
    return re.compile(rf"({labels})(?:共|有)?[0-9一二三四五六七八九十]+(?:人|名|位),?(?:分别)?(?:是|为|有|包括)?[::]")


@lru_cache(maxsize=4)
def _office_re(lex: Lexicon) -> re.Pattern[str]:
    """办公室设在X (the unit follows) or 日常工作由X承担 (group 1 holds the unit)."""
    between = "|".join(rf"{re.escape(a)}(.+?)(?:共同)?{re.escape(b)}" for a, b in lex.office_between)  # (A、B共同承担)
    return re.compile(rf"{between}|(?:{_alt(lex.office_after)})|{_OFFICE_ALIASED}")
_MEMBERS_OF = re.compile(
    r"(?:成员(?:单位)?(?:至少|主要|一般)?|小组|专班|会议|指挥部|机制|委员会|(?<=[\u4e00-\u9fff])组[::。]\s*(?:主要)?|(?<=[\u4e00-\u9fff])组(?=由))"
    r"由((?:(?<!组由)|(?<=组由)(?=[^,;。]+?组成))(?:.+?)(?:分管负责(?:同志|人))?)"
    r"(?:等?共?(?:[0-9一二三四五六七八九十]+个)(?:相关|有关)?(?:部门|单位)(?:和单位|和部门)?"
    r"|等(?:相关|有关)?(?:部门|单位)(?:和单位|和部门)?)?"
    r"(?:(?:分别|各)?(?:指定|选派|抽调|确定|派)[0-9一二两三四五]名[^,;。]{0,8}?|派员|选派人员|抽调人员)?"  # (…分别指定一名成员组成)
    r"(?:主要|分管|有关|相关)?(?:负责同志|负责人|领导|同志|工作人员|人员)?组成(?!员)"  # (not 领导小|组成|员)
    # 成员由各成员单位主要负责人担任: the members' posts are held by those units' heads
    r"|成员由(.+?)(?:主要|分管|有关|相关)?(?:负责同志|负责人|领导|同志)(?:担任|兼任)")
# 由A、B、C组成X工作小组: the members come first, the team's name after 组成
_MEMBERS_FORM = re.compile(r"由(.+?)(?:等(?:相关|有关)?(?:部门|单位))?(?:共同)?组成(?:了)?[\u4e00-\u9fff()\s]{2,40}?"
                           r"(?:工作小组|领导小组|小组|专班|委员会|指挥部|联席会议|工作组)")
_LEADERS_OF_LEVELS = re.compile(r"((?:[省市区县镇乡](?:委|政府|人大|政协)、?){2,}(?:分管|主要|相关)?领导(?:同志)?)")
_MEMBERS_AFTER = re.compile(r"(?:成员单位|成员|参加单位|参会单位|组成单位)(?:包括|为(?!基础|主|依托)|有(?!关)|:)(?::)?")
_MEMBERS_BEFORE = re.compile(rf"(?:{FIELD_OF_WORK}(?=[主分相有负]))?"
                             r"(?:等[0-9一二三四五六七八九十]*个?(?:相关|有关)?(?:部门|单位)(?:[和及](?:部门|单位))?)?的?"  # (…等19个单位的分管负责同志)
                             r"(?:(?:行政|党政)?(?:主要|相关|有关)?(?<!分管)(?:负责人|负责同志)|分管领导)?(?:担任|兼任|为|任)(?:[\u4e00-\u9fff]{0,16}?(?:专班|小组|领导小组|指挥部|联席会议|委员会|工作组|协调机制|管理工作)的?(?:领导)?)?(?:成员(?:单位)?|组成人员|组员)(?:的|,|。|$)"
                             r"|(?<=等部门|等单位)为主要成员(?:单位)?(?:的|,|$)"
                             r"|等成员单位的(?=[^,;。]{0,40}?(?:领导小组|工作专班|专班|指挥部|委员会|联席会议|工作组))"
                             # 镇党政办、水利站、城建所等部门共同参与的防汛应急指挥部: the bodies that take part
                             r"|等(?:部门|单位)?共同参与的(?=[^,;。]{0,30}?(?:领导小组|工作专班|专班|指挥部|委员会|工作组))")
# (由A任组长,B任副组长,C、D等成员单位的X领导小组)
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: people from fields, not bodies (…法律等方面的人士组成, 由相关领域专家组成)
_FIELDS_OF_PEOPLE = re.compile(r"(?:方面|领域|行业|专业)的?(?:人士|专家|学者|代表|人员)(?:共同)?组成")


def _members_go_on(norm: str, a: int, piece: str) -> re.Match[str] | None:
    """包括A、B…after a clause of the same sentence that opened with 成员 (成员在X成员基础上,适当进行扩充,包括…)."""
    if (m := re.match(r"\s*包括", piece)) is None:
        return None
    s0 = sentence_start(norm, a, "。;")
    # (…应由领导小组成员单位及相关单位组成,包括A、B…等部门(单位)组成: the bodies it is made of, listed)
    return m if re.search(r"(?:^|[,:])成员(?!单位[要应])[^。;]{0,40}$|(?:组成|构成)\s*,\s*$", norm[s0:a]) else None


def _post_before_names(norm: str, a: int, b: int, lex: Lexicon) -> tuple[int, int] | None:
    """The post in ``POST NAME`` or ``POST NAME、NAME、NAME`` (国务院副秘书长肖捷、江小涓、丁向阳: one post, several
    people holding it), or None."""
    while (m := re.search(r"、([\u4e00-\u9fff]{2,3})$", norm[a:b])) is not None and m.group(1)[0] in lex.surnames \
            and unit_kind(m.group(1), lex) is None and not lex.position_suffix_re.search(m.group(1)):
        b = a + m.start()
    post = post_before_name(norm, a, b, lex)
    if post is None or norm[post[1] : post[1] + 1] not in lex.surnames or re.search(r"由|(?<![主责])任|为", norm[post[0] : post[1]]):
        return None  # (办公室主任由市民政局局长兼任: no name after the post, a sentence)
    return post


def _bare_units(norm: str, a: int, b: int, lex: Lexicon, boundaries: frozenset[int] | None) -> bool:
    """``norm[a:b]`` lists units and nothing else (A、B、C等单位(部门)主要负责人: a list of bodies' heads)."""
    items, rejected = split_units(norm, a, b, lex=lex, lenient=True, boundaries=boundaries)
    return len(items) >= 2 and not rejected


def _without_name(norm: str, a: int, b: int, lex: Lexicon) -> tuple[int, UnitKind] | None:
    """End and kind of ``norm[a:b]`` without the person named after it: 县公安局副局长梁跃清 -> the post;
    市煤炭安全局孙伟 / 市安全生产监督管理局周野处长 -> the department; else None."""
    if b - a >= 3 and norm[b - 1] in lex.surnames and re.match(r"[ \u3000]+[\u4e00-\u9fff]", norm[b : b + 3]) \
            and lex.position_suffix_re.search(norm, a, b - 1) and unit_kind(norm[a : b - 1], lex) is UnitKind.position:
        return b - 1, UnitKind.position  # 上海城投集团总裁办副主任吴 昊: a name padded with a space, cut at it
    if (post := post_before_name(norm, a, b, lex)) is not None and post[0] == a and post[1] < b \
            and _PERSON_NAME.fullmatch(norm, post[1], b) and norm[post[1]] in lex.surnames:
        return post[1], UnitKind.position
    text = norm[a:b]
    if (rank := lex.position_suffix_re.search(text)) is not None and rank.end() == len(text) and rank.start() > 0:
        if re.search(r"(?:常务|第一|执行|专职|兼职)$", text[: rank.start()]):
            return None  # 市人民政府常务副市长: a post of the body
        text = text[: rank.start()]  # 周野处长: the rank after the name
    if unit_kind(text, lex) is not None:
        return None  # 市政府金融办: a unit, no name in it
    if text != norm[a:b] and re.search(r"(?:政府|[县市区省]委|人大|政协)[\u4e00-\u9fff]{2,3}$", text):
        return None  # 市政府孙伟副市长: the post is the body's and the rank's, the name between them stays
    for n in (3, 2):
        unit, name = text[:-n], text[-n:]
        if len(unit) >= 3 and name[0] in lex.surnames and re.fullmatch(r"[\u4e00-\u9fff]+", name) \
                and unit_kind(unit, lex) in (UnitKind.department, UnitKind.higher_level):
            return a + len(unit), unit_kind(unit, lex) or UnitKind.department
    return None


# 下设办公室,黄家智兼任办公室主任,张文强、周波兼任副主任: the office's deputy directors, no team role
_OFFICE_HEADS = re.compile(r"办公室主任|下设办公室|办公室设")


# 成员工作变动后,由成员单位分管相应工作的负责人继续担任: who replaces a member, no member
_SUCCESSION = re.compile(r"继续担任|接任|替补|接替|自行调整|变动后")
_OPENING = re.compile(r"^(?:成立|组建|建立)?(?:由)?")


@dataclass(frozen=True, slots=True)
class TeamMention:
    start: int
    end: int
    kind: UnitKind
    role: Role


@dataclass(frozen=True, slots=True)
class TeamParse:
    """A team set up (or described) on one line."""

    name_start: int | None
    name_end: int | None
    kind: str  # work_team | leading_group
    mentions: tuple[TeamMention, ...]


def mentions_team(norm: str, lex: Lexicon | None = None) -> bool:
    return bool(_team_hint(lex or load_lexicon()).search(norm))


_MEMBER_LIST = re.compile(r"由(?:(?!由)[^。;:]){2,300}?组成(?!员)")  # (the last 由 before 组成: not 由X担任主任,…)


def _pieces(norm: str) -> list[tuple[int, int]]:
    """Comma/semicolon/full-stop separated pieces at bracket and quote depth 0 (not the commas of a list of
    members: 联席会议由市委办、市人大、市政协相关工委,市委组织部、…等部门组成)."""
    kept = {i for m in _MEMBER_LIST.finditer(norm) if not re.search(r"任|为|担任|兼任", m.group(0))
            for i in range(m.start(), m.end()) if norm[i] == ","}
    out = []
    depth = 0
    start = 0
    for i, ch in enumerate(norm):
        if ch in "(“《[":
            depth += 1
        elif ch in ")”》]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ",;。" and i not in kept:
            out.append((start, i))
            start = i + 1
    out.append((start, len(norm)))
    return [(a, b) for a, b in out if b > a]


@lru_cache(maxsize=4)
def _team_name_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?:成立|组建|建立)([^。;]*?(?:{_alt(lex.team_words)}))")


def team_name(norm: str, lex: Lexicon | None = None) -> tuple[int, int, str] | None:
    """(start, end, kind) of the team a line sets up (成立X领导小组), or None."""
    return _team_name(norm, lex or load_lexicon())


def _team_name(norm: str, lex: Lexicon) -> tuple[int, int, str] | None:
    m = _team_name_re(lex).search(norm)
    if not m:
        return None
    a, b = m.start(1), m.end(1)
    inner = norm[a:b]
    # "成立由A任组长,...为成员的X领导小组": the name follows the last 的 (or the last comma)
    k = max(inner.rfind("的"), inner.rfind(","))
    if k >= 0:
        a += k + 1
    elif inner.startswith("由"):
        return None
    kind = "leading_group" if "领导小组" in norm[a:b] or "指挥部" in norm[a:b] else "work_team"
    return a, b, kind


def find_team(norm: str, *, boundaries: frozenset[int] | None = None, lex: Lexicon | None = None) -> TeamParse | None:
    """Team roles on one line, or None if the line sets up no team.

    >>> t = find_team("成立X工作专班,由市政府分管副市长任召集人,市发改局主要负责同志任副召集人,成员单位包括市财政局、市住建局等,专班办公室设市发改局。")
    >>> [r.role.value for r in t.mentions]
    ['convener', 'deputy_convener', 'member', 'member', 'office']
    """
    lex = lex or load_lexicon()
    if not mentions_team(norm):
        return None
    name = _team_name(norm, lex)
    found: list[TeamMention] = []

    def add(a: int, b: int, role: Role) -> None:
        if (marker := _ITEM_MARKER.match(norm, a, b)) is not None and marker.end() < b:
            a = marker.end()  # 1.省委副书记、省长许达哲担任总河长: the item's number is no part of the post
        if norm.startswith("同志", b - 2) and not norm[a : b - 2].endswith(("负责", "领导")):
            b -= 2  # 由省政府副秘书长马锐同志担任: the person as named, without the address
        for j in (m.start() for m in re.finditer("和|及|与", norm[a:b])) if role not in (Role.member, Role.office) else ():
            k = a + j
            if k > a and (first := post_before_name(norm, a, k, lex)) is not None and first[1] < k \
                    and (second := post_before_name(norm, k + 1, b, lex)) is not None and second[1] < b:
                # 分管平安领导张明志和派出所所长崔道兵任副组长, 常务副省长陈向群及分管水利的副省长戴道晋担任副总河长:
                # two people, each a post and a name
                found.extend((TeamMention(first[0], first[1], UnitKind.position, role),
                              TeamMention(second[0], second[1], UnitKind.position, role)))
                return
            if k > a and (first := _post_before_names(norm, a, k, lex)) is not None \
                    and (rest := split_units(norm, k + 1, b, lex=lex, lenient=True, boundaries=boundaries))[0] \
                    and not rest[1]:
                # 省政府副秘书长王太晖及省统计局、省委宣传部相关负责人任副组长: a person's post, then bodies
                found.append(TeamMention(first[0], first[1], UnitKind.position, role))
                add(k + 1, b, role)
                return
        if role != Role.member and role != Role.office and (post := post_before_name(norm, a, b, lex)) is not None:
            # 党委书记、人大主席邹早银任组长: the post as written (several joined by 、 are one)
            found.append(TeamMention(post[0], post[1], UnitKind.position, role))
            return
        if role not in (Role.member, Role.office) and re.fullmatch(r"(?:[\u4e00-\u9fff][\u4e00-\u9fff、]{0,23}?)?(?:分管领导|主要领导)",
                                                                   norm[a:b]):
            found.append(TeamMention(a, b, UnitKind.position, role))  # 由市政府分管领导担任组长: a post, not the government
            return
        items, _ = split_units(norm, a, b, lex=lex, lenient=role != Role.office, boundaries=boundaries, search=True)
        if role != Role.member:  # 县委常委、常务副县长: a bare title after a post is the same person's
            merged: list = []
            for i in items:
                bare = re.sub(r"^(?:常务|第一|执行)", "", i.text) in lex.position_suffixes
                if merged and bare and merged[-1].kind is UnitKind.position and norm[merged[-1].end : i.start] == "、":
                    merged[-1] = type(i)(merged[-1].start, i.end, norm[merged[-1].start : i.end], UnitKind.position)
                else:
                    merged.append(i)
            items = merged
        after_named = False  # a post's holders listed after it (党组成员赵丽华、赵向民、许创宇任副组长): the post is the seat
        for i in items:
            x, y, kind = i.start, i.end, i.kind
            if after_named and norm[x - 1 : x] == "、" and bare_name(i.text, lex):
                continue
            after_named = False
            if role != Role.office and (named := _without_name(norm, x, y, lex)) is not None:
                y, kind = named  # 县公安局副局长梁跃清, 市煤炭安全局孙伟任组长: the post, or the department, not the name
                after_named = kind is UnitKind.position and role is not Role.member  # (省领导A、B为成员: each a member)
            found.append(TeamMention(x, y, kind, role))

    held: list[tuple[int, int]] = []  # "POST NAME," pieces waiting for the role word after them
    listed: list[tuple[int, int]] = []  # pieces that only list units, after a seat given: members if 为成员 follows
    seated = False
    covered: list[tuple[int, int]] = []
    for mr in _role_first_re(lex).finditer(norm):  # "组长由市长担任", "副指挥长由A,以及B、C担任" (over commas)
        end = mr.end(2)
        if norm.startswith("同志", end) and norm[mr.start(2) : end].endswith(("负责", "领导")):
            end += 2  # 由X主要负责同志兼任: the whole post, so that 主要负责同志 is read as a tail
        add(mr.start(2), end, _head_roles(lex)[mr.group(1)])
        covered.append((mr.start(), mr.end()))
    committee = None  # 安委会主任由镇长担任,副主任由分管副镇长担任: a committee's heads (主任, 副主任), then its seats after
    for mc in _COMMITTEE_HEAD.finditer(norm):
        opened = max(norm.rfind("。", 0, mc.start()), norm.rfind(";", 0, mc.start())) + 1
        if "办公室" in norm[opened : mc.start(2)]:
            continue  # 委员会办公室设在…,办公室主任由X兼任,副主任由Y兼任: the office's staff, no seat of the committee
        if any(x <= mc.start() < y for x, y in covered) or (committee is None and not mc.group(1) and not re.search(
                _COMMITTEES, norm[opened : mc.start()])) \
                or (committee is not None and not mc.group(1) and re.search(r"[。;]", norm[committee : mc.start()])):
            continue
        committee = mc.end()
        add(mc.start(3), mc.end(3), Role.leader if mc.group(2) == "主任" else Role.deputy_leader)
        covered.append((mc.start(), mc.end()))
    for ml in _leads_group_re(lex).finditer(norm):  # 由市安监局1名县级领导带队, 第一组:张桃生局长带队: who heads the group
        if not _GROUP_NAMED.search(norm, 0, end if (end := norm.find("。", ml.end())) >= 0 else len(norm)) \
                and not _JOIN_GROUP.match(norm, ml.end()):  # (the group named on its line: (一)煤矿安全督查组。由…)
            continue  # (not 县委书记带队赴浙江考察学习: a visit someone heads, no group of the plan)
        x, y = ml.start(1), ml.end(1)
        if (cut := glued_name(norm[x:y], lex)) is not None:
            x += cut  # 张桃生局长带队: the post, without the name
        items, rejected = split_units(norm, x, y, lex=lex, lenient=True)
        if items and not rejected and not any(x <= ml.start() < y for x, y in covered):
            add(x, y, Role.leader)
            covered.append((ml.start(), ml.end()))
            if (mm := _JOIN_GROUP.match(norm, ml.end())) is not None \
                    and (joined := split_units(norm, mm.start(1), mm.end(1), lex=lex))[0] \
                    and all(y - x <= 3 for x, y in joined[1]):  # (监管一处、三处: a short name's piece; not 抽调…业务骨干)
                add(mm.start(1), mm.end(1), Role.member)  # …带队,办公室、监管一处参加: the group's members
    for mi in _label_is_re(lex).finditer(norm):  # 组长为局党委委员、副局长陈李凯,副组长为农业农村处处长李岚
        held_by = mi.group(2)
        if any(x <= mi.start() < y for x, y in covered) or re.search(r"责任|负责(?!同志|人)|成员", held_by) or not (
                lex.position_suffix_re.search(held_by) or post_before_name(norm, mi.start(2), mi.end(2), lex)):
            continue  # (not 组长为第一责任人: who answers for the work, no seat)
        add(mi.start(2), mi.end(2), _head_roles(lex)[mi.group(1)])
        covered.append((mi.start(), mi.end()))
    for mc in _counted_list_re(lex).finditer(norm):  # 副组长2人,分别是:A部长X,B副市长Y / 成员共19人,分别是:…
        role = dict(lex.roster)[mc.group(1)]
        end = norm.find("。", mc.end())
        end = len(norm) if end < 0 else end
        pos = mc.end()
        for piece in re.split(r"([,;])", norm[mc.end() : end]):
            a, pos = pos, pos + len(piece)
            if piece in (",", ";") or not piece.strip():
                continue
            post = post_before_name(norm, a, pos, lex)
            x, y = post if post else (a, pos)
            if unit_kind(norm[x:y], lex) is None and not lex.position_suffix_re.search(norm[x:y]):
                break  # the list has ended
            found.append(TeamMention(x, y, UnitKind.position if lex.position_suffix_re.search(norm[x:y])
                                     else unit_kind(norm[x:y], lex) or UnitKind.position, role))
        covered.append((mc.start(), end))
    pieces = _pieces(norm)
    for a, b in pieces:  # 县长张三、副县长李四分别任组长、副组长: one role for each, in order
        if (md := _respectively_re(lex).search(norm, a, b)) is None:
            continue
        start = a + (m0.end() if (m0 := _OPENING.match(norm[a:b])) else 0)
        labels = md.group(1).split("、")
        heads = [(x.start() + start, x.end() + start) for x in re.finditer(r"[^、]+", norm[start : md.start()])]
        if len(heads) == len(labels):
            for (x, y), label in zip(heads, labels, strict=True):
                add(x, y, _role_word_heads(lex)[label])
            covered.append((a, b))
    for a, b in pieces:
        # 由区委、区政府领导任组长、副组长: the leaders of the levels named fill every seat named (one post, as written:
        # which leader takes which seat is not said)
        if (a, b) not in covered and (mj := _jointly_re(lex).search(norm, a, b)) is not None and (hm := _LEADERS_OF_LEVELS.fullmatch(
                norm, a + (m0.end() if (m0 := _OPENING.match(norm[a:b])) else 0), mj.start())) is not None:
            found.extend(TeamMention(hm.start(1), hm.end(1), UnitKind.position, _role_word_heads(lex)[label])
                         for label in mj.group(1).split("、"))
            covered.append((a, b))
    for a, b in pieces:
        if any(x <= a and b <= y for x, y in covered):
            continue
        piece = norm[a:b]
        m0 = _OPENING.match(piece)
        start = a + (m0.end() if m0 else 0)
        roles = [m for m in _role_word_re(lex).finditer(norm, a, b)
                 if not (m.group(1) in lex.roster_only and _OFFICE_HEADS.search(norm, sentence_start(norm, a, "。;"), a))]
        before, listed_before = held, listed
        listed = [*listed, (start, b)] if not roles and seated and _bare_units(norm, start, b, lex, boundaries) else []
        seated = bool(roles) or bool(listed)
        if not roles:  # (not 由镇党委书记任顾问: a seat the lexicon has no role for, 顾问 no name)
            held = [*held, (start, b)] if (post_before_name(norm, start, b, lex) or _post_before_names(norm, start, b, lex)) \
                and not re.search(r"(?<![主责])任[\u4e00-\u9fff]{1,6}$", norm[start:b]) else []
        for m in roles:  # "由A任组长", "以A为组长、B为副组长的", "会议由A担任总召集人"
            x = start
            if (k := norm.rfind("由", start, m.start())) >= 0:
                x = k + 1
            elif (by := [w.end() for w in re.finditer(r"以(?!及|上|下|内|外|便|免)", norm[start : m.start()])]):
                x = start + by[-1]  # 市安委会成立以副市长陈继壮为组长的督查组: the post after 以
            while x < m.start() and norm[x] in "、以由 ":
                x += 1
            if (adverb := re.match(r"(?:其中|另外|此外|同时)\s*", norm[x : m.start()])) is not None:
                x += adverb.end()  # 其中区长为一级田长: the sentence's adverb, no part of the post
            if (colon := norm.rfind(":", x, m.start())) >= 0 and post_before_name(norm, colon + 1, m.start(), lex):
                x = colon + 1  # 调整内容包括:部党组书记、部长李干杰继续担任组长: what the colon introduces
            role = _role_word_heads(lex)[m.group(1)]
            for hx, hy in held:  # 党委副书记、镇长卢梓星,党委委员江志斌任副组长
                add(hx, hy, role)
            held = []
            add(x, m.start(), role)
            start = m.end()
        if roles:  # what follows the last role may still name members ("、C为成员的X领导小组")
            while start < b and norm[start] in "、,":
                start += 1
            a, piece = start, norm[start:b]
        if mo := _MEMBERS_OF.search(piece) or _MEMBERS_FORM.search(piece):
            k = 1 if mo.group(1) is not None else 2
            if not (_FIELDS_OF_PEOPLE.search(piece, 0, mo.end())
                    and not split_units(piece, mo.start(k), mo.end(k), lex=lex)[0]):
                add(a + mo.start(k), a + mo.end(k), Role.member)  # (not …等方面的人士组成: fields, no bodies)
        elif (mg := _GROUP_MADE_OF.match(piece)) is not None and norm[:a].rstrip("。 ").endswith("组"):
            add(a + mg.start(1), a + mg.end(1), Role.member)  # 2.3.1抢险救援组。由县公安局、安监局…等单位组成
        elif (ma := _MEMBERS_AFTER.search(piece) or _members_go_on(norm, a, piece)) \
                and not (ma.group(0).endswith("为") and _MEMBERS_BEFORE.match(piece, ma.end() - 1)):
            # (县安委会所有成员单位为…领导小组成员单位: the members are named before, the team after)
            # 成员单位包括A、B,C、D。: the list goes on over a comma while every piece is a unit
            end = b
            for x, y in pieces:
                if x <= end:
                    continue
                if norm[end] != "," or norm[:end].rstrip().endswith("等") or _office_re(lex).search(norm, x, y):
                    break  # …等, 专班办公室设市发改局: the list has ended
                items, rejected = split_units(norm, x, y, lex=lex, boundaries=boundaries)
                if not items or rejected:
                    break
                end = y
            add(a + ma.end(), end, Role.member)
            covered.append((a, end))
        elif (mb := _MEMBERS_BEFORE.search(piece)) and not _SUCCESSION.search(piece) \
                and not all(re.search(r"(?:人员|者)$", i.text)
                            for i in split_units(norm, start, a + mb.start(), lex=lex, lenient=True)[0]):
            # (参会人员为联席会议成员: who attends, no unit)
            for hx, hy in before:
                if (post := _post_before_names(norm, hx, hy, lex)) is not None:
                    add(*post, Role.member)
            for lx, ly in listed_before:  # A、B等单位主要负责人,C、D相关处室主要负责人为成员: the list before a comma too
                add(lx, ly, Role.member)
            listed = []  # 副秘书长肖捷、江小涓,中央编办主任张纪南,法制办主任宋大涵为成员
            held = []
            add(start + (norm.startswith("以", start) and not norm.startswith("以及", start)), a + mb.start(), Role.member)
            # (以市发改委、市财政局为成员单位的领导小组: the members after 以)
        if mf := _office_re(lex).search(piece):
            inner = next((k for k in range(1, (mf.lastindex or 0) + 1) if mf.group(k)), None)
            if inner is not None:  # 日常工作由X承担
                add(a + mf.start(inner), a + mf.end(inner), Role.office)
            else:  # 办公室设在X; 下设办公室(地点设在水利站)
                seat_end = b - 1 if "(" in mf.group(0) and norm[b - 1] == ")" else b
                if (by_whom := re.search(r"由[^,;。]{1,12}?(?:兼任|担任)", norm[a + mf.end() : seat_end])) is not None:
                    seat_end = a + mf.end() + by_whom.start()  # 办公室设在县应急局由局长李四兼任办公室主任
                elif (holder := re.search(r"(?:同志)?(?:兼任|担任)", norm[a + mf.end() : seat_end])) is not None \
                        and (bare := _without_name(norm, a + mf.end(), a + mf.end() + holder.start(), lex)) is not None:
                    seat_end = bare[0]  # 办公室设在兴仁林业站吕云军兼任办公室主任: the seat, without who heads it
                add(a + mf.end(), seat_end, Role.office)
        elif (at := re.match(r"\s*(?:办公室)?(?:设在|设于|依托|挂靠在|挂靠于|挂靠)", piece)) is not None \
                and "下设办公室" in norm[sentence_start(norm, a, "。;"): a]:
            # 下设办公室,承担领导小组的日常工作,设在县林业局: the office's seat after its work
            add(a + at.end(), b, Role.office)
    if not found:
        return None
    kind = name[2] if name else ("leading_group" if "组长" in norm else "work_team")
    return TeamParse(name[0] if name else None, name[1] if name else None, kind, tuple(found))


@dataclass(frozen=True, slots=True)
class Teams:
    """A document's teams, the duties their lines and rosters give, and the team of each annex."""

    teams: tuple[WorkTeam, ...]
    duties: tuple[Duty, ...]  # roster entries first, then the lines that set up a team
    by_annex: dict[int | None, WorkTeam]  # the last team set up in each annex (None: the main body)
    kind_hint: dict[str, UnitKind]  # the roster says what it named: a post or a person (by unit key)


def work_teams(roster: Roster, found: Iterable[tuple[Line, TeamParse]], lines: Sequence[Line], outline: Outline,
               lex: Lexicon) -> Teams:
    """The teams of a document: a roster's entries belong to the team of their annex (or to the
    nearest team set up before them); a line that names its team sets one up, a line that does not
    adds to the team of its annex."""
    teams: list[WorkTeam] = []
    by_annex: dict[int | None, WorkTeam] = {}
    duties: list[Duty] = []
    kind_hint: dict[str, UnitKind] = {}
    for e in roster.entries:
        ln = lines[e.line - 1]
        if e.role == Role.supervisor:
            # a leader over the work listed (总牵头领导: / 陈寅常务副市长): no seat of a team
            duties.append(duty_at(ln, e.start, e.end, Role.supervisor, clause=ln.span(),
                                  task_line=outline.task_line_of(ln.number)))
            if e.kind in (UnitKind.person, UnitKind.position):
                kind_hint[duties[-1].unit_key] = e.kind
            continue
        annex = outline.annex_of(ln.number)
        team = by_annex.get(annex)
        if team is None:
            team = by_annex[annex] = _roster_team(ln, annex, lines, outline, lex)
            teams.append(team)
        d = duty_at(ln, e.start, e.end, e.role, clause=ln.span(), task_line=outline.task_line_of(ln.number),
                    team=team.key)
        duties.append(d)
        if e.kind in (UnitKind.person, UnitKind.position):
            kind_hint[d.unit_key] = e.kind
    for ln, tp in found:
        annex = outline.annex_of(ln.number)
        named = tp.name_start is not None and tp.name_end is not None
        team = None if named else by_annex.get(annex)
        if team is None:
            team = by_annex[annex] = _line_team(ln, tp, annex, outline)
            teams.append(team)
        duties += _team_duties(ln, tp, team, outline)
    return Teams(tuple(teams), tuple(duties), by_annex, kind_hint)


def _line_team(ln: Line, tp: TeamParse, annex: int | None, outline: Outline) -> WorkTeam:
    """The team a line sets up: by its name, or unnamed."""
    if tp.name_start is None or tp.name_end is None:
        return _unnamed_team(ln, tp.kind, annex, outline)
    return WorkTeam(key=f"L{ln.number}", name=ln.quote(tp.name_start, tp.name_end), kind=tp.kind,
                    span=ln.span(tp.name_start, tp.name_end), heading_line=outline.task_line_of(ln.number),
                    annex_line=annex)


def _unnamed_team(ln: Line, kind: str, annex: int | None, outline: Outline) -> WorkTeam:
    """A team whose name the text does not give, known by its line."""
    return WorkTeam(key=f"L{ln.number}", name=f"工作机构(第{ln.number}行)", kind=kind, span=ln.span(),
                    heading_line=outline.task_line_of(ln.number), annex_line=annex)


def _roster_team(ln: Line, annex: int | None, lines: Sequence[Line], outline: Outline, lex: Lexicon) -> WorkTeam:
    """The team a roster belongs to: the nearest team set up before it (成立X领导小组), or one named by its line."""
    for prev in reversed(lines[: ln.number - 1]):
        if (found := team_name(prev.norm, lex)) is not None:
            a, b, kind = found
            return WorkTeam(key=f"L{prev.number}", name=prev.quote(a, b), kind=kind, span=prev.span(a, b),
                            heading_line=outline.task_line_of(prev.number), annex_line=annex)
    return _unnamed_team(ln, "leading_group", annex, outline)


def _team_duties(ln: Line, tp: TeamParse, team: WorkTeam, outline: Outline) -> list[Duty]:
    """The duties of the units a team line names, one per unit and role."""
    seen: set[tuple[str, str]] = set()
    out = []
    for m in tp.mentions:
        k = (unit_key(ln.norm[m.start : m.end]), m.role)
        if k in seen:
            continue
        seen.add(k)
        out.append(duty_at(ln, m.start, m.end, m.role, clause=ln.span(), task_line=outline.task_line_of(ln.number),
                           team=team.key))
    return out


def attach_member_teams(duties: Iterable[Duty], teams: Teams, outline: Outline) -> list[Duty]:
    """专班成员单位, 领导小组成员单位: a collective named by its team belongs to the team of its annex."""
    out = []
    for d in duties:
        if d.team is None and "成员单位" in d.unit and re.search(r"专班|领导小组|指挥部", d.unit):
            t = teams.by_annex.get(outline.annex_of(d.span.line))
            d = replace(d, team=t.key if t else None)
        out.append(d)
    return out
