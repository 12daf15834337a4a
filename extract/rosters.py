"""Rosters: a team's membership written as a list of labels, people and posts.

A roster is read over several lines, so it works on the document's lines rather than one
line at a time::

    组长:                         <- a label alone on its line governs the lines after it
    孙春兰 国务院副总理             <- NAME POST: the post is the unit (kind position)
    副组长:彭海峰(县政府办公室主任)  <- NAME(POST), the bracket may be missing on either side
            滕合方县政府办公室副主任)  <- a continuation line with no label takes the label above
    成员单位:A、B以及C              <- units listed after a member label

Labels come from ``[teams.roster]`` in the lexicon, may be spaced out (``组  长:``) or damaged
(`` 长:`` when a roster label is near), and the post as written is the unit; several posts
joined by 、 are one post.  A bare name is a person only when nothing else is given.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import Lexicon, _alt, load_lexicon
from .records import Role, UnitKind
from .structure import Line
from .tables import column_kind
from .units import bare_name, post_before_name, split_units, unit_kind

__all__ = ["HEADING_LABEL", "Roster", "RosterEntry", "glued_name", "read_rosters"]

_HAN = r"[\u4e00-\u9fff]"
# 2-4 characters, padded with spaces or not (王  勇), or a name written with a middle dot (尼加提·尼亚孜)
_NAME = rf"(?:{_HAN}{{1,8}}(?:[·•・]{_HAN}{{1,10}})+|{_HAN}(?:\s*{_HAN}){{1,3}})"
_NAME_BRACKET = re.compile(rf"({_NAME})\s*\(\s*((?:[^()]|\([^()]*\)){{2,60}}?)\s*(?:\)|$)")
_NAME_RUN_ON = re.compile(rf"({_HAN}{{2,4}}?)([^()\s]{{3,60}})\)$")
_PERSON = re.compile(_NAME)
# a bracket after a name that qualifies the seat, no post (曹晓芬(常务)、刘建红): read as blanks
_QUALIFIERS = r"\((?:常务|执行|第一|主持工作|兼|兼任|兼职)\)"
_QUALIFIER_NOTE = re.compile(rf"({_HAN})\s*{_QUALIFIERS}(?=\s*[、,;]|\s*$)")
_QUALIFIED_NAME = re.compile(rf"[\u4e00-\u9fff\s]{{2,6}}?\s*{_QUALIFIERS}")
_MASKED_NAME = re.compile(r"(?:[XxＸ×*＊○〇]{2,4}|某某某?)\s*[、,\s]\s*")
_PROSE = re.compile(r"[。!?](?!\s*$)|负责(?!人|同志)|责任人|为本|要求|工作(?!人员|部|委|组|站|队|办|局|室|处|中心)|职责|设在|设于|设立|撤销|成立|调整|下设|担任|兼任")


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One unit (a post, an organisation or a person) given a team role on a roster line."""

    line: int
    start: int  # offsets in the line's normal form (and its text)
    end: int
    role: Role  # leader | deputy_leader | convener | deputy_convener | member | supervisor
    kind: UnitKind


@dataclass(frozen=True, slots=True)
class Roster:
    """What the roster reader found: its entries, and every line it read (labels included)."""

    entries: tuple[RosterEntry, ...]
    lines: frozenset[int]  # lines read whole
    parts: tuple[tuple[int, int, int], ...] = ()  # (line, start, end) of lists read inside a line of running text

    @property
    def kept(self) -> frozenset[tuple[int, int]]:
        """(line, offset) of the entries read inside running text: each is whole, whatever follows it."""
        return frozenset((e.line, e.start) for e in self.entries if any(n == e.line for n, _, _ in self.parts))

    def blank(self, ln: Line) -> Line:
        """The line with the lists read here blanked (same length), for the readers of running text."""
        spans = [(a, b) for n, a, b in self.parts if n == ln.number]
        if not spans:
            return ln
        norm = ln.norm
        for a, b in spans:
            norm = norm[:a] + " " * (b - a) + norm[b:]
        return replace(ln, norm=norm)


def _label_alts(lex: Lexicon) -> str:
    """The roster labels as alternatives, their characters possibly spaced out (组  长)."""
    return lex.roster_label_pattern


@lru_cache(maxsize=4)
def _label_re(lex: Lexicon) -> re.Pattern[str]:
    """A roster label opening a line, its characters possibly spaced out: 组  长:."""
    alts = _label_alts(lex)
    # (专班组长:张三, 领导小组副组长:…: the team's name before the label)
    teams = "|".join(map(re.escape, sorted(lex.team_words, key=len, reverse=True)))
    # (组 长(召集人):沙志钊: a second title of the same seat in brackets)
    # (镇级总林长:钟 沙河镇党委书记: the level of the seat before the label, when the seat is filled on the line)
    return re.compile(rf"^\s*(?:{teams}|[省市县区镇乡村]级(?=(?:{alts})\s*:\s*\S))?({alts})\s*"
                      rf"(?:\(\s*({alts})\s*\))?\s*(?::|$)\s*")


@lru_cache(maxsize=4)
def _sentence_label_re(lex: Lexicon) -> re.Pattern[str]:
    """A roster label opening a sentence, with its colon: 副指挥:…"""
    alts = _label_alts(lex)
    return re.compile(rf"\s*({alts})\s*:\s*")


@lru_cache(maxsize=4)
def _spaced_label_re(lex: Lexicon) -> re.Pattern[str]:
    """A roster label followed by a space instead of a colon: 总召集人 杨秋红 市政府副市长, 成 员 刘庆生 …, or
    glued to the name before a post (副组长李瑞芳 乡人大主席).  Taken as a label only when a named entry follows
    (not 组长 in running text)."""
    alts = _label_alts(lex)
    return re.compile(rf"^\s*({alts})(?:\s+(?=\S)|(?=[\u4e00-\u9fff]{{2,3}}\s+[\u4e00-\u9fff]))")


@lru_cache(maxsize=4)
def _damaged_re(lex: Lexicon) -> re.Pattern[str]:
    """A label that lost its first characters in the source: `` 长:``."""
    tails = sorted({label[k:] for label, _ in lex.roster for k in range(1, len(label))}, key=len, reverse=True)
    return re.compile(rf"^\s*({'|'.join(map(re.escape, tails))})\s*:\s*")


@lru_cache(maxsize=4)
def _own_role_re(lex: Lexicon) -> re.Pattern[str]:
    """A line that gives its units their role itself (县发改局、县财政局主要负责同志任成员): prose, no entry."""
    return re.compile(rf"(?:任|为)(?:{_label_alts(lex)})")


#: a sentence that announces the roster, with the first label on the same line
_OPENED = re.compile(r"[^。;]{0,80}?(?:如下|名单|组成人员|成员)\s*:\s*")


#: a line that announces a list of members one a line (委员会由下列成员组成: / 前项会报组成人员如下: / 成员单位如下:)
_ANNOUNCED = re.compile(r"(?:由(?:下列|以下|如下)(?:成员|人员|单位|部门)组成|(?:组成人员|组成单位|成员单位|成员)(?:名单)?"
                        r"(?:如下|包括|为))\s*:\s*$")
#: an item of such a list: its marker, the entry, a seat the entry takes besides (,并由其担任主席) and its closing mark
_LISTED_ITEM = re.compile(r"\s*(?:[•·\-—*]|\([一二三四五六七八九十0-9]{1,3}\)|[0-9]{1,2}[.、]|[一二三四五六七八九十]{1,3}、)?\s*"
                          r"(?:([\u4e00-\u9fff ]{2,8}):)?(.+?)(?:,\s*并?由其(?:担任|兼任|任)([\u4e00-\u9fff]{2,5}))?\s*[;。,]?\s*$")


def _announced_list(lines: list[tuple[int, str]], k: int, lex: Lexicon) -> list[RosterEntry]:
    """The members listed one a line after an announcing line ``lines[k]`` (委员会由下列成员组成: / • 行政长官,并由其担任
    主席; / • 保安司司长; …): each line a post or a body (a member; a seat it takes besides, as said); at least two."""
    out: list[RosterEntry] = []
    roles = dict(lex.roster)
    for number, norm in lines[k + 1 :]:
        item = _LISTED_ITEM.fullmatch(norm)
        if item is None or not norm.strip() or _PROSE.search(item.group(2)) or len(item.group(2)) > 60:
            break
        # a label before the entry: a roster's label gives its seat (指挥长:区长), a part of the list's name keeps
        # member (区级单位:…); a body before a colon (县公安局:分管副局长) is no such list
        label = re.sub(r"\s+", "", item.group(1) or "")
        if label and label not in roles and unit_kind(label, lex) is not None:
            break
        entries, named = _read_entry(norm, item.start(2), item.end(2), Role.member, lex)
        if [(x, y) for x, y, _ in entries] == [item.span(2)] and (lex.position_suffix_re.search(item.group(2))
                                                                   or item.group(2).endswith("长")):
            entries, named = [(item.start(2), item.end(2), UnitKind.position)], False  # 区长, 提案里长: a post, no name
        if [norm[x:y] for x, y, _ in entries] in (["其他"], ["其余"]):
            entries = [(item.start(2), item.end(2), UnitKind.collective)]  # 其他有关人员: the others, as written
        if not entries or named or any(kind is UnitKind.person for _, _, kind in entries):
            break
        seat = roles.get(item.group(3) or "") or roles.get(label) or Role.member
        out.extend(RosterEntry(number, x, y, seat, kind) for x, y, kind in entries)
    return out if len({e.line for e in out}) >= 2 else []


HEADING_LABEL = re.compile(r"\s*(?:\(\s*[一二三四五六七八九十]+\s*\)|[一二三四五六七八九十]+、|[0-9]{1,2}[.、])\s*")


def _inline_roster(norm: str, lex: Lexicon) -> list[tuple[int, int, Role]]:
    """Labelled sentences of one paragraph (总指挥:A、B。副指挥:C。成员:D、E): (start, end, role) of each list."""
    out: list[tuple[int, int, Role]] = []
    label_re = _sentence_label_re(lex)
    for m in re.finditer(r"[^。;]+", norm):
        # (成立工作指挥部,指挥长:县长;…: the first label after the sentence's opening words and a comma)
        starts = [m.start(), *(k + 1 for k in range(m.start(), m.end()) if norm[k] == ",")]
        lm = next((x for k in starts if (x := label_re.match(norm, k)) is not None), None)
        if lm is not None and lm.end() < m.end() and _role_of(lm.group(1), lex) != Role.supervisor:
            out.append((lm.end(), m.end(), _role_of(lm.group(1), lex)))
    return out


def _leader_line(norm: str, following: str, lex: Lexicon) -> tuple[int, int, UnitKind] | None:
    """(start, end, kind) of a line that names only a leader (a name, or a name glued to a post) when the
    next line gives that leader's work (负责… / 省长,主持…), else None."""
    text = norm.strip()
    nxt = re.sub(r"^[\u4e00-\u9fff、]{2,20}?[,,]", "", following.strip())  # 省长,主持…: the post before a comma
    if not (2 <= len(text) <= 16) or not nxt.startswith(lex.leader_work) or not following.strip().startswith(
            (*lex.leader_work, *(t for t in lex.position_suffixes if len(t) >= 2), "常务", "副", "兼", "省", "市", "县", "区")):
        return None
    a = len(norm) - len(norm.lstrip())
    if bare_name(text, lex) and text not in lex.not_units and column_kind(following.strip(), lex) is None:
        return a, a + len(text), UnitKind.person  # 马兴瑞 (not 单位 over a 联系电话 column: a table's header)
    if unit_kind(text, lex) is UnitKind.position and (
            glued_name(text, lex) is not None or post_before_name(text, 0, len(text), lex) is not None
            or (text[0] in lex.surnames and re.fullmatch(rf"{_HAN}{{2,3}}(?:常务|第一|执行)?副?[省市区县州镇乡]长", text))):
        return a, a + len(text), UnitKind.position  # 吴清副市长, 副市长张为: the leader as written
    return None


def _run_on_roster(norm: str, lex: Lexicon) -> list[tuple[int, int, int, Role]]:
    """Roster labels with a colon inside running text, each followed by a person's name, the lists between
    (组长:张高丽国务院副总理副组长:姜大明国土资源部部长…成员:…): (label start, start, end, role) of each list."""
    # (办公室主任:赵丽华副局长(兼),副主任:…: the office's staff, no seats of the team)
    found = [m for m in _sentence_label_re(lex).finditer(norm)
             if m.end() < len(norm) and _role_of(m.group(1), lex) != Role.supervisor
             and not (m.group(1) in lex.roster_only and norm[: m.start(1)].endswith(("办公室", "办")))]
    if not found or norm[found[0].end()] not in lex.surnames:
        return []  # the first list opens with a person's name
    roles = [_role_of(m.group(1), lex) for m in found]
    if len(found) < 2 or not {Role.leader, Role.convener} & set(roles):
        return []
    out = []
    for m, nxt, role in zip(found, [*found[1:], None], roles, strict=True):
        end = nxt.start() if nxt is not None else len(norm)
        if (stop := re.search(r"[。;]|[一二三四五六七八九十]、", norm[m.end() : end])) is not None:
            end = m.end() + stop.start()
        if (other := _clause_label_re(lex).search(norm, m.end(), end)) is not None:
            end = other.start()  # 河长:A 省委书记副河长:B 省政府副省长协助:省水利厅: the helpers' label ends the list
        if (duty := _team_duty_re(lex).search(norm, m.end(), end)) is not None:
            end = duty.start()  # …江文远县生产力促进中心干部工作专班负责指导…: the team's own duties follow
        out.append((m.start(), m.end(), end, role))
    return out


@lru_cache(maxsize=4)
def _team_duty_re(lex: Lexicon) -> re.Pattern[str]:
    """A team's name, then its duties (工作专班负责…, 领导小组主要职责): the end of a roster run on before it."""
    return re.compile(rf"(?:{_alt(lex.team_words)})(?:负责|主要职责|职责)")


@lru_cache(maxsize=4)
def _clause_label_re(lex: Lexicon) -> re.Pattern[str]:
    """A label of a duty clause with its colon (协助:, 配合单位:), none of the roster's own."""
    own = {label for label, _ in lex.roster}
    return re.compile(rf"(?:{_alt([w for w in lex.labels if w not in own])})\s*:")


def _one_post(post: str, lex: Lexicon) -> bool:
    """One person's post (国土资源部部长), not two people's run together (交通运输部副部长矫勇水利部副部长)."""
    inner = [m.end() for m in _post_words(lex).finditer(post, 0, max(0, len(post) - 2))]
    return all(post.startswith(("、", "副", "常务"), e) for e in inner)


@lru_cache(maxsize=4)
def _post_words(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(_alt(lex.position_suffixes))


def _glued_entries(text: str, lex: Lexicon) -> list[tuple[int, int]] | None:
    """Posts of people written name-post-name-post with nothing between (姜大明国土资源部部长丁向阳国务院副秘书长):
    (start, end) of each post; a piece that reads as no name and post (外交部.党.委.书.记.、副部长, damaged in
    the copy) is passed over. None unless most of the text reads so."""
    n = len(text)
    # best[i]: (characters read, posts) of the best reading of text[i:]
    best: list[tuple[int, list[tuple[int, int]]]] = [(0, [])] * (n + 1)
    for i in range(n - 1, -1, -1):
        best[i] = (0, []) if n - i <= 12 else (-n, [])  # no reading (a short tail may be cut in the copy)
        if text[i] not in lex.surnames:
            continue  # a name starts here
        for j in range(i + 4, min(n, i + 30) + 1):  # a piece read as no post (外交部.党.委.书.记., 总规划师): passed over
            if best[j][0] > best[i][0] and (j == n or text[j] in lex.surnames):
                best[i] = best[j]
        for j in range(i + 4, min(n, i + 44) + 1):
            if (j < n and text[j] not in lex.surnames) or (j - i) + best[j][0] <= best[i][0]:
                continue
            if (piece := _glued_piece(text[i:j], lex)) is not None:
                best[i] = ((j - i) + best[j][0], [(i + piece[0], i + piece[1]), *best[j][1]])
    read, posts = best[0]
    return posts if posts and read >= 0.7 * n else None


def _name_then_post(piece: str, lex: Lexicon) -> int | None:
    """Where the post starts in a person's name run into a post (刘洋县政协主席 -> 2), None for a post opening
    with a place (高新区管委会主任) or anything else."""
    cut = glued_name(piece, lex) if piece[:1] in lex.surnames else None
    return cut if cut is not None and unit_kind(piece[: cut + 1], lex) is None else None


def _glued_piece(piece: str, lex: Lexicon) -> tuple[int, int] | None:
    """(start, end) of the post in one NAME+POST piece of a run-on roster: the post may be several joined by 、
    (黄荣桂县工业和信息化局局长、县工业集中区管委会主任) and end with (兼), which is no part of it."""
    end = len(piece) - 3 if piece.endswith("(兼)") else len(piece)
    head, sep, rest = piece[:end].partition("、")
    if not 5 <= len(head) <= 24 or (sep and len(piece) > 24 and not rest) \
            or (not sep and len(piece) > 24):
        return None
    cut = glued_name(head, lex, run_on=True)
    if cut is None or not _one_post(head[cut:], lex):
        return None
    if sep and not all(lex.position_suffix_re.search(p) and unit_kind(p, lex) is UnitKind.position
                       and _name_then_post(p, lex) is None for p in rest.split("、")):
        return None  # (…主任、刘洋县政协主席: another person's name and post after the 、)
    return cut, end


_OTHER_LABEL = re.compile(r"\s*[\u4e00-\u9fff][\u4e00-\u9fff ]{1,11}:\s*")  # (a label alone on its line)
_SEAT_DUTY = re.compile(r"负责(?!人|同志)|主持")  # (成员:各单位负责人 is a post)


def _role_of(label: str, lex: Lexicon) -> Role:
    label = re.sub(r"\s+", "", label)
    for word, role in lex.roster:
        if word == label:
            return role
    # a damaged label: the role of the shortest label it ends (长 -> 组长)
    return min(((w, role) for w, role in lex.roster if w.endswith(label)), key=lambda x: len(x[0]))[1]


def _post_like(post: str, lex: Lexicon) -> bool:
    """A post or an office as written (镇 长, 国务院副总理, 市纪委), spaces ignored; or, in a copy whose
    words were swapped for near-synonyms (团县委副布告), text that opens with a unit (团县委…)."""
    p = re.sub(r"\s+", "", post)
    if unit_kind(p, lex) is not None or lex.position_suffix_re.search(p) is not None:
        return True
    return any(unit_kind(p[:k], lex) is not None for k in range(3, min(len(p), 16) + 1))


def _kind(post: str, lex: Lexicon) -> UnitKind:
    return unit_kind(re.sub(r"\s+", "", post), lex) or UnitKind.position


def _name_post(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """Offsets of the post in ``NAME POST`` (孙春兰 国务院副总理, 徐 海 镇 长, 贺 昌 信省扶贫办副主任)."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if len(tokens) < 2:
        return None
    if tokens[0][1] - tokens[0][0] >= 2:
        cuts = [1]
    else:  # a name padded character by character: the post is what is left once it reads as one
        singles = next((k for k, (x, y) in enumerate(tokens) if y - x > 1), len(tokens))
        cuts = [k for k in (2, 3) if k <= singles and k < len(tokens)] or [min(singles, len(tokens) - 1)]
        if singles == 3 < len(tokens) and not text.startswith(_POST_OPENERS, tokens[2][0]):
            cuts = [3, 2]  # 和 淑 英 乡经济发展办主任: three single characters, then the post (not 王 五 副 县长)
    for cut in cuts:
        name = "".join(text[x:y] for x, y in tokens[:cut])
        x = tokens[cut][0]
        post = text[x:]
        long_name = cut == 1 and re.fullmatch(rf"{_HAN}{{5,6}}", name) is not None \
            and not name.startswith(tuple(lex.collective_openers) + lex.prefixes) \
            and not lex.unit_suffix_re.search(name)  # 巴音毕力格 政府副旗长 (not 各村民小组 组长: a body)
        if not ((_PERSON.fullmatch(name) or long_name) and (unit_kind(name, lex) is None or _named_like_a_body(name, lex))
                and not lex.position_suffix_re.search(name) and re.match(_HAN, post)
                and len(post) <= 60 and _post_like(post, lex)):
            continue
        # 贺 昌 信省扶贫办副主任: the name's last character ran into the post (not 何 棠 藤县县长: a place of one
        # character and its level, the level repeated by the post)
        if len(name) == 2 and cut > 1 and not post.startswith((*lex.prefixes, "副", "常务", "第一", "执行", "团")) \
                and post[1:].startswith(lex.prefixes) and not re.match(rf"{_HAN}州[市省县区]", post) \
                and not re.match(rf"{_HAN}([县市区旗])\1", post) \
                and _post_like(post[1:], lex):
            x += 1
        return x, len(text)
    return None


_POST_OPENERS = tuple("省市县区乡镇村旗州盟副正常第执代党")


def _named_like_a_body(name: str, lex: Lexicon) -> bool:
    """A person's name that ends like a body (包森会, 会 as in 商会) before a post: three characters, a surname first,
    a one-character body ending."""
    m = lex.unit_suffix_re.search(name)
    return len(name) == 3 and name[0] in lex.surnames and m is not None and m.end() == 3 and len(m.group(0)) == 1


def _glued_name_before_post(norm: str, at: int, lex: Lexicon) -> bool:
    """A name glued to the label before it, then a post (副组长李瑞芳 乡人大主席; not 组长职责 主持…, 组长单位 县发改局)."""
    m = re.match(rf"({_HAN}{{2,3}})\s+(\S.*)", norm[at:])
    return (m is not None and bool(lex.surnames) and m.group(1)[0] in lex.surnames
            and unit_kind(m.group(1), lex) is None and m.group(1) not in lex.not_units
            and unit_kind(re.split(r"[、,]", m.group(2).strip())[0], lex) is UnitKind.position)


def _post_name(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """Offsets of the post in ``POST NAME`` parted by spaces (县委副书记 李明, 县政府副县长 王 强同志): the name
    (two or three characters after a surname, padded or not, 同志 aside) closes the entry."""
    m = re.fullmatch(rf"([^\s、,]+)\s+({_HAN}(?:\s*{_HAN}){{1,2}})(?:同志)?", text)
    if m is None or not lex.surnames or m.group(2)[0] not in lex.surnames:
        return None
    name, post = re.sub(r"\s+", "", m.group(2)), m.group(1)
    if unit_kind(name, lex) is not None or lex.position_suffix_re.search(name) or not lex.position_suffix_re.search(post):
        return None
    return m.start(1), m.end(1)


def glued_name(text: str, lex: Lexicon, run_on: bool = False) -> int | None:
    """Where the post starts in a name run into its post (苟明利县人民政府副县长, 金刚县工商局局长,
    苏方涛东皇镇人民政府镇长): a name of two or three characters, then a post that opens with an
    administrative prefix (preferred) or with a unit."""
    if text.startswith(lex.post_openers):
        return None  # 党委副书记, 人大主席: a post that opens with its organ (党 is a surname too)
    if re.fullmatch(rf"{_HAN}{{4,8}}", text) and lex.surnames and text[0] in lex.surnames:
        # 刘威镇长, 彭亚副镇长, 牛向东副市长, 李四常务副县长: a name and a bare post
        for cut in (3,) if len(text) == 6 else (2, 3):
            if len(text) == 6 and lex.unit_suffix_re.search(text[:cut]):
                continue
            if re.sub(r"^(?:常务|第一|执行)?副?", "", text[cut:]) in lex.position_suffixes and len(text) - cut >= 2 \
                    and not re.match(r"常务|第一|执行|专职", text):  # (常务副县长: a post, no name)
                return cut
    if not re.fullmatch(rf"{_HAN}{{5,24}}", text) or (unit_kind(text, lex) is not UnitKind.position and not (
            run_on and lex.position_suffix_re.search(text))):
        return None  # in a run of names and posts a name may hold any character (戴均良民政部副部长)
    valid = []
    for cut in (2, 3):  # 王荣江苏省委常委: a post opening with a place's name (江苏省) says where the name ends
        # (not 牛向东副市长: 东副 is no place, 市长 a post; nor 蒋春兰城市管理办…: 城市 is a word)
        if re.match(rf"(?!{_HAN}?副|{_HAN}城市){_HAN}{{2}}(?:省|自治区|市|州|县)(?!长)", text[cut:]) \
                and unit_kind(text[cut:], lex) is UnitKind.position \
                and text[cut : cut + 1] not in lex.prefixes and not text[cut:].startswith(lex.prefixes) \
                and unit_kind(text[:cut], lex) is None:
            return cut
    opening: list[int] = []  # cuts whose post opens with an administrative prefix, then with an organ (政府…)
    for cut in (3, 2):
        name, post = text[:cut], text[cut:]
        if unit_kind(name, lex) is not None or lex.position_suffix_re.search(name) or name.startswith(lex.prefixes) \
                or name.startswith(tuple(lex.collective_openers)):
            continue  # (相关乡镇负责人: a collective's post, no name)
        if unit_kind(post, lex) is not UnitKind.position or post in lex.position_suffixes \
                or (text[cut] in "所局处室科站队院部厅委办" and unit_kind(text[: cut + 1], lex) is not None):
            continue  # (派出所和司法所负责人: 派出 is no name when 派出所 is a body)
        if post.startswith(lex.prefixes):
            return cut
        if post.startswith(lex.post_openers):
            opening.append(cut)  # (米琳市政府办公厅副主任: 市政府…, not 政府…)
        elif any(unit_kind(post[:k], lex) is not None for k in range(3, min(len(post) - 1, 16))) \
                and (not lex.surnames or text[0] in lex.surnames):
            valid.append(cut)  # (not 综合便民服务中心主任: a post alone, 综 opens no name)
    return (opening or valid)[0] if opening or valid else None


def _listed_names(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Offsets of the names of a list joined by 、 (王 红、戴国宁、巢 凌、), when every piece is a name."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^、,;]+", text):
        x, y = m.start(), m.end()
        while x < y and text[x].isspace():
            x += 1
        while y > x and (text[y - 1].isspace() or text[y - 1] in "。"):
            y -= 1
        if x == y:
            continue
        bare = re.sub(r"\s+", "", text[x:y])
        if unit_kind(bare, lex) is not None or lex.position_suffix_re.search(bare):
            return []
        if bare == text[x:y] and (cut := _glued_names(bare, lex)) is not None:
            out += [(x, x + cut), (x + cut, y)]  # 陆小香冯晖: two names with no separator
            continue
        if not _PERSON.fullmatch(bare):
            return []
        out.append((x, y))
    return out if len(out) >= 2 else []


def _glued_names(text: str, lex: Lexicon) -> int | None:
    """Where the second of two names written together starts (陆小香冯晖 -> 3), by the surnames."""
    if not 5 <= len(text) <= 6 or not lex.surnames or text[0] not in lex.surnames:
        return None
    cuts = [k for k in ((3, 2) if len(text) == 5 else (3,)) if text[k] in lex.surnames]
    return cuts[0] if len(cuts) == 1 else None


def _names(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Offsets of the names on a line that holds nothing else (two or more of them), else []."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if len(tokens) < 2:
        return []
    # 闵 成 马梅红: a two-character name padded with a space is one name
    merged: list[tuple[int, int]] = []
    for x, y in tokens:
        if merged and y - x == 1 and merged[-1][1] - merged[-1][0] == 1 and x - merged[-1][1] <= 2:
            merged[-1] = (merged[-1][0], y)
        else:
            merged.append((x, y))
    out: list[tuple[int, int]] = []
    for x, y in merged:
        t = re.sub(r"\s+", "", text[x:y])
        if not re.fullmatch(rf"{_HAN}{{2,6}}", t) or unit_kind(t, lex) is not None or lex.position_suffix_re.search(t):
            return []
        if len(t) == 6:
            out += [(x, x + 3), (x + 3, y)]
        elif len(t) <= 4:
            out.append((x, y))
        else:
            return []
    return out


#: the words that close a list of members (…、C等单位负责人为专委会成员)
_MEMBERS_CLOSE = re.compile(r"(?:等(?:单位|部门))?(?:主要|有关|相关|分管)?(?:负责人|负责同志|领导)?"
                            r"(?:为|任)[\u4e00-\u9fff]{0,8}?成员(?:单位)?$")
@lru_cache(maxsize=4)
def _seats_each_re(lex: Lexicon) -> re.Pattern[str]:
    """各1名负责人 / 各一名分管领导 closing a list of member units: the person each sends."""
    return re.compile(rf"(?:等(?:单位|部门))?各\s*(?:[1-9]|[一二两三])\s*[名人](?:{_alt(lex.seat_nouns)})?$")


#: the sentence that seats the team's office, run on after the last entry of a roster
_OFFICE_TITLE = re.compile(r"办公室(?:组成人员|人员组成|成员|人员)?(?:名单)?[::]?\s*$")
_OFFICE_AFTER = re.compile(r"(?:(?:领导小组|工作小组|小组|指挥部|委员会|联席会议)(?=办公室))?办公室(?:设在|设于)")


def _opens_inside_roster(lines: list[tuple[int, str]], lex: Lexicon) -> bool:
    """Whether the text opens with three or more ``NAME (POST)`` lines and nothing else: a roster's members
    whose label stood on a page the copy lost (贾津生 (迎泽区副区长) / 刘晓黎 (杏花岭区副区长) / …)."""
    return len(lines) >= 3 and all(
        (m := _NAME_BRACKET.fullmatch(norm.strip())) is not None and _post_like(m.group(2), lex)
        and unit_kind(m.group(1), lex) is None for _, norm in lines[:3])


def _name_post_pairs(text: str, lex: Lexicon) -> list[tuple[int, int]] | None:
    """Offsets of the posts of two or more people on one line, each written NAME POST or POST NAME, parted by
    spaces (郑栅洁 省委书记 王清宪 省委副书记、省长; 县发改局局长 张三 县财政局局长 李四), else None."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if len(tokens) < 2 or not lex.surnames:
        return None

    def name(t: tuple[int, int]) -> bool:
        s = text[t[0] : t[1]]
        return bool(_PERSON.fullmatch(s)) and s[0] in lex.surnames and unit_kind(s, lex) is None \
            and not lex.position_suffix_re.search(s)

    def post(t: tuple[int, int]) -> bool:
        s = text[t[0] : t[1]]
        bare = re.sub(r"^(?:常务|第一|执行)?副?", "", s) in lex.position_suffixes  # (李明 县长, 陈静 副市长)
        return bare or unit_kind(s, lex) is UnitKind.position

    # (王五 县发改局局长赵六 县财政局局长: a post glued to the next person's name, a table cell's lines run together)
    split: list[tuple[int, int]] = []
    for x, y in tokens:
        cut = next((y - k for k in (2, 3) if y - x > k + 2 and name((y - k, y)) and post((x, y - k))), None)
        split += [(x, cut), (cut, y)] if cut is not None else [(x, y)]
    tokens = split
    if len(tokens) < 4 or len(tokens) % 2:
        return None
    names, posts = tokens[0::2], tokens[1::2]
    if not (all(map(name, names)) and all(map(post, posts))):
        posts, names = names, posts
        if not (all(map(name, names)) and all(map(post, posts))):
            return None
    return posts


def _name_comma_posts(text: str, lex: Lexicon) -> list[tuple[int, int]] | None:
    """Offsets of the posts of people written NAME,POST (组长:张三,县委副书记、县长; several people parted by ;),
    the posts after the comma one unit each (joined by 、 they are one person's), else None."""
    out = []
    for m in re.finditer(r"[^;]+", text):
        seg = re.fullmatch(rf"\s*({_NAME})\s*,\s*(.+?)\s*", m.group(0))
        if seg is None:
            return None
        name, post = re.sub(r"\s+", "", seg.group(1)), seg.group(2)
        if not (2 <= len(name) <= 4 and name[0] in lex.surnames and unit_kind(name, lex) is None
                and not lex.position_suffix_re.search(name) and _post_like(post, lex) and "," not in post):
            return None
        out.append((m.start() + seg.start(2), m.start() + seg.end(2)))
    return out or None


def _office_after(norm: str, a: int, b: int, lex: Lexicon) -> int | None:
    """Where the sentence seating the team's office starts when it runs on after an entry's post (张鹏举市城投公司
    总经理领导小组办公室设在市环保局), else None (not 国家教材委员会办公室设在…: no entry before it)."""
    office = _OFFICE_AFTER.search(norm, a, b)
    if office is None or office.start() < a + 4 or not norm[a : office.start()].endswith(lex.position_suffixes):
        return None
    return office.start()


def _gives_duty(sentence: str, lex: Lexicon) -> bool:
    """True if the start of a sentence after a roster entry's full stop gives a duty (由X负责…, 办公室设在…): a role
    word or an office's seat of the lexicon."""
    head = sentence.split("。", 1)[0]
    return lex.role_marker_re.search(head) is not None or any(w in head for w in (*lex.office_after, "设在"))


def _before_share_note(norm: str, a: int, b: int, lex: Lexicon) -> int:
    """End of an entry before a closing note on the person's share of the work (顾闯 党委副书记(主持党委全面
    工作)): the note is no post (董玲珍(镇保障所负责人) is one: the head of a body)."""
    note = re.search(r"\(([^()]{2,40})\)\s*$", norm[a:b])
    if note is not None and re.search(rf"(?:{_alt(lex.leader_work)})(?!人|同志)", note.group(1)) \
            and norm[a : a + note.start()].strip():
        return a + note.start()
    return b


#: a seat's post written as the leader in charge of a level or a sector (镇分管领导, 民政分管领导)
_LEVEL_LEADER = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:分管|主要|主管)(?:领导|负责同志|负责人)")


def _units_only(norm: str, named: bool) -> bool:
    """A line that is a list of units and nothing else, however long (民政部、中央宣传部、…扶贫办 under 成员单位; not
    市政府分管副秘书长,市委宣传部、…主要领导为领导小组成员。, a team's sentence)."""
    text = norm.strip().rstrip("。;")
    return not named and not re.search(r"[,;。:]", text) and _MEMBERS_CLOSE.search(text) is None


def _read_entry(norm: str, a: int, b: int, role: Role,
                lex: Lexicon) -> tuple[list[tuple[int, int, UnitKind]], bool]:
    """(units, whether a person's name was written) of one roster entry."""
    while a < b and norm[a].isspace():
        a += 1
    while b > a and (norm[b - 1].isspace() or norm[b - 1] in "。;," or (
            norm[b - 1] == ")" and norm.count("(", a, b) < norm.count(")", a, b))):
        b -= 1  # (组长:郭丽红,成员:全体党政领导、各村支部书记): the roster's own closing bracket
    b = _before_share_note(norm, a, b, lex)
    if (closing := _MEMBERS_CLOSE.search(norm, a, b)) is not None and closing.start() > a:
        b = closing.start()  # 成员:A、B、C等单位负责人为专委会成员。: the list, without the sentence that closes it
    if role == Role.member and (seats := _seats_each_re(lex).search(norm, a, b)) is not None and seats.start() > a:
        b = seats.start()  # 成员:县纪委、县委办…各1名负责人: the units, each sending a person (the seat is no unit)
    if (concurrent := re.search(r"\s*\(\s*兼(?:任|职)?\s*\)\s*$", norm[a:b])) is not None \
            and _PERSON.fullmatch(name := re.sub(r"\s+", "", norm[a : a + concurrent.start()])) \
            and unit_kind(name, lex) is None and not lex.position_suffix_re.search(name):
        b = a + concurrent.start()  # 组 长:李文学 (兼): the person holds the seat besides another (no post given)
    if (office := _office_after(norm, a, b, lex)) is not None:
        b = office  # 张鹏举市城投公司总经理领导小组办公室设在市环保局: the office's own sentence run on
    if (masked := _MASKED_NAME.match(norm, a, b)) is not None and masked.end() < b \
            and _post_like(norm[masked.end() : _before_share_note(norm, masked.end(), b, lex)], lex):
        # 组长:XXX、区政府副区长 / XXX、区公安分局党委委员、指挥中心主任: a name masked in the copy, then one person's posts
        return [(masked.end(), _before_share_note(norm, masked.end(), b, lex), UnitKind.position)], True
    if (by := re.fullmatch(r"由(.{2,40}?)(?:同志)?(?:担任|兼任)", norm[a:b])) is not None:
        a, b = a + by.start(1), a + by.end(1)  # 组  长:由县长担任: the post between 由 and 担任
    text = _QUALIFIER_NOTE.sub(lambda m: m.group(1) + " " * (m.end() - m.start(1) - len(m.group(1))), norm[a:b])
    if not text.strip():
        return [], False
    # NAME(POST) — one or several on the line; the bracket may be left open; a qualifier's bracket (曹晓芬(常务))
    # seats the name itself
    written = norm[a:b]
    found = list(_NAME_BRACKET.finditer(written))
    if found and any(not _QUALIFIED_NAME.fullmatch(m.group(0)) for m in found) \
            and not found[0].group(1).startswith(tuple(lex.collective_openers)) \
            and unit_kind(re.sub(r"\s+", "", found[0].group(1)), lex) is None and (found[0].start() == 0 and (
            len(found) == 1 or re.fullmatch(r"[\s、,;]*", "".join(written[p.end() : q.start()]
                                                                for p, q in itertools.pairwise(found))))):
        return [(a + m.start(1), a + m.end(1), UnitKind.person) if _QUALIFIED_NAME.fullmatch(m.group(0))
                else (a + m.start(2), a + m.end(2), _kind(m.group(2), lex)) for m in found], True
    if (pairs := _name_post_pairs(text, lex)) is not None:
        return [(a + x, a + y, _kind(text[x:y], lex)) for x, y in pairs], True
    if (one := re.fullmatch(rf"\s*({_HAN})\s{{2,}}(\S+)\s*", text)) is not None and one.group(1) in lex.surnames \
            and unit_kind(one.group(2), lex) is UnitKind.position:
        return [(a + one.start(2), a + one.end(2), UnitKind.position)], True  # 钟   沙河镇党委书记: a name cut to its surname
    if (comma_posts := _name_comma_posts(text, lex)) is not None:
        return [(a + x, a + y, _kind(text[x:y], lex)) for x, y in comma_posts], True
    # NAMEPOST) with the opening bracket lost: the post starts with an administrative prefix
    if _NAME_RUN_ON.match(text) is not None:
        for cut in (3, 2, 4):
            post = text[cut:-1]
            if post.startswith(lex.prefixes) and unit_kind(post, lex) is UnitKind.position:
                return [(a + cut, b - 1, UnitKind.position)], True
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^、,;]+", text)]
    if len(pieces) >= 2 and all(" " in text[x:y].strip() for x, y in pieces):
        # 副县长 赵刚、副县长 孙强: several POST NAME (or NAME POST) entries on one line
        posts: list[tuple[int, int]] = []
        for x, y in pieces:
            x += len(text[x:y]) - len(text[x:y].lstrip())
            piece = text[x:y].strip()
            if (pp := _post_name(piece, lex) or _name_post(piece, lex)) is not None:
                posts.append((x + pp[0], x + pp[1]))
        if len(posts) == len(pieces):
            return [(a + p, a + q, _kind(text[p:q], lex)) for p, q in posts], True
    names = _names(text, lex) or _listed_names(text, lex)
    if names:  # 章进念 庄志峰罗澄荣: several bare names (two three-character names may run together)
        return [(a + x, a + y, UnitKind.person) for x, y in names], True
    if (np := _name_post(text, lex) or _post_name(text, lex)) is not None:
        return [(a + np[0], a + np[1], _kind(text[np[0] : np[1]], lex))], True
    if (p := post_before_name(norm, a, b, lex)) is not None and p[0] == a and re.fullmatch(rf"{_HAN}{{2,3}}", norm[p[1] : b]) \
            and norm[p[1]] in lex.surnames:
        return [(p[0], p[1], UnitKind.position)], True  # 县长王五: the post, the name after it
    if _PERSON.fullmatch(text) and unit_kind(text, lex) is None:
        return [(a, b, UnitKind.person)], True  # a bare name: the person, when nothing else is given
    if (glued := glued_name(text, lex)) is not None:
        return [(a + glued, b, UnitKind.position)], True
    people = [(m.start(), m.end(), _name_then_post(m.group(0), lex)) for m in re.finditer(r"[^、]+", text)]
    if len(people) >= 2 and all(cut is not None for _, _, cut in people):
        # 陈刚县人大常委会主任、刘洋县政协主席: people, each a name run into a post, parted by 、
        return [(a + x + cut, a + y, UnitKind.position) for x, y, cut in people if cut is not None], True
    first, _, rest = text.partition("、")
    if rest and len(first) >= 6 and first[0] in lex.surnames and "的" not in first \
            and (glued := glued_name(first, lex)) is not None \
            and all(lex.position_suffix_re.search(p) and _name_then_post(p, lex) is None for p in rest.split("、")):
        return [(a + glued, b, UnitKind.position)], True  # 王荣江苏省委常委、市委书记: a name, then posts joined by 、
    if role != Role.member and _LEVEL_LEADER.fullmatch(text.strip()):
        return [(a, b, UnitKind.position)], False  # 组长:镇分管领导 / 民政分管领导: the post, its level or sector kept
    # a list of units (成员单位:A、B以及C), or posts without a name (镇党委副书记、政协工委主任: one post)
    items, rejected = split_units(norm, a, b, lex=lex, lenient=True)
    if not items or rejected:
        return [], False
    named = [(i, p) for i in items if (p := post_before_name(norm, i.start, i.end, lex)) is not None
             and p[0] == i.start and re.fullmatch(rf"{_HAN}{{2,3}}", norm[p[1] : i.end]) and norm[p[1]] in lex.surnames]
    if named and len(named) == len(items):
        return [(p[0], p[1], UnitKind.position) for _, p in named], True  # 县长王五, 县发改局局长张三: the posts
    if role != Role.member and all(i.kind is UnitKind.position for i in items) \
            and all(norm[x.end : y.start].strip() in ("、", "") for x, y in itertools.pairwise(items)):
        return [(a, b, UnitKind.position)], False  # (副主任及各党组成员: 及 parts people)
    post_of = dict(named)  # (市政府办公室主任彭伟洪,…,市水务局主要负责同志: some named, some not)
    return [(post_of[i][0], post_of[i][1], UnitKind.position) if i in post_of else (i.start, i.end, i.kind)
            for i in items], False


@lru_cache(maxsize=4)
def _label_cell_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{lex.roster_label_pattern})\s*(:?)\s*\|")


def _label_cell_rows(lines: list[tuple[int, str]], lex: Lexicon) -> list[tuple[int, str]]:
    """组长 | 张三 | 县长 | (a roster as a table, a .docx's, a page's or a PDF's): the label's cell as a label, its
    colon where the first bar stands and spaces for the others; a row after it with its first cell empty (| 赵六 |
    县财政局局长 |) goes on with the label above.  Each line keeps its length, so offsets hold."""
    row = _label_cell_re(lex)
    out = []
    in_roster = False
    for n, norm in lines:
        m = row.match(norm)
        if m is not None and norm.count("|") >= 2 and norm[m.end() :].strip(" |"):
            at = m.start(1) if m.group(1) else m.end() - 1  # (组 长: | 张三 县长 |: the cell's own colon)
            norm = norm[:at] + ":" + norm[at + 1 :].replace("|", " ")
            in_roster = True
        elif in_roster and re.match(r"\s*\|\s*[^|\s]", norm) and norm.rstrip().endswith("|"):
            norm = norm.replace("|", " ")
        else:
            in_roster = False
        out.append((n, norm))
    return out


def read_rosters(lines: list[tuple[int, str]], lex: Lexicon | None = None,
                 is_heading: frozenset[int] = frozenset()) -> Roster:
    """Roster entries of a document given its non-empty lines as (number, normal form).

    >>> rows = [(1, "组长:"), (2, "孙春兰 国务院副总理"), (3, "副组长:彭海峰(县政府办公室主任)"), (4, "  滕合方县政府办公室副主任)")]
    >>> [(e.line, rows[e.line - 1][1][e.start:e.end], e.role.value) for e in read_rosters(rows).entries]
    [(2, '国务院副总理', 'leader'), (3, '县政府办公室主任', 'deputy_leader'), (4, '县政府办公室副主任', 'deputy_leader')]
    """
    lex = lex or load_lexicon()
    # 召 集 人 / : / 欧阳斌 / 党工委副书记、办事处主任: a table's cells one a line, the colon a cell of its own
    lines = _label_cell_rows([(n, s) for n, s in lines if s.strip() not in (":", "|", ":|")], lex)
    label_re, damaged_re, spaced_re = _label_re(lex), _damaged_re(lex), _spaced_label_re(lex)
    labelled = [k for k, (_, norm) in enumerate(lines) if label_re.match(norm)]
    out: list[RosterEntry] = []
    read: set[int] = set()
    parts: list[tuple[int, int, int]] = []
    role: Role | None = None
    prev_line = 0
    gap = False  # one line the roster could not read (garbled in the source) may lie between entries
    staff = False  # the lines under an office's title list its staff (主任/副主任), no seats of the team
    staff_lines: set[int] = set()
    listed: set[int] = set()
    for k, (number, norm) in enumerate(lines):
        if number in listed:
            continue
        if _ANNOUNCED.search(norm) and (items := _announced_list(lines, k, lex)):
            # 委员会由下列成员组成: / • 行政长官,并由其担任主席; / • 保安司司长; …: the members one a line
            out.extend(items)
            listed |= {e.line for e in items}
            read.update(listed)
            role = None
            continue
        if len(inline := _inline_roster(norm, lex)) >= 2:
            # 总指挥:徐中健、袁军。常务指挥:王卫东。副指挥:胡业飞、金玫。成员:…: a roster within one paragraph
            for x, y, r in inline:
                entries, _ = _read_entry(norm, x, y, r, lex)
                out.extend(RosterEntry(number, ex, ey, r, kind) for ex, ey, kind in entries)
            read.add(number)
            role = None
            continue
        if k + 1 < len(lines) and (held := _leader_line(norm, lines[k + 1][1], lex)) is not None:
            # 陈寅常务副市长 / 负责…; 马兴瑞 / 省长,主持省政府全面工作: a leader heading the duties on the next line
            out.append(RosterEntry(number, held[0], held[1], Role.supervisor, held[2]))
            read.add(number)
            role = None
            continue
        if run_on := _run_on_roster(norm, lex):
            # …二、组成人员组长:张高丽国务院副总理副组长:姜大明国土资源部部长…: the rest of the line (the
            # office, the team's duties) is read as text, without the lists
            for label, x, y, r in run_on:
                glued = _glued_entries(norm[x:y].rstrip("。;, "), lex) if y - x >= 10 else None
                entries = [(x + a, x + b, UnitKind.position) for a, b in glued] if glued else \
                    _read_entry(norm, x, y, r, lex)[0]
                out.extend(RosterEntry(number, ex, ey, r, kind) for ex, ey, kind in entries)
                parts.append((number, label, y))
            role = None
            continue
        if number in is_heading and (hm := HEADING_LABEL.match(norm)) is not None \
                and (lm := _sentence_label_re(lex).match(norm, hm.end())) is not None and norm[lm.end() :].strip() \
                and _role_of(lm.group(1), lex) != Role.supervisor:  # ((一)牵头领导:王宏副市长: read with the clauses)
            # (一)召集人:市政府分管民政工作的副市长。: a heading that is a roster line
            entries, _ = _read_entry(norm, lm.end(), len(norm), _role_of(lm.group(1), lex), lex)
            out.extend(RosterEntry(number, x, y, _role_of(lm.group(1), lex), kind) for x, y, kind in entries)
            read.add(number)
            role = None
            continue
        if number in is_heading:
            # (一)部门委员 / (二)专家委员: a heading naming a part of the roster's members keeps it going
            bare = re.sub(r"\([^()]*\)\s*$", "", norm)  # (按姓氏笔划为序)
            role = Role.member if role is not None and re.search(r"(?:委员|成员)(?:单位)?\s*[::]?\s*$", bare) else None
            if role is not None:
                read.add(number)
            continue
        m = label_re.match(norm)
        if m is None and role is not None and _OTHER_LABEL.fullmatch(norm) and not damaged_re.match(norm) \
                and not spaced_re.match(norm):
            role = None  # 工作组负责人: / 专职工作人员: a seat the lexicon does not know ends the one before
            continue
        if m is None and (op := _OPENED.match(norm)) is not None:
            m = _sentence_label_re(lex).match(norm, op.end())  # …组成人员如下: 组 长:温家宝 国务院总理
        damaged = False
        if m is None and any(abs(j - k) <= 6 for j in labelled):
            m = damaged_re.match(norm)
            damaged = m is not None
        if m is None and (sp := spaced_re.match(norm)) is not None \
                and (norm[sp.end() - 1 : sp.end()].isspace() or _glued_name_before_post(norm, sp.end(), lex)) \
                and ((read_sp := _read_entry(norm, sp.end(), len(norm), _role_of(sp.group(1), lex), lex))[1]
                     or (re.search(r"\s", sp.group(1)) and read_sp[0])):
            m = sp  # a named entry follows, or the label is spaced out (成  员  各乡镇长: never running text)
        if m is not None and _role_of(m.group(1), lex) == Role.supervisor and norm[m.end() :].strip():
            role = None  # 牵头领导:王元灿副局长 is a label of the line (read with the clauses), no roster
            continue
        if m is not None:
            before, role = role, _role_of(m.group(1), lex)
            if damaged and role == Role.leader and before == Role.deputy_leader:
                role = Role.deputy_leader  # 常务副组长:… / ` 长:杨建林`: a damaged label after the deputies is a deputy's
            body_start = m.end()
            # 自建房…领导小组办公室 / 主  任:潘新雅 区交通与建设局局长 / 副主任:…: the office's staff (its director is
            # no seat of the team): read, and none of it an entry
            # (成立…领导小组办公室 / 主任:…: an office set up as the body of its own, read as a team; a 成员 label after
            # the staff is the office's too)
            head = re.sub(r"\s+", "", m.group(1))
            staff = (k > 0 and lines[k - 1][0] in staff_lines) or (
                head in lex.roster_only and role in (Role.leader, Role.deputy_leader) and k > 0
                              and _OFFICE_TITLE.search(lines[k - 1][1]) is not None
                              and not re.search(r"成立|组建|设立", lines[k - 1][1]))
        elif role is not None:
            body_start = 0
            staff = staff and len(norm.strip()) <= 40 and not _PROSE.search(norm)
            if not staff and lines[k - 1][0] in staff_lines:
                role = None  # 工作职责:依托区交通建设局…: the office's staff listed, its duties follow
                continue
        elif k == 0 and _opens_inside_roster(lines, lex):
            role, body_start = Role.member, 0  # a copy whose first page (and the roster's label) is lost
        else:
            continue
        if staff:
            read.add(number)
            staff_lines.add(number)
            continue
        # 河长:周喜安 省政府副省长协助:省住房城乡建设厅: the helpers' clause after the entry is read as text
        cl = _clause_label_re(lex).search(norm, body_start + 2) if m is not None else None
        # 组 长:镇分管领导,成 员:派出所和司法所负责人: more seats after a comma, each read with its own label
        seats = [x for x in _sentence_label_re(lex).finditer(norm, body_start + 2, cl.start() if cl else len(norm))
                 if norm[x.start(1) - 1] in ",;。 \u3000"] if m is not None else []
        if seats:
            cl = seats[0]
        end = cl.start() if cl else len(norm)
        text_at = cl.start() if cl else None  # where the running text after the entries starts, if it does
        if m is not None and cl is None and (stop := norm.find("。", body_start)) >= 0 \
                and _gives_duty(norm[stop + 1 : stop + 33], lex):
            end = text_at = stop  # 成员:A、B等单位负责人。由镇应急办负责日常工作。: the next sentence is text
        if m is not None and not seats and (dv := _SEAT_DUTY.search(norm, body_start + 2, end)) is not None \
                and dv.start() - body_start <= 24 and not re.search(r"[,;。、(]", norm[body_start : dv.start()]):
            end = dv.start()  # 总指挥长:乡长负责防汛抗旱的全面工作: the seat, then what it does
        entries, named = _read_entry(norm, body_start, end, role, lex)
        for here, after in itertools.zip_longest(seats, seats[1:]):
            seat = _role_of(here.group(1), lex)
            more, _ = _read_entry(norm, here.end(), after.start() if after is not None else len(norm), seat, lex)
            out.extend(RosterEntry(number, sa, sb, seat, kind) for sa, sb, kind in more)
        until = _before_share_note(norm, 0, len(norm), lex)
        office = None if not entries else text_at if text_at is not None else _office_after(norm, body_start, until, lex)
        if m is None and (_PROSE.search(norm, 0, office or until)
                          or _own_role_re(lex).search(norm) or not entries
                          or len(norm.strip()) > (400 if _units_only(norm, named) else 80)):
            if gap or out == [] or prev_line == 0:
                role = None  # the roster ended: running text follows
            gap = True
            continue
        if m is None and gap and not named:
            role = None  # after a line it could not read, only NAME POST lines go on with the roster
            continue
        gap = False
        if m is not None and not entries and norm[body_start:].strip():
            role = None  # 成员:… followed by prose: not a roster
            continue
        if m is not None and office is None:
            read.add(number)
        # 副组长:顾向阳 / 镇党委副书记、政协工委主任: a post on the line after a bare name is that person's
        if (m is None and not named and out and out[-1].kind is UnitKind.person and out[-1].role == role
                and len(entries) == 1 and out[-1].line == prev_line):
            out.pop()
        out.extend(RosterEntry(number, x, y, role, kind) for x, y, kind in entries)
        if m is not None and m.re is label_re and m.group(2) and (also := _role_of(m.group(2), lex)) != role:
            out.extend(RosterEntry(number, x, y, also, kind) for x, y, kind in entries)  # 组长(召集人): both seats
        prev_line = number
        if m is not None and m.re is label_re and re.match(r"\s*[省市县区镇乡村]级", norm):
            role = None  # 镇级总林长:钟 沙河镇党委书记: one seat, its line alone (a table of the level's seats may follow)
        if office is not None:
            parts.append((number, 0, office))  # the office's sentence is read as running text
            role = None  # and closes the roster
        else:
            read.add(number)
    part_lines = {n for n, _, _ in parts}
    return Roster(tuple(out), frozenset(read | {e.line for e in out if e.line not in part_lines}), tuple(parts))
