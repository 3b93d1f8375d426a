/* hangzhou-kg explorer. Every string that comes from articles is written with textContent or as a
 * text node, never as markup; URLs become links only when they are http(s). The pyvis-style globals
 * `network` (vis.Network), `nodes` and `edges` (vis.DataSet) stay available to scripts and tests;
 * `window.kgExplorer` adds search, filters and the evidence panel. */
var network, nodes, edges, data, options, container;

(function () {
  "use strict";

  var T = { start: performance.now() };
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  T.parsed = performance.now();
  var TYPES = D.types, RELS = D.relations, N = D.nodes.length, M = D.edges.length;
  var BIG = !D.physics;
  var PANEL_MAX = 300;
  var FONT = getComputedStyle(document.body).fontFamily;
  var EXTRA_LABELS = { title: "职务 title", tense: "时态 tense", hedged: "转述 hedged", round: "轮次 round", amount: "金额 amount" };

  var state = { lang: "zh", hiddenTypes: {}, hiddenRels: {}, highlighted: null, panel: null };
  var nodeHidden = new Array(N).fill(false), edgeHidden = new Array(M).fill(false);
  var adjacency = [];
  for (var a = 0; a < N; a++) adjacency.push([]);
  D.edges.forEach(function (e, j) {
    adjacency[e[0]].push(j);
    if (e[1] !== e[0]) adjacency[e[1]].push(j);
  });
  var normNames = D.names.map(function (names) { return names.map(norm); });

  var api = window.kgExplorer = {
    ready: false, firstDrawMs: null, readyMs: null, timings: T, data: D, state: state,
    search: function (q, limit) {
      return searchNames(q, limit).map(function (h) { return { id: h.id, label: D.nodes[h.id][0], via: h.via }; });
    },
    pick: pick, showNode: showNode, showEdge: showEdge, closePanel: closePanel, reset: reset,
    setLanguage: setLanguage, setTypeVisible: setTypeVisible, setRelationVisible: setRelationVisible,
    nodeId: function (name) {
      var n = norm(name);
      for (var i = 0; i < N; i++) if (normNames[i].indexOf(n) >= 0) return i;
      return null;
    },
    edgeIds: function (subject, relation, object) {
      var out = [];
      D.edges.forEach(function (e, j) {
        if ((subject == null || e[0] === subject) && (relation == null || RELS[e[2]].key === relation) &&
            (object == null || e[1] === object)) out.push(j);
      });
      return out;
    },
    isNodeHidden: function (i) { return nodeHidden[i]; },
    isEdgeHidden: function (j) { return edgeHidden[j]; }
  };

  // ---------------------------------------------------------------- helpers
  function norm(s) { return String(s).normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return parent;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function $(id) { return document.getElementById(id); }
  function shade(hex, f) {
    var n = parseInt(hex.slice(1), 16), r = n >> 16, g = (n >> 8) & 255, b = n & 255;
    function s(c) { return Math.max(0, Math.min(255, Math.round(f < 0 ? c * (1 + f) : c + (255 - c) * f))); }
    return "rgb(" + s(r) + "," + s(g) + "," + s(b) + ")";
  }
  function isWebUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u); }
  function typeOf(i) { return TYPES[D.nodes[i][2]]; }
  function nodeLabel(i) { var n = D.nodes[i]; return state.lang === "en" && n[1] ? n[1] : n[0]; }
  function relLabel(r) { return state.lang === "en" ? RELS[r].en : RELS[r].zh; }
  function relBoth(r) { return RELS[r].zh + " " + RELS[r].en; }
  function nodeSize(deg) { return Math.min(48, 10 + 5 * Math.sqrt(deg)); }
  function nodeTooltip(i) {
    var n = D.nodes[i], t = typeOf(i), lines = [n[0]];
    if (n[1] && n[1] !== n[0]) lines.push(n[1]);
    lines.push(t.zh + " " + t.en + " · " + n[3] + " 条关系 facts");
    return lines.join("\n");
  }
  function edgeTooltip(j) {
    var e = D.edges[j];
    return D.nodes[e[0]][0] + " —" + relBoth(e[2]) + "→ " + D.nodes[e[1]][0] + "\n" + e[3].length + " 处出处 sources";
  }

  // ---------------------------------------------------------------- the network
  function visNode(i) {
    var n = D.nodes[i], item = { id: i, label: nodeLabel(i), group: typeOf(i).key, size: nodeSize(n[3]), title: nodeTooltip(i) };
    if (n[4] !== null && n[4] !== undefined) { item.x = n[4]; item.y = n[5]; }
    if (D.focus === i) { item.borderWidth = 4; item.size = Math.max(item.size, 24); }
    return item;
  }
  function visEdges() {
    var groups = {}, out = new Array(M);
    D.edges.forEach(function (e, j) {
      var k = Math.min(e[0], e[1]) + ":" + Math.max(e[0], e[1]);
      (groups[k] = groups[k] || []).push(j);
    });
    D.edges.forEach(function (e, j) {
      var rel = RELS[e[2]];
      var item = { id: j, from: e[0], to: e[1], label: relLabel(e[2]), title: edgeTooltip(j),
                   color: { color: rel.color, highlight: rel.color, hover: rel.color, opacity: 0.85 } };
      var g = groups[Math.min(e[0], e[1]) + ":" + Math.max(e[0], e[1])];
      if (g.length > 1) {           // parallel facts between one pair: fan them out
        var k = g.indexOf(j);
        item.smooth = { enabled: true, type: k % 2 ? "curvedCCW" : "curvedCW", roundness: 0.12 + 0.14 * Math.floor(k / 2) };
      }
      out[j] = item;
    });
    return out;
  }
  function buildOptions() {
    var groups = {};
    TYPES.forEach(function (t) {
      groups[t.key] = { shape: t.shape, color: {
        background: t.color, border: shade(t.color, -0.3),
        highlight: { background: shade(t.color, 0.15), border: "#c2410c" },
        hover: { background: shade(t.color, 0.15), border: shade(t.color, -0.45) } } };
    });
    var font = { face: FONT, strokeWidth: 3, strokeColor: "#ffffff" };
    return {
      autoResize: true,
      groups: groups,
      nodes: { borderWidth: 1.5, borderWidthSelected: 4,
               font: Object.assign({ size: 14, color: "#1f2328" }, font),
               scaling: { label: { drawThreshold: BIG ? 8 : 3 } } },
      edges: { arrows: { to: { enabled: true, scaleFactor: 0.55 } }, width: 1.3, selectionWidth: 2.5, hoverWidth: 1,
               smooth: false,
               font: Object.assign({ size: 11, color: "#475467", align: "middle" }, font),
               scaling: { label: { drawThreshold: BIG ? 8 : 3 } } },
      physics: D.physics && N > 1 ? {
        enabled: true, solver: "barnesHut",
        barnesHut: { gravitationalConstant: -7000, centralGravity: 0.25, springLength: 150, springConstant: 0.04,
                     damping: 0.25, avoidOverlap: 0.3 },
        stabilization: { enabled: true, iterations: 400, updateInterval: 50, fit: true }, minVelocity: 1
      } : { enabled: false },
      interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
                     multiselect: false, navigationButtons: false, keyboard: false },
      layout: { improvedLayout: !BIG && N <= 150, randomSeed: 7 }
    };
  }

  container = $("mynetwork");
  var nodeItems = new Array(N);
  for (var i = 0; i < N; i++) nodeItems[i] = visNode(i);
  nodes = new vis.DataSet(nodeItems);
  edges = new vis.DataSet(visEdges());
  data = { nodes: nodes, edges: edges };
  options = buildOptions();
  T.datasets = performance.now();
  network = new vis.Network(container, data, options);
  T.network = performance.now();

  var stabilized = !(D.physics && N > 1);
  network.on("stabilizationIterationsDone", function () {
    if (stabilized) return;
    stabilized = true;
    network.setOptions({ physics: { enabled: false } });   // a calm picture once laid out
    network.fit();
    network.redraw();
  });
  network.on("afterDrawing", function () {
    if (api.firstDrawMs === null) api.firstDrawMs = performance.now();
    if (!api.ready && stabilized) markReady();
  });
  setTimeout(function () {                                // never leave the page waiting
    if (!api.ready) { stabilized = true; network.setOptions({ physics: { enabled: false } }); network.redraw(); }
  }, 15000);

  function markReady() {
    api.ready = true;
    api.readyMs = performance.now();
    $("loading").hidden = true;
    if (D.focus !== null && D.focus !== undefined) {
      network.selectNodes([D.focus]);
      showNode(D.focus);
    }
    document.documentElement.setAttribute("data-ready", "1");
  }

  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else closePanel();
  });
  network.on("hoverNode", function () { container.style.cursor = "pointer"; });
  network.on("blurNode", function () { container.style.cursor = ""; });
  network.on("hoverEdge", function () { container.style.cursor = "pointer"; });
  network.on("blurEdge", function () { container.style.cursor = ""; });

  if (N === 0) { $("empty").hidden = false; $("loading").hidden = true; }

  // ---------------------------------------------------------------- legend and filters
  function legendItem(key, swatchClass, color, zh, en, count, onChange) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-key", key);
    box.addEventListener("change", function () { onChange(key, box.checked); });
    var sw = el("span", "swatch " + swatchClass);
    sw.style.color = color;
    add(label, box, sw, el("span", null, zh), el("span", "en", en), el("span", "count", count));
    if (!count) li.className = "empty";
    return add(li, label);
  }
  TYPES.forEach(function (t) {
    if (t.count) $("legend-types").appendChild(legendItem(t.key, t.shape, t.color, t.zh, t.en, t.count, setTypeVisible));
  });
  RELS.forEach(function (r) {
    if (r.count && !r.literal) $("legend-relations").appendChild(legendItem(r.key, "line", r.color, r.zh, r.en, r.count, setRelationVisible));
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-bulk]"), function (b) {
    b.addEventListener("click", function () {
      var on = b.getAttribute("data-on") === "1", which = b.getAttribute("data-bulk");
      var hidden = which === "types" ? state.hiddenTypes : state.hiddenRels;
      Array.prototype.forEach.call(document.querySelectorAll("#legend-" + which + " input"), function (box) {
        box.checked = on;
        hidden[box.getAttribute("data-key")] = !on;
      });
      applyFilters();
    });
  });

  function syncBox(list, key, on) {
    var boxes = document.querySelectorAll("#legend-" + list + " input");
    Array.prototype.forEach.call(boxes, function (b) { if (b.getAttribute("data-key") === key) b.checked = on; });
  }
  function setTypeVisible(key, on) { state.hiddenTypes[key] = !on; syncBox("types", key, on); applyFilters(); }
  function setRelationVisible(key, on) { state.hiddenRels[key] = !on; syncBox("relations", key, on); applyFilters(); }

  function applyFilters() {
    var nu = [], eu = [], i, j;
    for (i = 0; i < N; i++) {
      var h = !!state.hiddenTypes[typeOf(i).key];
      if (h !== nodeHidden[i]) { nodeHidden[i] = h; nu.push({ id: i, hidden: h }); }
    }
    for (j = 0; j < M; j++) {
      var e = D.edges[j];
      var eh = !!state.hiddenRels[RELS[e[2]].key] || nodeHidden[e[0]] || nodeHidden[e[1]];
      if (eh !== edgeHidden[j]) { edgeHidden[j] = eh; eu.push({ id: j, hidden: eh }); }
    }
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
    if (state.highlighted !== null && nodeHidden[state.highlighted]) { network.unselectAll(); state.highlighted = null; }
    updateStats();
  }

  function updateStats() {
    var vn = 0, ve = 0, i;
    for (i = 0; i < N; i++) if (!nodeHidden[i]) vn++;
    for (i = 0; i < M; i++) if (!edgeHidden[i]) ve++;
    var text = vn + " / " + N + " 实体 entities · " + ve + " / " + M + " 关系 facts";
    if (D.total && D.total.nodes > N) text += " · 全图 " + D.total.nodes + " 实体 in the whole graph";
    $("stats").textContent = text;
  }
  updateStats();
  if (D.note) { $("note").textContent = D.note; $("note").hidden = false; }   // only part of the graph is drawn

  // ---------------------------------------------------------------- language
  function setLanguage(lang) {
    state.lang = lang === "en" ? "en" : "zh";
    var b = $("lang-toggle");
    b.textContent = state.lang === "en" ? "中文" : "EN";
    b.setAttribute("aria-pressed", state.lang === "en" ? "true" : "false");
    var nu = new Array(N), eu = new Array(M), i;
    for (i = 0; i < N; i++) nu[i] = { id: i, label: nodeLabel(i) };
    for (i = 0; i < M; i++) eu[i] = { id: i, label: relLabel(D.edges[i][2]) };
    nodes.update(nu);
    edges.update(eu);
  }
  $("lang-toggle").addEventListener("click", function () { setLanguage(state.lang === "en" ? "zh" : "en"); });

  // ---------------------------------------------------------------- search
  function searchNames(q, limit) {
    var nq = norm(q || "");
    if (!nq) return [];
    var hits = [];
    for (var i = 0; i < N; i++) {
      var names = normNames[i], best = -1, via = null;
      for (var k = 0; k < names.length; k++) {
        var p = names[k].indexOf(nq), rank = p < 0 ? -1 : names[k] === nq ? 0 : p === 0 ? 1 : 2;
        if (rank >= 0 && (best < 0 || rank < best)) { best = rank; via = D.names[i][k]; }
      }
      if (best >= 0) hits.push({ id: i, rank: best, via: via });
    }
    hits.sort(function (x, y) {
      return x.rank - y.rank || D.nodes[y.id][3] - D.nodes[x.id][3] || (D.nodes[x.id][0] < D.nodes[y.id][0] ? -1 : 1);
    });
    return hits.slice(0, limit || 12);
  }

  var input = $("search"), results = $("search-results"), current = [], active = -1, renderedFor = null;
  function renderResults() {
    clear(results);
    renderedFor = input.value;
    if (!input.value.trim()) { results.hidden = true; return; }
    current = searchNames(input.value, 12);
    active = current.length ? 0 : -1;
    if (!current.length) {
      results.appendChild(el("li", "none", "没有找到 · No match"));
    }
    current.forEach(function (h, k) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.setAttribute("data-id", String(h.id));
      li.setAttribute("aria-selected", k === active ? "true" : "false");
      add(li, el("span", "name", D.nodes[h.id][0]));
      if (h.via !== D.nodes[h.id][0]) add(li, el("span", "via", "← " + h.via));
      var t = typeOf(h.id);
      add(li, el("span", "type", t.zh + " " + t.en + (nodeHidden[h.id] ? " · 已筛除 filtered out" : "")));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(h.id); });
      results.appendChild(li);
    });
    results.hidden = false;
  }
  function moveActive(d) {
    if (!current.length) return;
    active = (active + d + current.length) % current.length;
    Array.prototype.forEach.call(results.children, function (li, k) { li.setAttribute("aria-selected", k === active ? "true" : "false"); });
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(renderResults, N > 5000 ? 120 : 0);
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { ev.preventDefault(); moveActive(1); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); moveActive(-1); }
    else if (ev.key === "Enter") {
      ev.preventDefault();
      clearTimeout(timer);
      // (a fast typist's Enter can come before the render of the last keystroke: results for an
      // older value are never picked from)
      if (!current.length || results.hidden || renderedFor !== input.value) renderResults();
      if (current.length) pick(current[Math.max(active, 0)].id);
    } else if (ev.key === "Escape") { results.hidden = true; }
  });
  input.addEventListener("blur", function () { setTimeout(function () { results.hidden = true; }, 150); });
  input.addEventListener("focus", function () { if (input.value.trim()) renderResults(); });

  function pick(id) {
    if (id === null || id === undefined || id < 0 || id >= N) return;
    var t = typeOf(id);
    if (state.hiddenTypes[t.key]) setTypeVisible(t.key, true);
    results.hidden = true;
    input.value = D.nodes[id][0];
    state.highlighted = id;
    network.selectNodes([id], true);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 450, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }

  // ---------------------------------------------------------------- reset
  function reset() {
    input.value = "";
    results.hidden = true;
    state.hiddenTypes = {};
    state.hiddenRels = {};
    Array.prototype.forEach.call(document.querySelectorAll(".legend input"), function (b) { b.checked = true; });
    applyFilters();
    state.highlighted = null;
    network.unselectAll();
    closePanel();
    network.fit({ animation: false });
  }
  $("reset").addEventListener("click", reset);

  // ---------------------------------------------------------------- the evidence panel
  var panel = $("panel"), body = $("panel-body");
  $("panel-close").addEventListener("click", function () { closePanel(); });
  function closePanel() { panel.hidden = true; state.panel = null; clear(body); }
  function openPanel(what) {
    clear(body);
    panel.hidden = false;
    state.panel = what;
    panel.scrollTop = 0;
  }

  function entityButton(i) {
    var b = el("button", "entity-link", D.nodes[i][0]);
    b.type = "button";
    b.title = "查看 Show " + D.nodes[i][0];
    b.addEventListener("click", function () { pick(i); });
    return b;
  }
  function relChip(r) {
    var s = el("span", "rel", relBoth(r));
    s.style.background = RELS[r].color;
    return s;
  }
  function markQuote(quote, names) {
    var frag = document.createDocumentFragment(), ranges = [];
    names.filter(function (n) { return n && n.length > 1; })
      .sort(function (x, y) { return y.length - x.length; })
      .forEach(function (n) {
        var from = 0, p;
        while ((p = quote.indexOf(n, from)) >= 0) {
          var end = p + n.length, clash = ranges.some(function (r) { return p < r[1] && end > r[0]; });
          if (!clash) ranges.push([p, end]);
          from = end;
        }
      });
    ranges.sort(function (x, y) { return x[0] - y[0]; });
    var pos = 0;
    ranges.forEach(function (r) {
      if (r[0] > pos) frag.appendChild(document.createTextNode(quote.slice(pos, r[0])));
      frag.appendChild(el("mark", null, quote.slice(r[0], r[1])));
      pos = r[1];
    });
    if (pos < quote.length) frag.appendChild(document.createTextNode(quote.slice(pos)));
    return frag;
  }
  function claimBox(ci, names) {
    var c = D.claims[ci], art = D.articles[c[0]] || ["", "", "", "", ""];
    var box = el("div", "claim");
    var q = el("blockquote");
    if (c[1]) q.appendChild(markQuote(c[1], names)); else q.textContent = "（无引文 no quote）";
    box.appendChild(q);
    var src = el("div", "source");
    add(src, el("span", "headline", art[0] ? "《" + art[0] + "》" : "（无标题 untitled）"));
    if (art[1]) add(src, " · ", el("span", "date", art[1]));
    if (isWebUrl(art[2])) {
      var link = el("a", null, "原文 source ↗");
      link.href = art[2];
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.title = art[2];
      add(src, " · ", link);
    } else if (art[4]) {
      add(src, " · ", el("span", "file", art[4]));
    }
    box.appendChild(src);
    var meta = [];
    if (c[4]) meta.push("抽取 extractor: " + c[4]);
    if (c[5] !== null && c[5] !== undefined) meta.push("置信度 confidence: " + Number(c[5]).toFixed(2));
    Object.keys(c[6] || {}).forEach(function (k) { meta.push((EXTRA_LABELS[k] || k) + ": " + c[6][k]); });
    if (c[2] !== null && c[2] !== undefined) meta.push("位置 offsets " + c[2] + "–" + c[3]);
    box.appendChild(el("div", "meta", meta.join(" · ")));
    return box;
  }
  function factBox(subj, r, objNode, objValue, claims, here) {
    var box = el("div", "fact"), line = el("div", "triple");
    add(line, subj === here ? el("span", "here", D.nodes[subj][0]) : entityButton(subj), relChip(r), el("span", "arrow", "→"));
    if (objNode !== null) add(line, objNode === here ? el("span", "here", D.nodes[objNode][0]) : entityButton(objNode));
    else add(line, el("span", "value", objValue));
    box.appendChild(line);
    var names = D.names[subj].slice();
    if (objNode !== null) names = names.concat(D.names[objNode]); else names.push(objValue);
    if (!claims.length) box.appendChild(el("div", "more", "（无出处 no recorded source）"));
    claims.forEach(function (ci) { box.appendChild(claimBox(ci, names)); });
    return box;
  }

  function showNode(i) {
    if (i === null || i === undefined || !D.nodes[i]) return;
    openPanel({ node: i });
    var n = D.nodes[i], t = typeOf(i);
    body.appendChild(el("h2", null, n[0]));
    var sub = el("div", "sub");
    var chip = el("span", "chip", t.zh + " " + t.en);
    chip.style.background = shade(t.color, -0.2);
    add(sub, chip);
    if (n[1] && n[1] !== n[0]) add(sub, el("span", null, n[1]));
    body.appendChild(sub);
    var also = D.names[i].filter(function (x) { return x !== n[0]; });
    if (also.length) body.appendChild(el("div", "names", "别名 Also known as: " + also.join(" · ")));
    var types = (D.types_of[i] || []).filter(function (k) { return k !== t.key; });
    if (types.length) body.appendChild(el("div", "names", "其他类型 Also typed: " + types.join(", ")));
    body.appendChild(el("div", "iri", D.iris[i]));

    var lits = D.literals[String(i)] || [];
    var list = adjacency[i].slice().sort(function (x, y) {
      var ex = D.edges[x], ey = D.edges[y];
      return ex[2] - ey[2] || (ex[0] === i ? 0 : 1) - (ey[0] === i ? 0 : 1) || x - y;
    });
    body.appendChild(el("h3", null, "事实 Facts (" + (lits.length + list.length) + ")"));
    lits.forEach(function (l) { body.appendChild(factBox(i, l[0], null, l[1], l[3], i)); });
    list.slice(0, PANEL_MAX).forEach(function (j) {
      var e = D.edges[j];
      var box = factBox(e[0], e[2], e[1], null, e[3], i);
      if (edgeHidden[j]) box.style.opacity = "0.55";
      body.appendChild(box);
    });
    if (list.length > PANEL_MAX) body.appendChild(el("div", "more", "另有 " + (list.length - PANEL_MAX) + " 条未列出 · " + (list.length - PANEL_MAX) + " more not listed"));
    if (!lits.length && !list.length) body.appendChild(el("div", "more", "（此视图中没有事实 no facts in this view）"));
  }

  function showEdge(j) {
    var e = D.edges[j];
    if (!e) return;
    openPanel({ edge: j });
    body.appendChild(el("h2", null, relBoth(e[2])));
    body.appendChild(el("div", "sub", e[3].length + " 处出处 sources"));
    body.appendChild(factBox(e[0], e[2], e[1], null, e[3], -1));
  }
})();
