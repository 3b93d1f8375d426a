"""The HTML explorer in a real browser (Playwright driving Debian's Chromium).

Every request outside ``file:`` is aborted and recorded, and each test checks none was attempted.
Without Chromium these tests skip with a reason; with CI=true they fail instead.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))
import explore_helpers as h  # noqa: E402

from kg.explore import write_explorer  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    h.require_browser()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = h.launch(pw)
        yield b
        b.close()


@pytest.fixture(scope="module")
def small_html(tmp_path_factory):
    out = tmp_path_factory.mktemp("explore") / "small.html"
    write_explorer(h.fixture_store(), out)
    return out


@pytest.fixture
def page(browser, small_html):
    with h.offline_page(browser, small_html) as (pg, log):
        h.wait_ready(pg)
        yield pg
        assert h.outside_requests(log) == [], "the page tried to reach the network"
        assert log["errors"] == []
        assert log["dialogs"] == []


def node_id(page, name):
    i = page.evaluate("(n) => kgExplorer.nodeId(n)", name)
    assert i is not None, f"no node named {name}"
    return i


def search(page, text):
    box = page.locator("#search")
    box.fill("")
    box.type(text)
    box.press("Enter")


def test_renders_offline_with_vis_network_global(page):
    info = page.evaluate("""() => ({
        isNetwork: network instanceof vis.Network,
        nodes: nodes.length, edges: edges.length,
        canvas: !!document.querySelector('#mynetwork canvas'),
        legendTypes: document.querySelectorAll('#legend-types li').length,
        legendRels: document.querySelectorAll('#legend-relations li').length,
        stats: document.getElementById('stats').textContent,
    })""")
    assert info["isNetwork"] and info["canvas"]
    assert info["nodes"] == 15 and info["edges"] == 14
    assert info["legendTypes"] == 11 and info["legendRels"] == 9
    assert "15 / 15" in info["stats"]


@pytest.mark.parametrize("query,expected", [("DeepSeek", "深度求索"), ("浙大", "浙江大学"), ("deepseek", "深度求索"),
                                            ("Zhejiang University", "浙江大学")])
def test_search_by_alias_focuses_and_highlights(page, query, expected):
    search(page, query)
    target = node_id(page, expected)
    assert page.evaluate("network.getSelectedNodes()") == [target]
    assert page.locator("#panel h2").text_content() == expected
    assert page.evaluate("kgExplorer.state.highlighted") == target
    # the view is centred on the node once the focus animation ends
    centred = None
    for _ in range(60):
        page.wait_for_timeout(100)
        centred = page.evaluate("""(id) => { const p = network.canvasToDOM(network.getPositions([id])[id]);
            const r = container.getBoundingClientRect(); return [Math.abs(p.x - r.width / 2), Math.abs(p.y - r.height / 2)]; }""",
                                target)
        if centred[0] < 5 and centred[1] < 5:
            break
    assert centred[0] < 5 and centred[1] < 5, centred


def test_search_dropdown_lists_matches_with_alias(page):
    page.locator("#search").type("DeepSeek")
    items = page.locator("#search-results li")
    items.first.wait_for()
    assert items.first.locator(".name").text_content() == "深度求索"
    assert "DeepSeek" in items.first.locator(".via").text_content()
    assert items.count() == 2          # 深度求索 (alias) and DeepSeek-R1
    items.nth(1).dispatch_event("mousedown")
    assert page.locator("#panel h2").text_content() == "DeepSeek-R1"


def test_type_and_relation_filters_hide_and_show(page):
    people = page.evaluate("kgExplorer.data.nodes.map((n, i) => i).filter(i => kgExplorer.data.types[kgExplorer.data.nodes[i][2]].key === 'Person')")
    assert len(people) == 3
    page.locator("#legend-types input[data-key=Person]").uncheck()
    assert page.evaluate("(ids) => ids.every(i => nodes.get(i).hidden === true)", people)
    # edges touching a hidden person are hidden too; others stay
    founder = page.evaluate("kgExplorer.edgeIds(kgExplorer.nodeId('深度求索'), 'founder', null)")[0]
    assert page.evaluate("(j) => edges.get(j).hidden", founder) is True
    assert "12 / 15" in page.locator("#stats").text_content()
    page.locator("#legend-types input[data-key=Person]").check()
    assert page.evaluate("(ids) => ids.every(i => !nodes.get(i).hidden)", people)
    assert page.evaluate("(j) => edges.get(j).hidden", founder) is False

    member = page.evaluate("kgExplorer.edgeIds(null, 'memberOf', null)")
    assert len(member) == 3
    page.locator("#legend-relations input[data-key=memberOf]").uncheck()
    assert page.evaluate("(ids) => ids.every(j => edges.get(j).hidden)", member)
    assert page.evaluate("(j) => edges.get(j).hidden", founder) is False
    page.locator("#legend-relations input[data-key=memberOf]").check()
    assert page.evaluate("(ids) => ids.every(j => !edges.get(j).hidden)", member)


def test_reset_restores_everything(page):
    page.locator("#legend-types input[data-key=Company]").uncheck()
    page.locator("#legend-relations input[data-key=founder]").uncheck()
    search(page, "浙大")
    page.locator("#reset").click()
    state = page.evaluate("""() => ({
        hiddenNodes: nodes.get().filter(n => n.hidden).length,
        hiddenEdges: edges.get().filter(e => e.hidden).length,
        selected: network.getSelectedNodes().length,
        panel: document.getElementById('panel').hidden,
        search: document.getElementById('search').value,
        unchecked: document.querySelectorAll('.legend input:not(:checked)').length,
    })""")
    assert state == {"hiddenNodes": 0, "hiddenEdges": 0, "selected": 0, "panel": True, "search": "", "unchecked": 0}


def test_clicking_an_edge_shows_its_quote_and_source(page):
    ds = node_id(page, "深度求索")
    edge = page.evaluate("(s) => kgExplorer.edgeIds(s, 'founder', kgExplorer.nodeId('梁文锋'))", ds)[0]
    x, y = h.edge_point(page, edge)
    page.mouse.click(x, y)
    panel = page.locator("#panel")
    assert panel.is_visible()
    text = panel.text_content()
    assert "一个最典型的例子是DeepSeek，其创始人梁文锋本是广东人，毕业于浙江大学。" in text
    assert "DeepSeek was founded by Liang Wenfeng in Hangzhou." in text      # the second article's claim
    assert "《杭州的爆发是偶然吗？》" in text and "2025-02-07" in text
    assert "rules/founder.org-title-person" in text and "0.90" in text
    link = panel.locator("a", has_text="原文")
    assert link.count() == 1
    assert link.get_attribute("href") == "https://news.qq.com/rain/a/20250207A08XYZ00"
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert panel.locator("mark", has_text="梁文锋").count() >= 1


def test_clicking_a_node_lists_facts_and_dates(page):
    lab = node_id(page, "之江实验室")
    x, y = h.node_point(page, lab)
    page.mouse.click(x, y)
    text = page.locator("#panel").text_content()
    assert page.locator("#panel h2").text_content() == "之江实验室"
    assert "成立日期 founding date" in text and "2017" in text      # a literal fact shown in its subject's panel
    assert "创始人 founder" in text and "浙江省" in text
    assert "之江实验室由浙江省政府于2017年发起成立。" in text
    # an entity link in the panel jumps to that entity
    page.locator("#panel .entity-link", has_text="浙江省").first.click()
    assert page.locator("#panel h2").text_content() == "浙江省"
    assert page.evaluate("network.getSelectedNodes()") == [node_id(page, "浙江省")]


def test_english_toggle_switches_labels(page):
    ds = node_id(page, "深度求索")
    edge = page.evaluate("(s) => kgExplorer.edgeIds(s, 'founder', null)[0]", ds)
    page.locator("#lang-toggle").click()
    assert page.evaluate("(i) => nodes.get(i).label", ds) == "DeepSeek"
    assert page.evaluate("(i) => nodes.get(i).label", node_id(page, "朱秋国")) == "朱秋国"   # no English name: stays
    assert page.evaluate("(j) => edges.get(j).label", edge) == "founder"
    page.locator("#lang-toggle").click()
    assert page.evaluate("(i) => nodes.get(i).label", ds) == "深度求索"
    assert page.evaluate("(j) => edges.get(j).label", edge) == "创始人"


@pytest.fixture
def page_without_csp(browser, small_html):
    with h.offline_page(browser, small_html, bypass_csp=True) as (pg, log):
        h.wait_ready(pg)
        yield pg
        assert h.outside_requests(log) == [], "the page tried to reach the network"
        assert log["errors"] == []
        assert log["dialogs"] == []


def test_content_security_policy_is_active(browser, small_html):
    """The policy is on and the page works under it; an inline handler is refused."""
    with h.offline_page(browser, small_html) as (page, log):
        h.wait_ready(page)
        assert log["errors"] == []
        assert page.evaluate("""() => { const d = document.createElement('div');
            d.setAttribute('onclick', 'window.__csp = 1'); document.body.appendChild(d); d.click();
            return window.__csp === undefined; }""")
        page.wait_for_timeout(200)
        assert any("Content Security Policy" in e for e in log["errors"])


def test_hostile_article_runs_nothing(page_without_csp):
    """Script in a title and markup in a 《》 name, an alias, a quote, an extractor and a URL:
    every node and edge is clicked and hovered, and nothing runs, loads or renders as markup.
    The CSP is bypassed here so that the escaping itself is what is tested."""
    page = page_without_csp
    page.evaluate("window.__pwned = undefined")
    count = page.evaluate("[nodes.length, edges.length]")
    for i in range(count[0]):
        page.evaluate("kgExplorer.closePanel()")
        x, y = h.node_point(page, i)
        page.mouse.move(x, y)
        page.wait_for_timeout(260)        # past the tooltip delay
        page.mouse.click(x, y)
        assert page.evaluate("kgExplorer.state.panel && kgExplorer.state.panel.node") == i
    for j in range(count[1]):
        page.evaluate("kgExplorer.closePanel()")
        x, y = h.edge_point(page, j)
        page.mouse.move(x, y)
        page.wait_for_timeout(260)
        page.mouse.click(x, y)
        assert page.evaluate("kgExplorer.state.panel && kgExplorer.state.panel.edge") == j
    page.locator("#lang-toggle").click()          # the hostile English alias becomes a label
    search(page, "<img")
    result = page.evaluate("""() => ({
        pwned: window.__pwned,
        injected: document.querySelectorAll('img, iframe, svg, b, i, object, embed').length,
        scripts: document.querySelectorAll('script').length,
        panel: document.getElementById('panel').textContent,
        links: Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href')),
    })""")
    assert result["pwned"] is None
    assert result["injected"] == 0
    assert result["scripts"] == 3          # data, vis-network, explorer
    assert '《<img src=x onerror="window.__pwned=\'name\'">》' in result["panel"]      # shown as text
    assert all(href.startswith("https://") for href in result["links"]), result["links"]
    # the hostile article's title, shown as text in the panel of its fact
    policy = page.evaluate("kgExplorer.state.panel.node")
    page.evaluate("(i) => kgExplorer.showNode(i)", policy)
    text = page.locator("#panel").text_content()
    assert "<script>window.__pwned='headline'</script>" in text
    assert "<svg onload=" in text
    tooltip = page.locator("div.vis-tooltip")
    assert tooltip.locator(":not(br)").count() == 0       # tooltips are plain text (innerText makes the <br>s)


def test_focus_page_selects_the_focus(browser, tmp_path):
    out = tmp_path / "focus.html"
    write_explorer(h.fixture_store(), out, focus="浙大", depth=1)
    with h.offline_page(browser, out) as (pg, log):
        h.wait_ready(pg)
        assert pg.evaluate("nodes.length") == 4
        zju = pg.evaluate("kgExplorer.nodeId('浙江大学')")
        assert pg.evaluate("network.getSelectedNodes()") == [zju]
        assert pg.locator("#panel h2").text_content() == "浙江大学"
        assert h.outside_requests(log) == []


def test_large_graph_uses_python_layout_without_physics(browser, tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from bench_explore import synthetic_store
    out = tmp_path / "big.html"
    stats = write_explorer(synthetic_store(800), out)
    assert stats["layout"] == "python"
    with h.offline_page(browser, out) as (pg, log):
        h.wait_ready(pg)
        info = pg.evaluate("""() => ({physics: network.physics.physicsEnabled, n: nodes.length,
                                      positioned: nodes.get().every(n => typeof n.x === 'number')})""")
        assert info == {"physics": False, "n": 800, "positioned": True}
        search(pg, "实体17")
        assert pg.locator("#panel h2").text_content() == "实体17"
        assert h.outside_requests(log) == [] and log["errors"] == []


# ----------------------------------------------------------------------------- the seed graph

@pytest.fixture(scope="module")
def seed_html(tmp_path_factory):
    if not h.SHARED_SEEDS.is_dir():
        pytest.skip(f"no shared seed articles at {h.SHARED_SEEDS}")
    if not h.have_kg_build():
        pytest.skip("kg build is not available yet (kg/build.py missing)")
    out = tmp_path_factory.mktemp("seed")
    store = h.build_seed_store(out)
    html_path = out / "explore.html"
    proc = subprocess.run(h.kg_command() + ["explore", "--store", str(store), "-o", str(html_path)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stderr
    return html_path


def test_seed_graph_renders_offline_and_finds_aliases(browser, seed_html):
    with h.offline_page(browser, seed_html) as (pg, log):
        h.wait_ready(pg)
        assert pg.evaluate("nodes.length") > 5
        assert pg.evaluate("network instanceof vis.Network")
        for query, expected in (("DeepSeek", "深度求索"), ("浙大", "浙江大学")):
            search(pg, query)
            assert pg.locator("#panel h2").text_content() == expected
            sel = pg.evaluate("network.getSelectedNodes()")
            assert len(sel) == 1 and pg.evaluate("(i) => kgExplorer.data.nodes[i][0]", sel[0]) == expected
        # every edge of the seed graph opens a panel with at least one quote
        n_edges = pg.evaluate("edges.length")
        for j in range(min(n_edges, 40)):
            pg.evaluate("(j) => kgExplorer.showEdge(j)", j)
            assert pg.locator("#panel blockquote").count() >= 1
        assert h.outside_requests(log) == []
        assert log["errors"] == []
