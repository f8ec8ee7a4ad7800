/* govgraph's page: draws the governance network with vis-network and wires up the search
   box, the relation toggles and the detail panel. Everything that comes from the data is
   put into the page with textContent or as a DOM property, never as HTML. */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("govgraph-data").textContent);
  const T = data.text;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  /* Case- and diacritic-insensitive form of a label, as govgraph's matcher in Python. */
  function fold(text) {
    return String(text)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
  }

  /* ---- The network ---------------------------------------------------------------- */

  const relationByKey = {};
  data.relations.forEach(function (relation) {
    relationByKey[relation.key] = relation;
  });

  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(
    data.edges.map(function (edge) {
      const style = relationByKey[edge.relation];
      const item = Object.assign({}, edge);
      item.color = { color: style.colour, highlight: style.colour, hover: style.colour };
      item.dashes = style.dashes.length ? style.dashes : false;
      item.width = style.width;
      return item;
    })
  );
  const labelOf = {};
  data.nodes.forEach(function (node) {
    labelOf[node.id] = node.label;
  });

  const message = byId("message");
  const state = {
    data: data,
    nodes: nodes,
    edges: edges,
    network: null,
    ready: false,
    readyAt: null,
    focused: null,
    focusDone: false,
    shown: null,
  };
  window.govgraph = state;

  const network = new vis.Network(byId("canvas"), {}, data.options);
  state.network = network;

  function markReady() {
    if (state.ready) return;
    state.ready = true;
    state.readyAt = performance.now();
    document.body.setAttribute("data-ready", "true");
    message.textContent = "";
    if (data.focus) focusNode(data.focus, false);
  }

  if (data.physics) {
    network.on("stabilizationProgress", function (progress) {
      const percent = Math.round((100 * progress.iterations) / progress.total);
      message.textContent = T.layingOut + " \u2026 " + percent + " %";
    });
    network.once("stabilizationIterationsDone", function () {
      // Settled: physics stops, so that the page stays responsive and nodes stay put.
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
  }
  network.setData({ nodes: nodes, edges: edges });

  /* ---- Heading, legend and relation toggles ------------------------------------- */

  document.title = data.title;
  byId("heading").textContent = data.title;
  byId("stats").textContent =
    data.nodes.length + " " + T.nodes + " \u00b7 " + data.edges.length + " " + T.edges;
  byId("relations-heading").textContent = T.relations;
  byId("kinds-heading").textContent = T.kinds;
  byId("search-input").placeholder = T.search;
  byId("search-input").setAttribute("aria-label", T.search);
  byId("search-button").textContent = T.find;
  byId("fit-button").textContent = T.fit;

  const kindList = byId("kinds");
  data.kinds.forEach(function (kind) {
    const item = el("li");
    item.setAttribute("data-kind", kind.kind);
    const swatch = el("span", "swatch shape-" + kind.shape);
    swatch.style.background = kind.colour;
    item.append(swatch, el("span", "kind-label", kind.label), el("span", "count", kind.count));
    kindList.append(item);
  });

  const relationList = byId("relations");
  data.relations.forEach(function (relation) {
    const item = el("li");
    const label = el("label", "relation");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-relation", relation.key);
    box.addEventListener("change", function () {
      setRelationShown(relation.key, box.checked);
    });
    const line = el("span", "line");
    line.style.borderTopColor = relation.colour;
    line.style.borderTopStyle = relation.dashes.length
      ? relation.dashes[0] <= 3
        ? "dotted"
        : "dashed"
      : "solid";
    label.append(box, line, el("span", "relation-label", relation.label), el("span", "count", relation.count));
    item.append(label);
    relationList.append(item);
  });

  function setRelationShown(key, shown) {
    const changes = edges
      .get({ filter: function (edge) { return edge.relation === key; } })
      .map(function (edge) { return { id: edge.id, hidden: !shown }; });
    edges.update(changes);
  }

  /* ---- Search --------------------------------------------------------------------- */

  const datalist = byId("search-labels");
  const seen = new Set();
  data.nodes.forEach(function (node) {
    if (!data.info[node.id].actor && data.nodes.length > 200) return;
    [node.label].concat(data.info[node.id].labels).forEach(function (label) {
      if (!label || seen.has(label)) return;
      seen.add(label);
      const option = el("option");
      option.value = label;
      datalist.append(option);
    });
  });

  /* The best node for a query: exact preferred label, exact other label, a label that starts
     with it, one that contains it; actors before concepts; shorter labels first. */
  function find(query) {
    const wanted = fold(query);
    if (!wanted) return null;
    let best = null;
    data.nodes.forEach(function (node) {
      const info = data.info[node.id];
      const preferred = fold(node.label);
      [node.label].concat(info.labels).forEach(function (label) {
        const folded = fold(label);
        let rank;
        if (folded === wanted) rank = folded === preferred ? 0 : 1;
        else if (folded.startsWith(wanted)) rank = 2;
        else if (folded.includes(wanted)) rank = 3;
        else return;
        const score = [rank, info.actor ? 0 : 1, folded.length];
        if (best === null || compare(score, best.score) < 0) best = { id: node.id, score: score };
      });
    });
    return best && best.id;
  }

  function compare(a, b) {
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
  }

  byId("search").addEventListener("submit", function (event) {
    event.preventDefault();
    const query = byId("search-input").value;
    const id = find(query);
    if (id === null) {
      message.textContent = T.noMatch + " \u201c" + query + "\u201d";
      return;
    }
    message.textContent = T.found + ": " + labelOf[id];
    focusNode(id, !data.large);
  });

  byId("fit-button").addEventListener("click", function () {
    // vis-network animates frame by frame: on a large graph each frame is slow, so jump.
    network.fit({ animation: data.large ? false : { duration: 400, easingFunction: "easeInOutQuad" } });
  });

  function focusNode(id, animate) {
    state.focused = id;
    state.focusDone = false;
    network.selectNodes([id]);
    showNode(id);
    const scale = Math.max(network.getScale(), 1.0);
    if (animate) {
      network.once("animationFinished", function () {
        // the animation's last frame can stop short of the node (by a pixel or two on a
        // long way): land on it exactly
        network.moveTo({ position: network.getPosition(id), scale: scale, animation: false });
        state.focusDone = true;
      });
      network.focus(id, { scale: scale, animation: { duration: 450, easingFunction: "easeInOutQuad" } });
    } else {
      network.focus(id, { scale: scale, animation: false });
      state.focusDone = true;
    }
  }

  /* ---- Detail panel --------------------------------------------------------------- */

  const details = byId("details");

  function quotes(sources) {
    const list = [];
    if (!sources || !sources.length) {
      list.push(el("p", "hint", "(" + T.noSource + ")"));
      return list;
    }
    sources.forEach(function (source) {
      const quote = el("blockquote");
      quote.append(
        el("span", "quote", "\u201c" + source.quote + "\u201d"),
        document.createTextNode(" "),
        el("span", "page", "(" + T.page + "\u00a0" + source.page + ")")
      );
      list.push(quote);
    });
    return list;
  }

  function nodeLink(id) {
    const button = el("button", "node-link", labelOf[id]);
    button.type = "button";
    button.addEventListener("click", function () {
      focusNode(id, !data.large);
    });
    return button;
  }

  function clearDetails(heading) {
    details.replaceChildren(el("h2", null, T.details));
    if (heading) details.append(el("h3", null, heading));
  }

  function showNode(id) {
    const info = data.info[id];
    state.shown = id;
    clearDetails(labelOf[id]);
    details.append(el("p", "kind", info.kind));
    const others = info.labels.filter(function (label) {
      return label !== labelOf[id];
    });
    if (others.length) {
      const also = el("p", "also");
      also.append(el("strong", null, T.alsoCalled + ": "), document.createTextNode(others.join(", ")));
      details.append(also);
    }
    if (info.description) details.append(el("p", "description", info.description));
    if (info.sources.length) {
      details.append(el("h2", null, T.sources));
      details.append.apply(details, quotes(info.sources));
    }
    const connected = network.getConnectedEdges(id).map(function (edgeId) {
      return edges.get(edgeId);
    });
    if (!connected.length) return;
    details.append(el("h2", null, T.relationsOf));
    const list = el("ul", "relations");
    connected.forEach(function (edge) {
      const item = el("li");
      item.setAttribute("data-relation", edge.relation);
      const line = el("div", "relation-line");
      const outgoing = edge.from === id;
      line.append(
        el("span", "relation-name", (outgoing ? "\u2192 " : "\u2190 ") + edgeLabel(edge) + ":"),
        nodeLink(outgoing ? edge.to : edge.from)
      );
      item.append(line);
      item.append.apply(item, quotes(data.sources[edge.id]));
      list.append(item);
    });
    details.append(list);
  }

  function edgeLabel(edge) {
    return edge.label || relationByKey[edge.relation].label;
  }

  function showEdge(id) {
    const edge = edges.get(id);
    state.shown = id;
    clearDetails(null);
    const heading = el("h3");
    heading.append(
      nodeLink(edge.from),
      document.createTextNode(" \u2192 " + edgeLabel(edge) + " \u2192 "),
      nodeLink(edge.to)
    );
    details.append(heading, el("p", "kind", relationByKey[edge.relation].label));
    details.append(el("h2", null, T.sources));
    details.append.apply(details, quotes(data.sources[id]));
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  clearDetails(null);
  details.append(el("p", "hint", T.hint));
})();
