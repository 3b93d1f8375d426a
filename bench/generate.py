"""A deterministic generator of synthetic news articles (and their gold facts) for the benchmark.

Everything here is written for this project: sentence templates, word pools and names are our own,
and every name is drawn at random (surname + given name for people, invented brand + suffix for
companies and investors). Article ``i`` depends only on ``(seed, i)``, so the first 1,000 articles
of a 10,000-article corpus are the 1,000-article corpus.

Each article is front matter (title, date, source, tags) and a body of paragraphs. Most sentences
state no relation at all (market colour, figures, quotes, events); some state a founder, alumni,
works-for, location, funding, product or policy fact. The facts each relation sentence states are
written to ``<name>.tsv`` next to ``<name>.md`` in the gold format of ``tests/corpus`` (so
``kg eval`` can score the generated text), with the sentence as evidence.

    python -m bench.generate OUT_DIR [--articles 1000] [--seed 7]
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from pathlib import Path

# ---- word pools (all invented or generic) --------------------------------------------------------

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁"
                "沈姚卢姜崔钟谭陆汪范金廖贾夏韦方白邹孟熊秦邱尹薛段雷侯史陶黎贺顾郝龚邵钱严覃戴孔汤")
DOUBLE_SURNAMES = ["欧阳", "司马", "上官", "诸葛"]
GIVEN = list("伟芳敏静丽强磊军洋勇艳杰娟涛明超霞平刚晨宇浩然轩梓涵思雨欣怡博瑞嘉俊鹏志华建海晓云天凡若溪景川航"
             "远辰泽清安宁逸哲峰婷琳彤悦诗睿铭晗煜翔宏斌健琦昊鑫蕾曦朗骁岚澜舟衡")
BRAND = list("星衡澄启北辰云深灵犀极光数象矩阵蓝岸量枢河朗曜擎拓璟湃驰熠岳泓瀚睿芯智元航微图言知远序格"
             "禾邦柏栩霁弈澈旷")
CO_SUFFIX = ["科技", "智能", "机器人", "信息技术", "医疗", "网络", "生物", "电子"]
INV_SUFFIX = ["资本", "创投", "基金"]
PLACES = ["杭州", "上海", "深圳", "北京", "合肥", "苏州", "南京", "武汉", "成都", "西安", "广州", "宁波"]
DISTRICTS = ["高新区", "滨江区", "余杭区", "经开区", "未来科技城", "科学城", "软件园"]
UNIVERSITIES = ["浙江大学", "清华大学", "北京大学", "上海交通大学", "复旦大学", "中国科学技术大学", "南京大学",
                "杭州电子科技大学", "华南理工大学", "西湖大学"]
DEPARTMENTS = ["计算机系", "自动化系", "电子工程系", "数学系", "物理系"]
INDUSTRIES = ["人工智能", "集成电路", "生物医药", "智能制造", "低空经济", "新能源汽车", "具身智能", "量子信息", "工业互联网",
              "智能网联汽车", "新材料", "数字安防", "脑机接口", "智能传感"]
TITLES = ["首席技术官", "副总裁", "首席科学家", "总经理", "董事长", "首席执行官", "首席运营官"]
ROUNDS = ["天使轮", "A轮", "A+轮", "B轮", "C轮", "Pre-A轮"]
PRODUCT_NOUNS = ["大模型", "机器人", "芯片", "平台"]
PRODUCT_WORDS = list("灵慧澜羲和曜启星知渊玄鉴望舒若谷明川越")
TOPICS = ["算力", "数据要素", "开源生态", "人才引进", "产业基金", "应用场景", "出海", "供应链", "标准制定", "知识产权"]
ADJ = ["明显", "持续", "稳步", "快速", "小幅"]
EVENTS = ["开发者大会", "产业峰会", "创新论坛", "成果发布会", "技术沙龙", "投资人大会"]
PINYIN_SURNAMES = ["Chen", "Wang", "Li", "Zhang", "Liu", "Zhou", "Xu", "Sun", "Zhao", "Lin", "He", "Gao"]
PINYIN_GIVEN = ["Wei", "Jun", "Hao", "Lei", "Ming", "Yu", "Xin", "Tao", "Ning", "Jie", "Yang", "Chen", "Rui", "Fang"]
EN_BRAND = ["Stellar", "Clearwave", "Northstar", "Qiming", "Lumina", "Vertex", "Harbor", "Cobalt", "Aurora", "Pinnacle",
            "Summit", "Meridian", "Beacon", "Orbit"]
EN_SUFFIX = ["Robotics", "Technology", "Intelligence", "Semiconductor"]
EN_CITIES = {"Hangzhou": "杭州", "Shanghai": "上海", "Shenzhen": "深圳", "Beijing": "北京", "Hefei": "合肥"}


@dataclass
class Fact:
    s: str
    rel: str
    o: str
    need: str = "R"


@dataclass
class Sent:
    text: str
    facts: list[Fact] = field(default_factory=list)


class Names:
    """Random names for one article (the same company is reused within the article)."""

    def __init__(self, rnd: random.Random):
        self.r = rnd

    def person(self) -> str:
        r = self.r
        sur = r.choice(DOUBLE_SURNAMES) if r.random() < 0.04 else r.choice(SURNAMES)
        given = "".join(r.choice(GIVEN) for _ in range(1 if r.random() < 0.3 else 2))
        return sur + given

    def brand(self) -> str:
        a = self.r.choice(BRAND)
        b = self.r.choice([c for c in BRAND if c != a])
        return a + b

    def company(self) -> tuple[str, str]:
        """(name as first written, short name) — the first may be a registered name with an alias."""
        brand = self.brand()
        short = brand + self.r.choice(CO_SUFFIX)
        return short, short

    def investor(self) -> str:
        return self.brand() + self.r.choice(INV_SUFFIX)

    def product(self) -> tuple[str, str]:
        word = "".join(self.r.sample(PRODUCT_WORDS, 2))
        return word, self.r.choice(PRODUCT_NOUNS)

    def en_person(self) -> str:
        return f"{self.r.choice(PINYIN_GIVEN)} {self.r.choice(PINYIN_SURNAMES)}"

    def en_company(self) -> str:
        return f"{self.r.choice(EN_BRAND)} {self.r.choice(EN_SUFFIX)}"


# ---- sentences without a relation ----------------------------------------------------------------

def filler(r: random.Random, n: Names, ctx: dict) -> str:
    city = ctx["city"]
    ind = r.choice(INDUSTRIES)
    ind2 = r.choice(INDUSTRIES)
    y = ctx["year"]
    deck = ctx.setdefault("deck", [])
    if not deck:                       # each kind once before any repeats (an article rarely repeats itself)
        deck.extend(r.sample(range(38), 38))
    k = deck.pop()
    num = r.randint(2, 980)
    pct = f"{r.randint(2, 45)}.{r.randint(0, 9)}%"
    if k == 0:
        return f"数据显示，{y - 1}年{city}数字经济核心产业增加值达到{num * 10}亿元，同比增长{pct}。"
    if k == 1:
        return f"业内人士认为，{ind}赛道的竞争将在未来两年进一步加剧，头部企业的优势会{r.choice(ADJ)}扩大。"
    if k == 2:
        return f"走进{city}{r.choice(DISTRICTS)}，写字楼外墙上的招牌越来越多带着“智能”“算力”字样。"
    if k == 3:
        return f"“我们不是追风口，而是在补链条。”一位不愿具名的投资人这样评价{city}的{ind}布局。"
    if k == 4:
        return f"截至{y}年{r.randint(1, 12)}月底，{city}已累计培育{ind}相关企业{num}家，其中规模以上企业超过{num // 4 + 3}家。"
    if k == 5:
        return f"在本周举行的{city}{ind}{r.choice(EVENTS)}上，与会者围绕{r.choice(TOPICS)}和{r.choice(TOPICS)}展开了讨论。"
    if k == 6:
        return f"记者注意到，{ind}领域的招聘需求在今年第{r.choice('一二三四')}季度{r.choice(ADJ)}回暖。"
    if k == 7:
        return f"不过，也有分析人士提醒，{ind}的商业化落地仍需时间，短期内难以贡献可观收入。"
    if k == 8:
        return f"{n.person()}说，团队最初只有{r.randint(3, 12)}个人，挤在一间不到{r.randint(40, 90)}平方米的办公室里。"
    if k == 9:
        return f"与此同时，{city}的人才净流入率连续{r.randint(2, 6)}年位居全国前列。"
    if k == 10:
        return f"从资本市场看，今年以来{ind}板块累计涨幅约为{pct}，明显跑赢大盘。"
    if k == 11:
        return f"这一变化的背后，是{ind2}与{ind}两条产业链的深度融合。"
    if k == 12:
        return f"多位受访者表示，{r.choice(TOPICS)}仍是制约行业发展的主要瓶颈。"
    if k == 13:
        return f"据不完全统计，过去一年里，{city}共举办各类{r.choice(EVENTS)}{num // 10 + 2}场，吸引观众超过{num}万人次。"
    if k == 14:
        return f"“真正的难点不在算法，而在工程化。”{n.person()}坦言。"
    if k == 15:
        return f"在{city}，这样的创业故事并不少见。"
    if k == 16:
        return f"今年上半年，全市{ind}产业营收同比增长{pct}，增速比去年同期提高{r.randint(1, 9)}个百分点。"
    if k == 17:
        return f"有观点认为，{ind}将成为继移动互联网之后最重要的技术浪潮之一。"
    if k == 18:
        return f"展厅里，一台四足机器人正在演示上下楼梯，吸引了不少市民驻足围观。"
    if k == 19:
        return f"对于未来，{n.person()}显得很有信心：“{ind}的市场空间至少还有十倍。”"
    if k == 20:
        return f"{city}地铁{r.randint(1, 19)}号线沿线，新建的产业园区已陆续交付使用。"
    if k == 21:
        return f"一位从业{r.randint(5, 20)}年的工程师告诉记者，行业里最缺的是既懂技术又懂产品的复合型人才。"
    if k == 22:
        return f"第三方机构预测，到{y + 3}年国内{ind}市场规模有望突破{num * 100}亿元。"
    if k == 23:
        return f"当天下午，现场签约项目{r.randint(5, 60)}个，总金额约{num}亿元。"
    if k == 24:
        return f"值得一提的是，不少初创团队选择把研发中心放在{city}，而把销售团队放在{r.choice(PLACES)}。"
    if k == 25:
        return f"“{r.choice(TOPICS)}问题解决了，很多事情就顺理成章了。”"
    if k == 26:
        return f"随着{ind}应用场景不断拓展，相关企业的订单量{r.choice(ADJ)}增长。"
    if k == 27:
        return f"从{y - 2}年到{y}年，这一数字翻了一番还多。"
    if k == 28:
        return f"但也有人担心，过快的扩张会带来同质化竞争和资源浪费。"
    if k == 29:
        return f"为此，当地在{r.choice(TOPICS)}方面推出了一系列配套举措，包括租金补贴和人才公寓。"
    if k == 30:
        return f"在接受采访时，{n.person()}多次提到“长期主义”这个词。"
    if k == 31:
        return f"{r.choice(['周一', '周三', '周五', '周末'])}的{city}街头，外卖骑手和无人配送车并排等候红灯。"
    if k == 32:
        return f"本轮融资资金将主要用于{r.choice(['产品研发', '团队扩充', '市场拓展', '产线建设'])}和{r.choice(['海外市场开拓', '算力采购', '人才引进'])}。"
    if k == 33:
        return f"目前，该领域的专利申请量已累计超过{num * 3}件，位居全国第{r.randint(2, 9)}。"
    if k == 34:
        return f"有消息称，多家头部企业正在考虑把部分产能迁往{r.choice(PLACES)}。"
    if k == 35:
        return f"总体来看，{city}的{ind}产业已经从“点上突破”走向“链上协同”。"
    if k == 36:
        return f"上午十点，发布会准时开始，能容纳{num}人的会场座无虚席。"
    return f"他们的判断是：未来{r.randint(3, 10)}年，{ind}与{ind2}的交叉地带会诞生新的龙头企业。"


def en_filler(r: random.Random, ctx: dict) -> str:
    k = r.randint(0, 7)
    city = ctx["en_city"]
    num = r.randint(3, 900)
    return [
        f"{city} has become one of the busiest places in China for robotics start-ups.",
        f"Local officials say more than {num} companies have registered in the district since last year.",
        "Analysts caution that commercial returns may take years to arrive.",
        f"The city's talent programme has attracted about {num * 10} engineers, according to official figures.",
        "Competition for graphics chips remains intense across the industry.",
        f"Investors poured roughly {num} million yuan into the sector in the first quarter.",
        "Several executives said the main bottleneck is no longer algorithms but engineering.",
        "Demand for humanoid robots is still small, but it is growing quickly.",
    ][k]


# ---- sentences with facts ------------------------------------------------------------------------

def relation_sentence(r: random.Random, n: Names, ctx: dict) -> Sent:
    co = ctx["company"]
    city = ctx["city"]
    y = ctx["year"]
    k = r.choice(["founder", "founder", "founder2", "alumni", "alumni", "works", "works", "location", "funding",
                  "funding", "policy", "develops", "invest", "founded"])
    if k == "founder":
        p = ctx.setdefault("founder", n.person())
        form = r.randint(0, 2)
        if form == 0:
            return Sent(f"{co}的创始人是{p}，他此前在一家互联网公司从事算法研究。", [Fact(co, "founder", p)])
        if form == 1:
            return Sent(f"{y - r.randint(2, 8)}年，{p}在{city}创办了{co}。", [Fact(co, "founder", p), Fact(co, "location", city, "O")])
        return Sent(f"{co}创始人兼CEO{p}表示，公司明年将继续加大研发投入。", [Fact(co, "founder", p), Fact(p, "worksFor", co, "O")])
    if k == "founder2":
        p1, p2 = n.person(), n.person()
        yy = y - r.randint(2, 8)
        return Sent(f"{co}由{p1}和{p2}于{yy}年联合创办，专注{r.choice(INDUSTRIES)}。",
                    [Fact(co, "founder", p1), Fact(co, "founder", p2), Fact(co, "foundingDate", str(yy))])
    if k == "alumni":
        p = ctx.get("founder") or n.person()
        uni = r.choice(UNIVERSITIES)
        form = r.randint(0, 2)
        if form == 0:
            return Sent(f"{p}本科毕业于{uni}{r.choice(DEPARTMENTS)}，曾在海外工作多年。", [Fact(p, "alumniOf", uni)])
        if form == 1:
            return Sent(f"{p}是{uni}的校友，至今仍和母校保持着密切合作。", [Fact(p, "alumniOf", uni)])
        p2 = n.person()
        return Sent(f"{p}和{p2}都毕业于{uni}。", [Fact(p, "alumniOf", uni), Fact(p2, "alumniOf", uni)])
    if k == "works":
        p = n.person()
        t = r.choice(TITLES)
        if r.random() < 0.5:
            return Sent(f"{co}{t}{p}表示，{r.choice(INDUSTRIES)}的机会窗口正在打开。", [Fact(p, "worksFor", co)])
        return Sent(f"{p}目前担任{co}{t}，负责{r.choice(['产品', '研发', '销售', '海外业务'])}。", [Fact(p, "worksFor", co)])
    if k == "location":
        if r.random() < 0.5:
            return Sent(f"{co}总部位于{city}{r.choice(DISTRICTS)}，员工约{r.randint(50, 900)}人。", [Fact(co, "location", city)])
        return Sent(f"{city}本土企业{co}也在这份名单之中。", [Fact(co, "location", city)])
    if k == "funding":
        i1, i2 = n.investor(), n.investor()
        rnd = r.choice(ROUNDS)
        amt = f"{r.randint(1, 9)}亿元" if r.random() < 0.5 else f"{r.randint(2, 9)}000万元"
        return Sent(f"近日，{co}宣布完成{amt}{rnd}融资，本轮由{i1}领投，{i2}跟投。",
                    [Fact(i1, "investedIn", co), Fact(i2, "investedIn", co)])
    if k == "invest":
        i1 = n.investor()
        return Sent(f"去年{r.randint(1, 12)}月，{i1}战略投资了{co}。", [Fact(i1, "investedIn", co)])
    if k == "develops":
        word, noun = n.product()
        return Sent(f"{co}去年发布的“{word}”{noun}已在{r.randint(3, 60)}家客户中落地。", [Fact(co, "develops", word)])
    if k == "founded":
        yy = y - r.randint(1, 9)
        return Sent(f"{co}成立于{yy}年，是一家专注{r.choice(INDUSTRIES)}的科技公司。", [Fact(co, "foundingDate", str(yy))])
    # policy
    inds = r.sample(INDUSTRIES, 3)
    pol = f"{city}市促进{inds[0]}产业高质量发展行动计划（{y}—{y + 2}年）"
    gov = f"{city}市人民政府"
    m, d = r.randint(1, 12), r.randint(1, 28)
    facts = [Fact(pol, "publisher", gov), Fact(pol, "datePublished", f"{y}-{m:02d}-{d:02d}")]
    facts += [Fact(pol, "prioritizes", i) for i in inds]
    return Sent(f"{y}年{m}月{d}日，{gov}印发《{pol}》，提出重点发展{inds[0]}、{inds[1]}和{inds[2]}等产业。", facts)


def en_relation_sentence(r: random.Random, n: Names, ctx: dict) -> Sent:
    co = ctx["en_company"]
    city = ctx["en_city"]
    k = r.randint(0, 2)
    if k == 0:
        p = n.en_person()
        return Sent(f"{co}, which was founded by {p}, is based in {city}.",
                    [Fact(co, "founder", p), Fact(co, "location", EN_CITIES[city] + "|" + city)])
    if k == 1:
        p = n.en_person()
        return Sent(f"{p}, the chief technology officer of {co}, said the company would double its research staff.",
                    [Fact(p, "worksFor", co)])
    p = n.en_person()
    return Sent(f"{p} graduated from Zhejiang University in {ctx['year'] - 12}.", [Fact(p, "alumniOf", "浙江大学")])


# ---- articles ------------------------------------------------------------------------------------

@dataclass
class GeneratedArticle:
    name: str
    text: str
    facts: list[tuple[Fact, str]]      # (fact, evidence sentence)


def article(i: int, seed: int = 7) -> GeneratedArticle:
    r = random.Random(seed * 1_000_003 + i)
    n = Names(r)
    year = r.choice([2023, 2024, 2025])
    city = r.choice(PLACES)
    short, _ = n.company()
    ctx = {"city": city, "year": year, "company": short,
           "en_city": r.choice(list(EN_CITIES)), "en_company": n.en_company()}
    english = r.random() < 0.05
    name = f"gen-{i:05d}"
    date = f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    facts: list[tuple[Fact, str]] = []
    paras: list[str] = []
    if english:
        title = f"{ctx['en_company']} and the robotics boom in {ctx['en_city']}"
        for _ in range(r.randint(4, 7)):
            sents = []
            for _ in range(r.randint(2, 5)):
                if r.random() < 0.25:
                    s = en_relation_sentence(r, n, ctx)
                    sents.append(s.text)
                    facts.extend((f, s.text) for f in s.facts)
                else:
                    sents.append(en_filler(r, ctx))
            paras.append(" ".join(sents))
        tags = ["robotics", ctx["en_city"]]
    else:
        title = r.choice([f"{city}{r.choice(INDUSTRIES)}观察：{short}的成长样本",
                          f"{short}：一家{city}创业公司的{year}年",
                          f"从实验室到产线，{city}{r.choice(INDUSTRIES)}产业加速跑",
                          f"{city}出台新政，{r.choice(INDUSTRIES)}迎来窗口期"])
        # the registered name with a short-name alias, as Chinese reports often open
        reg = f"{city}{short[:2]}{r.choice(['智能科技', '信息技术', '科技'])}有限公司"
        opening = Sent(f"{reg}（以下简称“{short}”）是一家总部位于{city}的{r.choice(INDUSTRIES)}企业。",
                       [Fact(short + "|" + reg, "location", city)])
        paras.append(f"本报记者 {n.person()}")
        first = [opening.text]
        facts.extend((f, opening.text) for f in opening.facts)
        n_paras = r.randint(6, 11)
        for pi in range(n_paras):
            sents = first if pi == 0 else []
            for _ in range(r.randint(2, 5)):
                if r.random() < 0.18:
                    s = relation_sentence(r, n, ctx)
                    sents.append(s.text)
                    facts.extend((f, s.text) for f in s.facts)
                else:
                    sents.append(filler(r, n, ctx))
            paras.append("".join(sents))
            if pi == n_paras // 2 and r.random() < 0.5:
                paras.append(f"## {r.choice(['资本加持', '人才从哪里来', '下一站', '政策东风', '落地难题'])}")
        tags = [city, r.choice(INDUSTRIES)]
    fm = (f"---\ntitle: \"{title}\"\ndate: \"{date}\"\nsource: \"https://example.com/news/{year}/{name}\"\n"
          f"tags:\n" + "".join(f"  - \"{t}\"\n" for t in tags) + "---\n\n")
    return GeneratedArticle(name, fm + "\n\n".join(paras) + "\n", facts)


def gold_tsv(a: GeneratedArticle) -> str:
    lines = [f"# Gold facts for {a.name}.md (generated by bench/generate.py)",
             "subject\tpredicate\tobject\tneed\tevidence"]
    seen = set()
    for f, ev in a.facts:
        key = (f.s, f.rel, f.o)
        if key in seen:
            continue
        seen.add(key)
        lines.append(f"{f.s}\t{f.rel}\t{f.o}\t{f.need}\t{ev}")
    return "\n".join(lines) + "\n"


def generate(out_dir: str | Path, articles: int = 1000, seed: int = 7, gold: bool = True) -> list[Path]:
    """Write ``articles`` articles (and gold files) to ``out_dir``; returns the article paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(articles):
        a = article(i, seed)
        p = out / f"{a.name}.md"
        p.write_text(a.text, encoding="utf-8")
        if gold:
            (out / f"{a.name}.tsv").write_text(gold_tsv(a), encoding="utf-8")
        paths.append(p)
    return paths


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    generate(args.out_dir, args.articles, args.seed)


if __name__ == "__main__":
    main()
