// The review page. Every text from the candidates file goes into the page as text
// (textContent, createTextNode), never as HTML; the Content-Security-Policy allows only
// this script. Decisions are sent as JSON to /api/save, which writes the -o file.
"use strict";

(function () {
  const list = document.getElementById("candidates");
  const status = document.getElementById("status");
  const summary = document.getElementById("summary");
  const state = new Map(); // id -> {action, agent, task, object}

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function select(id, label, options, current) {
    const wrap = el("div");
    const lab = el("label", label);
    lab.htmlFor = id;
    const box = document.createElement("select");
    box.id = id;
    for (const option of options) {
      const opt = el("option", option.label);
      opt.value = option.iri;
      if (option.iri === current) opt.selected = true;
      box.append(opt);
    }
    if (![...box.options].some((o) => o.value === current) && current) {
      const opt = el("option", current);
      opt.value = current;
      opt.selected = true;
      box.prepend(opt);
    }
    wrap.append(lab, box);
    return [wrap, box];
  }

  function highlighted(text, quote, page) {
    const block = el("div", null, "page-text");
    block.tabIndex = 0; // scrollable: reachable from the keyboard
    block.setAttribute("role", "region");
    block.setAttribute("aria-label", "p. " + page);
    const at = quote ? text.indexOf(quote) : -1;
    if (at < 0) {
      block.append(document.createTextNode(text));
      return block;
    }
    block.append(document.createTextNode(text.slice(0, at)));
    block.append(el("mark", quote));
    block.append(document.createTextNode(text.slice(at + quote.length)));
    return block;
  }

  function render(data) {
    document.documentElement.lang = data.language;
    summary.textContent = data.candidates.length + " candidates in " + data.file +
      "; saving writes " + data.output + " (reviewer: " + data.reviewer + ")";
    const choices = data.choices;
    for (const c of data.candidates) {
      const entry = { action: null };
      state.set(c.id, entry);
      const article = el("article", null, "candidate");
      article.id = "candidate-" + c.id;
      article.dataset.id = c.id;
      const left = el("div");
      left.append(el("h2", c.kind + (c.confidence === null ? "" : " (" + c.confidence + ")")));
      left.append(el("p", (c.rule ? "rule " + c.rule + " · " : "") + "id " + c.id, "meta"));
      if (c.agent) {
        const [wrap, box] = select(c.id + "-agent", "Agent", choices.actors, c.agent.iri);
        box.addEventListener("change", () => { entry.agent = box.value; });
        left.append(wrap);
      }
      if (c.task) {
        const [wrap, box] = select(c.id + "-task", "Task", choices.tasks, c.task.iri);
        box.addEventListener("change", () => { entry.task = box.value; });
        left.append(wrap);
      }
      if (c.object_is_literal) {
        left.append(el("p", "Value: " + c.object.label));
      } else if (c.object) {
        const [wrap, box] = select(c.id + "-object", "Object", choices.things, c.object.iri);
        box.addEventListener("change", () => { entry.object = box.value; });
        left.append(wrap);
      }
      const fieldset = el("fieldset", null, "decision");
      fieldset.append(el("legend", "Decision"));
      for (const action of ["accept", "reject"]) {
        const label = el("label");
        const radio = document.createElement("input");
        radio.type = "radio";
        radio.name = "decision-" + c.id;
        radio.value = action;
        radio.addEventListener("change", () => {
          entry.action = action;
          article.dataset.decision = action;
        });
        label.append(radio, document.createTextNode(" " + action));
        fieldset.append(label);
      }
      left.append(fieldset);
      const right = el("div");
      for (const q of c.quotes) {
        right.append(el("p", "p. " + q.page, "meta"));
        right.append(highlighted(q.text || q.quote, q.quote, q.page));
      }
      article.append(left, right);
      list.append(article);
    }
  }

  async function save() {
    const decisions = {};
    for (const [id, entry] of state) {
      if (!entry.action) continue;
      decisions[id] = entry.action === "reject" ? { action: "reject" } :
        { action: "accept", agent: entry.agent || null, task: entry.task || null, object: entry.object || null };
    }
    status.textContent = "Saving…";
    try {
      const reply = await fetch("/api/save", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ decisions: decisions }),
      });
      const data = await reply.json();
      status.textContent = reply.ok
        ? "Saved " + data.written + ": " + data.accepted + " accepted, " + data.corrected +
          " corrected, " + data.rejected + " rejected, " + data.undecided + " undecided"
        : "Not saved: " + data.error;
    } catch (error) {
      status.textContent = "Not saved: " + String(error);
    }
  }

  document.getElementById("save").addEventListener("click", save);
  fetch("/api/candidates")
    .then((reply) => reply.json())
    .then(render)
    .catch((error) => { status.textContent = String(error); });
})();
