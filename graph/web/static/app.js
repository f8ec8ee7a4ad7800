// govgraph serve: the page's script. Every value from the graph or the server is put into the
// page as text (textContent, createTextNode), never as HTML; the Content-Security-Policy
// allows no inline script and no eval. The state (question, actor, language) lives in the
// URL, so that every view can be shared as a link.
"use strict";

(function () {
  const TEXT = {
    sv: {
      title: "Vem ansvarar för vad?",
      skip: "Hoppa till frågan",
      askHeading: "Ställ en fråga",
      matrixLink: "Ansvarsmatris",
      askLabel: "Din fråga, på svenska eller engelska",
      askButton: "Fråga",
      askHint: "Svaret citerar policyn själv, med sidan.",
      examples: "Exempel",
      answerHeading: "Svar",
      asked: "Fråga: ",
      noAnswer: "Policyn säger inget om det.",
      confirms: "Ja.",
      corrects: "Nej. Enligt policyn:",
      notUnderstood: "Förstod inte: {words}.",
      closest: "Det närmaste policyn säger:",
      whichMunicipality: "Vilken kommun menar du?",
      leftBlank: "(fältet är tomt i dokumentet)",
      page: "sidan",
      quoteOf: "Ur policyn",
      graphHeading: "Grafen",
      graphAll: "Hela grafen: {n} noder.",
      graphAround: "Kring {names}: {n} noder.",
      graphHint: "Välj en ruta eller en punkt för att läsa om den, eller använd listan nedan.",
      graphList: "Allt i vyn, som lista ({n})",
      legend: "Slag",
      showInGraph: "Visa i grafen",
      alsoCalled: "Kallas också: ",
      responsibilities: "Ansvar",
      responsibleFor: "Ansvar för detta",
      memberOf: "Medlem i",
      members: "Medlemmar",
      partOf: "Del av",
      consistsOf: "Består av",
      other: "Andra relationer",
      sources: "Källor",
      loadingAnswer: "Hämtar svaret …",
      loadingActor: "Hämtar {name} …",
      answered: "{n} svar.",
      failed: "Det gick inte att hämta svaret: {message}",
      footer: "Allt här kommer ur grafen, och varje svar ur policyns egna ord.",
      sparql: "SPARQL-gränssnitt",
      examplesList: [
        "Vem reviderar policyn?",
        "Vem följer upp den internationella policyn?",
        "Vilka är medlemmar i West Sweden?",
        "När fastställdes policyn?",
      ],
    },
    en: {
      title: "Who is responsible for what?",
      skip: "Skip to the question",
      askHeading: "Ask a question",
      matrixLink: "Responsibility matrix",
      askLabel: "Your question, in Swedish or English",
      askButton: "Ask",
      askHint: "The answer quotes the policy itself, with the page.",
      examples: "Examples",
      answerHeading: "Answer",
      asked: "Question: ",
      noAnswer: "The policy does not say.",
      confirms: "Yes.",
      corrects: "No. According to the policy:",
      notUnderstood: "Not understood: {words}.",
      closest: "The closest things the policy does say:",
      whichMunicipality: "Which municipality do you mean?",
      leftBlank: "(the document leaves this field blank)",
      page: "page",
      quoteOf: "From the policy",
      graphHeading: "The graph",
      graphAll: "The whole graph: {n} nodes.",
      graphAround: "Around {names}: {n} nodes.",
      graphHint: "Select a box or a dot to read about it, or use the list below.",
      graphList: "Everything in this view, as a list ({n})",
      legend: "Kinds",
      showInGraph: "Show in the graph",
      alsoCalled: "Also called: ",
      responsibilities: "Responsibilities",
      responsibleFor: "Responsibilities for this",
      memberOf: "Member of",
      members: "Members",
      partOf: "Part of",
      consistsOf: "Consists of",
      other: "Other relations",
      sources: "Sources",
      loadingAnswer: "Finding the answer …",
      loadingActor: "Looking up {name} …",
      answered: "{n} answer(s).",
      failed: "The answer could not be fetched: {message}",
      footer: "Everything here comes from the graph, and every answer from the policy's own words.",
      sparql: "SPARQL endpoint",
      examplesList: [
        "Who revises the international policy?",
        "Who looks for EU funding?",
        "What is Borås a member of?",
        "How many members does West Sweden have?",
      ],
    },
  };

  const $ = (id) => document.getElementById(id);
  let state = readUrl();
  let about = { documents: [], prefixes: {} };
  let lastAnswer = null; // {q, json}
  let lastActor = null; // {key, json}
  let network = null;

  function t(key, values) {
    let text = TEXT[state.lang][key];
    for (const [name, value] of Object.entries(values || {})) {
      text = text.replace("{" + name + "}", String(value));
    }
    return text;
  }

  function readUrl() {
    const params = new URLSearchParams(window.location.search);
    let lang = params.get("lang");
    if (lang !== "sv" && lang !== "en") {
      lang = (navigator.language || "en").toLowerCase().startsWith("sv") ? "sv" : "en";
    }
    return { q: (params.get("q") || "").trim(), actor: params.get("actor") || "", lang: lang };
  }

  function url(next) {
    const params = new URLSearchParams();
    if (next.q) params.set("q", next.q);
    if (next.actor) params.set("actor", next.actor);
    params.set("lang", next.lang);
    return "?" + params.toString();
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (error) {
      body = null;
    }
    if (!response.ok) {
      throw new Error((body && body.error) || response.statusText || String(response.status));
    }
    return body;
  }

  // ------------------------------------------------------------------ ids and links

  function shortId(iri) {
    let best = null;
    for (const [prefix, ns] of Object.entries(about.prefixes)) {
      if (iri.startsWith(ns) && (best === null || ns.length > about.prefixes[best].length)) {
        best = prefix;
      }
    }
    return best === null ? iri : best + ":" + iri.slice(about.prefixes[best].length);
  }

  function actorLink(id, label) {
    const link = el("a", "actor-link", label);
    link.href = url({ q: state.q, actor: id, lang: state.lang });
    link.dataset.actor = id;
    return link;
  }

  function go(next, push) {
    const target = url(next);
    if (push) window.history.pushState(null, "", target);
    else window.history.replaceState(null, "", target);
    state = next;
    return render();
  }

  // ------------------------------------------------------------------ static texts

  function renderTexts() {
    document.documentElement.lang = state.lang;
    document.title = "govgraph: " + t("title");
    for (const node of document.querySelectorAll("[data-text]")) {
      const key = node.dataset.text;
      if (key === "graphList") continue;
      node.textContent = t(key);
    }
    for (const button of document.querySelectorAll("[data-lang]")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === state.lang));
    }
    $("form-lang").value = state.lang;
    if ($("q").value !== state.q) $("q").value = state.q;
    const examples = $("examples");
    clear(examples);
    for (const question of TEXT[state.lang].examplesList) {
      const item = el("li");
      const link = el("a", "example", question);
      link.href = url({ q: question, actor: "", lang: state.lang });
      link.dataset.question = question;
      item.appendChild(link);
      examples.appendChild(item);
    }
    const docs = about.documents.map((doc) => doc.title[state.lang] || doc.iri);
    $("documents").textContent = docs.join(" · ");
  }

  // ------------------------------------------------------------------ the answer

  function sourceList(sources) {
    const list = el("ul", "sources");
    for (const source of sources) {
      const item = el("li");
      const figure = el("figure", "quote");
      const quote = el("blockquote", null, source.quote);
      quote.lang = "sv";
      const caption = el("figcaption", null, t("quoteOf") + ", " + t("page") + " " + source.page);
      figure.appendChild(quote);
      if (source.rendering) {
        // the graph's rendering in the answer's language: not verbatim, the quote is the source
        const rendering = el("p", "rendering", source.rendering);
        rendering.lang = state.lang;
        figure.appendChild(rendering);
      }
      figure.appendChild(caption);
      item.appendChild(figure);
      list.appendChild(item);
    }
    return list;
  }

  function renderAnswer() {
    const section = $("answer");
    if (!state.q || !lastAnswer || lastAnswer.q !== state.q) {
      section.hidden = true;
      return;
    }
    const data = lastAnswer.json;
    section.hidden = false;
    $("answer-question").textContent = t("asked") + data.question;
    // a yes/no question: confirmed, or answered with who does what it asked of another
    const verdict = $("answer-verdict");
    verdict.hidden = typeof data.confirms !== "boolean";
    verdict.textContent = data.confirms === true ? t("confirms") : data.confirms === false ? t("corrects") : "";
    const list = $("answers");
    clear(list);
    for (const answer of data.answers) list.appendChild(answerItem(answer));
    $("no-answer").hidden = data.answered !== false || Boolean(data.clarify);
    const more = $("answer-more");
    clear(more);
    if (data.clarify && data.clarify.candidates) {
      // "which municipality?": each candidate asks the question again, scoped to it
      more.appendChild(el("p", "clarify", t("whichMunicipality")));
      const choices = el("ul", "clarify-candidates");
      for (const candidate of data.clarify.candidates) {
        const item = el("li");
        const link = el("a", "question-link", candidate.label);
        const question = data.question.replace(/[?.!\s]*$/, "") + " (" + candidate.label + ")?";
        link.href = url({ q: question, actor: "", lang: state.lang });
        link.dataset.question = question;
        item.appendChild(link);
        choices.appendChild(item);
      }
      more.appendChild(choices);
    }
    if (data.not_understood && data.not_understood.length) {
      const words = data.not_understood.map((w) => "“" + w + "”").join(", ");
      more.appendChild(el("p", "not-understood", t("notUnderstood", { words: words })));
    }
    if (data.closest && data.closest.length) {
      more.appendChild(el("p", "closest-heading", t("closest")));
      const near = el("ul", "answers closest");
      for (const answer of data.closest) near.appendChild(answerItem(answer));
      more.appendChild(near);
    }
  }

  function answerItem(answer) {
    const item = el("li", "answer-item");
    const label = (answer.labels && answer.labels[state.lang]) || answer.label;
    const head = el("p", "answer-label");
    if (answer.scope) head.appendChild(el("span", "answer-scope", answer.scope.label + ": "));
    if (answer.iri && answer.kind !== "left_blank") head.appendChild(actorLink(shortId(answer.iri), label));
    else head.appendChild(document.createTextNode(label));
    if (answer.kind === "left_blank") head.appendChild(el("span", "left-blank", " " + t("leftBlank")));
    item.appendChild(head);
    item.appendChild(sourceList(answer.sources || []));
    return item;
  }

  async function fetchAnswer() {
    if (!state.q || (lastAnswer && lastAnswer.q === state.q)) return;
    $("status").textContent = t("loadingAnswer");
    const json = await getJson("/api/ask?q=" + encodeURIComponent(state.q));
    lastAnswer = { q: state.q, json: json };
    $("status").textContent = t("answered", { n: json.answers.length });
  }

  // ------------------------------------------------------------------ the actor

  const SECTIONS = [
    ["responsibilities", (r) => r.direction === "out" && (r.relation === "responsibility" || r.relation === "cooperation")],
    ["responsibleFor", (r) => r.direction === "in" && (r.relation === "responsibility" || r.relation === "cooperation")],
    ["memberOf", (r) => r.direction === "out" && r.relation === "membership"],
    ["members", (r) => r.direction === "in" && r.relation === "membership"],
    ["partOf", (r) => r.direction === "in" && r.relation === "structure"],
    ["consistsOf", (r) => r.direction === "out" && r.relation === "structure"],
    ["other", () => true],
  ];

  // Relations of one kind, label and source are listed together: "offers → A, B, C", with
  // the quote once.
  function groupRelations(relations) {
    const groups = new Map();
    for (const relation of relations) {
      const key = [relation.relation, relation.direction, relation.label, JSON.stringify(relation.sources)].join("\u0000");
      if (!groups.has(key)) groups.set(key, { first: relation, others: [] });
      groups.get(key).others.push(relation.other);
    }
    return Array.from(groups.values());
  }

  function relationItem(group, self) {
    const relation = group.first;
    const item = el("li", "relation");
    const line = el("p", "relation-line");
    const links = () => {
      group.others.forEach((other, index) => {
        if (index) line.appendChild(document.createTextNode(", "));
        line.appendChild(actorLink(other.id, other.label));
      });
    };
    if (["membership", "structure"].includes(relation.relation)) {
      links();
    } else if (relation.direction === "out") {
      line.appendChild(el("span", "relation-label", relation.label + " → "));
      links();
    } else {
      links();
      line.appendChild(el("span", "relation-label", " → " + relation.label + " → " + self));
    }
    item.appendChild(line);
    if (relation.sources.length) item.appendChild(sourceList(relation.sources));
    return item;
  }

  function renderActor() {
    const section = $("actor");
    if (!state.actor || !lastActor || lastActor.key !== state.actor + "|" + state.lang) {
      section.hidden = true;
      return;
    }
    const data = lastActor.json;
    section.hidden = false;
    $("actor-heading").textContent = data.label;
    $("actor-kind").textContent = data.kind;
    $("actor-names").textContent = data.otherLabels.length
      ? t("alsoCalled") + data.otherLabels.join(", ")
      : "";
    $("actor-description").textContent = data.description || "";
    const sections = $("actor-sections");
    clear(sections);
    let rest = data.relations.slice();
    for (const [key, test] of SECTIONS) {
      const chosen = rest.filter(test);
      rest = rest.filter((r) => !test(r));
      if (!chosen.length) continue;
      sections.appendChild(el("h3", null, t(key)));
      const list = el("ul", "relations");
      for (const group of groupRelations(chosen)) list.appendChild(relationItem(group, data.label));
      sections.appendChild(list);
    }
    if (data.sources.length) {
      sections.appendChild(el("h3", null, t("sources")));
      sections.appendChild(sourceList(data.sources));
    }
  }

  async function fetchActor() {
    const key = state.actor + "|" + state.lang;
    if (!state.actor || (lastActor && lastActor.key === key)) return;
    const json = await getJson(
      "/api/actors/" + encodeURIComponent(state.actor) + "?lang=" + state.lang
    );
    lastActor = { key: key, json: json };
  }

  // ------------------------------------------------------------------ the graph

  function focusIds() {
    if (state.actor) return [state.actor];
    if (state.q && lastAnswer && lastAnswer.q === state.q) {
      return lastAnswer.json.answers.filter((a) => a.iri).map((a) => shortId(a.iri));
    }
    return [];
  }

  async function renderGraph() {
    const focus = focusIds();
    const params = new URLSearchParams({ lang: state.lang, depth: "1" });
    for (const id of focus) params.append("focus", id);
    const data = await getJson("/api/graph?" + params.toString());
    const labels = data.nodes.filter((n) => n.focus).map((n) => n.label);
    $("graph-caption").textContent = labels.length
      ? t("graphAround", { names: labels.join(", "), n: data.nodes.length })
      : t("graphAll", { n: data.nodes.length });
    $("graph-list-summary").textContent = t("graphList", { n: data.nodes.length });
    const list = $("graph-nodes");
    clear(list);
    const sorted = data.nodes.slice().sort((a, b) => a.label.localeCompare(b.label, state.lang));
    for (const node of sorted) {
      const item = el("li");
      item.appendChild(actorLink(node.id, node.label));
      item.appendChild(el("span", "node-kind", " (" + node.kind + ")"));
      list.appendChild(item);
    }
    const legend = $("legend");
    clear(legend);
    for (const kind of data.legend) {
      const item = el("li");
      const swatch = el("span", "swatch swatch-" + kind.shape);
      swatch.style.backgroundColor = kind.color;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(kind.kind));
      legend.appendChild(item);
    }
    drawNetwork(data);
  }

  function drawNetwork(data) {
    if (typeof window.vis === "undefined") return;
    const nodes = data.nodes.map((node) => ({
      id: node.id,
      label: node.label,
      shape: node.shape,
      size: node.size,
      color: { background: node.color, border: node.focus ? "#111111" : "#4a4a4a" },
      borderWidth: node.focus ? 4 : 1,
      font: { color: node.fontColor, size: node.focus ? 17 : 14, face: "system-ui, sans-serif" },
    }));
    // Several relations between the same two nodes are drawn as curves bent apart.
    const seen = new Map();
    const edges = data.edges.map((edge) => {
      const pair = [edge.from, edge.to].sort().join("\u0000");
      const index = seen.get(pair) || 0;
      seen.set(pair, index + 1);
      const bend = index === 0 ? { enabled: false } : {
        enabled: true,
        type: index % 2 ? "curvedCW" : "curvedCCW",
        roundness: 0.25 * Math.ceil(index / 2),
      };
      return {
        id: edge.id,
        from: edge.from,
        to: edge.to,
        label: edge.label,
        color: { color: edge.color },
        dashes: edge.dashes,
        width: edge.width,
        smooth: bend,
      };
    });
    const options = {
      autoResize: true,
      interaction: { hover: true, navigationButtons: false, keyboard: false },
      physics: {
        solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -60, springLength: 120 },
        stabilization: { iterations: 250, fit: true },
      },
      nodes: { margin: 8, widthConstraint: { maximum: 180 } },
      edges: {
        arrows: { to: { enabled: true, scaleFactor: 0.6 } },
        font: { size: 11, color: "#333333", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      },
    };
    if (network) network.destroy();
    network = new window.vis.Network($("network"), { nodes: nodes, edges: edges }, options);
    network.once("stabilizationIterationsDone", () => network.setOptions({ physics: false }));
    network.on("click", (event) => {
      if (event.nodes.length) go({ q: state.q, actor: event.nodes[0], lang: state.lang }, true);
    });
  }

  // ------------------------------------------------------------------ putting it together

  function problem(message) {
    const box = $("problem");
    box.hidden = !message;
    box.textContent = message ? t("failed", { message: message }) : "";
  }

  async function render() {
    renderTexts();
    problem("");
    try {
      await Promise.all([fetchAnswer(), fetchActor()]);
    } catch (error) {
      $("status").textContent = "";
      problem(error.message);
    }
    renderAnswer();
    renderActor();
    try {
      await renderGraph();
    } catch (error) {
      problem(error.message);
    }
  }

  function onClick(event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target.closest("a[data-actor], a[data-question]");
    if (!link) return;
    event.preventDefault();
    if (link.dataset.actor) {
      go({ q: state.q, actor: link.dataset.actor, lang: state.lang }, true).then(() => {
        $("actor").scrollIntoView({ block: "start" });
        $("actor-heading").focus({ preventScroll: true });
      });
    } else {
      $("q").value = link.dataset.question;
      go({ q: link.dataset.question, actor: "", lang: state.lang }, true).then(() =>
        $("answer-heading").focus()
      );
    }
  }

  function start() {
    $("ask-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const q = $("q").value.trim();
      if (!q) return;
      go({ q: q, actor: "", lang: state.lang }, true).then(() => $("answer-heading").focus());
    });
    for (const button of document.querySelectorAll("[data-lang]")) {
      button.addEventListener("click", () =>
        go({ q: state.q, actor: state.actor, lang: button.dataset.lang }, true)
      );
    }
    $("actor-focus").addEventListener("click", () => {
      $("network").scrollIntoView({ block: "start" });
    });
    document.addEventListener("click", onClick);
    window.addEventListener("popstate", () => {
      state = readUrl();
      render();
    });
    getJson("/api/about")
      .then((json) => {
        about = json;
      })
      .catch((error) => problem(error.message))
      .then(() => go(state, false));
  }

  start();
})();
