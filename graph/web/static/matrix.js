// The responsibility matrix page. Every text from the graph goes into the page as text
// (textContent), never as HTML; the Content-Security-Policy allows only this script.
"use strict";

(function () {
  const form = document.getElementById("matrix-form");
  const table = document.getElementById("matrix");
  const status = document.getElementById("matrix-status");
  const quotes = document.getElementById("matrix-quotes");
  const quoteList = document.getElementById("quote-list");

  function el(tag, text) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function who(entry, lang) {
    if (entry.agent) return entry.agent.label;
    return lang === "sv" ? "(lämnat tomt)" : "(left blank)";
  }

  function pageWord(lang) {
    return lang === "sv" ? "s." : "p.";
  }

  function showQuotes(entry, lang) {
    quoteList.replaceChildren();
    for (const source of entry.sources) {
      const item = el("li");
      item.append(el("strong", who(entry, lang) + " – " + entry.object.label));
      item.append(el("span", " " + pageWord(lang) + " " + source.page + ": "));
      item.append(el("q", source.quote));
      quoteList.append(item);
    }
    quotes.hidden = false;
  }

  function render(matrix) {
    table.replaceChildren();
    const head = el("thead");
    const headRow = el("tr");
    headRow.append(el("th", matrix.by === "document" ? (matrix.language === "sv" ? "dokument" : "document")
                                                     : (matrix.language === "sv" ? "kommun" : "municipality")));
    for (const task of matrix.tasks) {
      const th = el("th", task.label);
      th.scope = "col";
      headRow.append(th);
    }
    head.append(headRow);
    table.append(head);
    const body = el("tbody");
    for (const row of matrix.rows) {
      const tr = el("tr");
      const th = el("th", row.label);
      th.scope = "row";
      tr.append(th);
      for (const task of matrix.tasks) {
        const td = el("td");
        const cell = row.cells[task.key] || [];
        const objects = new Set(cell.map((e) => e.object.iri));
        for (const entry of cell) {
          const name = who(entry, matrix.language);
          const button = el("button",
            objects.size > 1 ? name + " (" + entry.object.label + ")" : name);
          button.type = "button";
          button.className = "matrix-actor";
          button.title = entry.sources.map((s) => pageWord(matrix.language) + " " + s.page + ": “" + s.quote + "”").join("\n");
          button.addEventListener("click", () => showQuotes(entry, matrix.language));
          td.append(button);
        }
        if (!cell.length) td.textContent = "–";
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    status.textContent = matrix.rows.length + (matrix.language === "sv" ? " rader" : " rows");
  }

  async function load() {
    const params = new URLSearchParams(window.location.search);
    for (const name of ["task", "kind", "object", "by", "lang"]) {
      const field = document.getElementById(name);
      if (params.get(name)) field.value = params.get(name);
    }
    const query = new URLSearchParams();
    for (const name of ["task", "kind", "object", "by", "lang"]) {
      const value = document.getElementById(name).value.trim();
      if (value) query.set(name, value);
    }
    document.documentElement.lang = document.getElementById("lang").value;
    status.textContent = "…";
    try {
      const reply = await fetch("/api/matrix?" + query.toString());
      const data = await reply.json();
      if (!reply.ok) {
        table.replaceChildren();
        status.textContent = data.error || String(reply.status);
        return;
      }
      render(data);
    } catch (error) {
      status.textContent = String(error);
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new URLSearchParams(new FormData(form));
    for (const [key, value] of [...query.entries()]) if (!value) query.delete(key);
    window.history.replaceState(null, "", "/matrix?" + query.toString());
    quotes.hidden = true;
    load();
  });
  load();
})();
