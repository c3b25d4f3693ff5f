/* The editor's desk: statements beside their sources, keyboard moves, the live check.
 *
 * Everything here adds to pages that work without it. Text from the server is only ever
 * put in the page as text (textContent, never innerHTML), so a hostile edit stays inert.
 */
(function () {
  "use strict";

  function editable(el) {
    return el && (el.tagName === "TEXTAREA" || el.tagName === "SELECT" ||
      (el.tagName === "INPUT" && el.type !== "radio" && el.type !== "checkbox" && el.type !== "submit"));
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  /* ------------------------------------------------------------------ the queue */
  function queueKeys() {
    var links = Array.prototype.slice.call(document.querySelectorAll("#queue a.open"));
    if (!links.length) { return; }
    document.addEventListener("keydown", function (ev) {
      if (editable(ev.target) || ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
      if (ev.key !== "j" && ev.key !== "k") { return; }
      var at = links.indexOf(document.activeElement);
      var next = ev.key === "j" ? Math.min(links.length - 1, at + 1) : Math.max(0, at - 1);
      if (at < 0) { next = 0; }
      links[next].focus();
      ev.preventDefault();
    });
  }

  /* ------------------------------------------------------------------ the review screen */
  function review(desk) {
    var source = document.getElementById("source");
    var status = document.getElementById("desk-status");
    var selection = document.getElementById("source-selection");
    var stmts = Array.prototype.slice.call(document.querySelectorAll(".stmt"));
    var sents = Array.prototype.slice.call(document.querySelectorAll("#source .sent"));
    var byId = {};
    sents.forEach(function (b) { byId[b.getAttribute("data-sid")] = b; });
    var active = null;
    var extra = document.getElementById("cited-extra");

    function cites(stmt) {
      return (stmt.getAttribute("data-cites") || "").split(/\s+/).filter(Boolean);
    }
    function field(stmt) {
      return stmt.querySelector(".stmt-field") || stmt;
    }
    function stmtOf(node) {
      while (node && !(node.classList && node.classList.contains("stmt"))) { node = node.parentNode; }
      return node;
    }
    function say(text) {
      if (status) { status.textContent = text; }
    }
    function label(stmt) {
      var l = stmt.querySelector("label");
      return l ? l.firstChild.textContent.trim() : (stmt.getAttribute("aria-label") || stmt.getAttribute("data-ref"));
    }

    /* Bring a sentence into view inside the source pane only (never moving the parts). */
    function reveal(el) {
      var pane = source.getBoundingClientRect();
      var box = el.getBoundingClientRect();
      if (box.top < pane.top + 4 || box.bottom > pane.bottom - 4) {
        source.scrollTop += box.top - pane.top - Math.max(8, (pane.height - box.height) / 3);
      }
    }

    function activate(stmt) {
      if (active === stmt) { return; }
      if (active) { active.classList.remove("active"); }
      active = stmt;
      stmt.classList.add("active");
      sents.forEach(function (b) { b.classList.remove("cited"); });
      var ids = cites(stmt);
      var first = null;
      ids.forEach(function (id) {
        var b = byId[id];
        if (b) { b.classList.add("cited"); first = first || b; }
      });
      if (first) { reveal(first); }
      var last = ids.length ? byId[ids[ids.length - 1]] : null;
      if (last && last !== first) { reveal(last); if (first) { reveal(first); } }
      /* Cited sentences too far apart to show at once are quoted at the top of the pane. */
      var pane = source.getBoundingClientRect();
      var top = extra.getBoundingClientRect().bottom;
      var away = ids.map(function (id) { return byId[id]; }).filter(function (b) {
        if (!b) { return false; }
        var box = b.getBoundingClientRect();
        return box.top < top || box.bottom > pane.bottom;
      });
      while (extra.firstChild) { extra.removeChild(extra.firstChild); }
      extra.hidden = !away.length;
      if (away.length) {
        extra.appendChild(el("span", "from", "Also cited, out of view:"));
        away.forEach(function (b) {
          var q = el("blockquote");
          q.setAttribute("data-sid", b.getAttribute("data-sid"));
          q.textContent = b.textContent.replace(/\s*\d+\s*$/, "");
          extra.appendChild(q);
        });
      }
    }

    function go(step, onlyFlagged) {
      var list = onlyFlagged ? stmts.filter(function (s) { return s.classList.contains("flagged"); }) : stmts;
      if (!list.length) { say(onlyFlagged ? "No findings." : "No statements."); return; }
      var at = list.indexOf(active);
      var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
      var target = list[next];
      /* The statement itself takes the focus, so j/k keep working; Enter edits it. */
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "center" });
      activate(target);
      if (onlyFlagged) { say("Finding " + (next + 1) + " of " + list.length + ": " + label(target)); }
    }

    function openSources() {
      if (!active) { go(1, false); }
      var ids = cites(active);
      var b = ids.length ? byId[ids[0]] : null;
      if (b) { b.focus({ preventScroll: true }); reveal(b); } else { say("This statement cites no sentence."); }
    }

    function select(button) {
      var id = button.getAttribute("data-sid");
      var pressed = button.getAttribute("aria-pressed") === "true";
      sents.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
      stmts.forEach(function (s) { s.classList.remove("citing"); });
      if (pressed) { selection.textContent = ""; return; }
      button.setAttribute("aria-pressed", "true");
      var citing = stmts.filter(function (s) { return cites(s).indexOf(id) >= 0; });
      citing.forEach(function (s) { s.classList.add("citing"); });
      selection.textContent = id + " is cited by " + (citing.length ? citing.map(label).join(", ") : "no statement") + ".";
      if (citing.length) { citing[0].scrollIntoView({ block: "nearest" }); }
    }

    /* Hover follows the pointer only when the pointer moves: a statement scrolled under a
       resting pointer by a keyboard move must not take over from the one the keys chose. */
    var pointer = { x: -1, y: -1 };
    stmts.forEach(function (stmt) {
      stmt.addEventListener("mousemove", function (ev) {
        if (ev.clientX === pointer.x && ev.clientY === pointer.y) { return; }
        pointer = { x: ev.clientX, y: ev.clientY };
        activate(stmt);
      });
      stmt.addEventListener("focusin", function () { activate(stmt); });
    });
    sents.forEach(function (b) {
      b.addEventListener("click", function () { select(b); });
    });
    Array.prototype.forEach.call(document.querySelectorAll("a.cite"), function (a) {
      a.addEventListener("click", function (ev) {
        var b = byId[a.getAttribute("data-sid")];
        if (!b) { return; }
        ev.preventDefault();
        b.focus({ preventScroll: true });
        reveal(b);
      });
    });

    document.addEventListener("keydown", function (ev) {
      var t = ev.target;
      if (ev.ctrlKey || ev.metaKey) { return; }
      var key = ev.key;
      if (ev.altKey && (key === "ArrowDown" || key === "ArrowUp")) {
        go(key === "ArrowDown" ? 1 : -1, false); ev.preventDefault(); return;
      }
      if (key === "Escape" && editable(t) && stmtOf(t)) {
        stmtOf(t).focus({ preventScroll: true }); ev.preventDefault(); return;
      }
      if (ev.altKey || editable(t)) { return; }
      if (key === "Enter" && t && t.classList && t.classList.contains("stmt")) {
        field(t).focus(); ev.preventDefault(); return;
      }
      if (t && t.classList && t.classList.contains("sent")) {
        var i = sents.indexOf(t);
        if (key === "ArrowDown" || key === "ArrowUp") {
          var n = sents[Math.max(0, Math.min(sents.length - 1, i + (key === "ArrowDown" ? 1 : -1)))];
          n.focus({ preventScroll: true }); reveal(n); ev.preventDefault(); return;
        }
        if (key === "Escape") {
          if (active) { active.focus({ preventScroll: true }); active.scrollIntoView({ block: "nearest" }); }
          ev.preventDefault(); return;
        }
      }
      if (key === "]") {
        var next = document.getElementById("next-in-queue");
        if (next) { location.href = next.href; ev.preventDefault(); }
        return;
      }
      if (key === "j") { go(1, false); } else if (key === "k") { go(-1, false); }
      else if (key === "n") { go(1, true); } else if (key === "s") { openSources(); }
      else { return; }
      ev.preventDefault();
    });

    /* --------------------------------------------------------------- the live check */
    var timers = {};
    var sequence = {};

    /* Append a text's pieces to ``parent``, each piece that marks a finding as a <mark class=cls>. */
    function appendMarked(parent, segments, findings, cls) {
      segments.forEach(function (seg) {
        if (seg.finding === null) { parent.appendChild(document.createTextNode(seg.text)); return; }
        var m = el("mark", cls, seg.text);
        m.setAttribute("data-kind", findings[seg.finding].kind);
        parent.appendChild(m);
      });
    }

    function render(stmt, result) {
      var box = stmt.querySelector(".check");
      while (box.firstChild) { box.removeChild(box.firstChild); }
      var n = result.findings.length;
      if (result.supported) {
        box.appendChild(el("p", "verdict ok", "✓ Supported by its sentences (score " + result.score.toFixed(2) + ")"));
      } else {
        box.appendChild(el("p", "verdict bad", "⚠ Not supported (score " + result.score.toFixed(2) + "): " +
          n + " finding" + (n === 1 ? "" : "s")));
        var marked = el("p", "marked");
        appendMarked(marked, result.segments, result.findings, "finding");
        box.appendChild(marked);
        var ul = el("ul", "findings");
        result.findings.forEach(function (f) {
          var li = el("li");
          li.setAttribute("data-kind", f.kind);
          li.appendChild(el("b", "kind", f.kind));
          li.appendChild(document.createTextNode(" "));
          li.appendChild(el("q", null, f.text));
          li.appendChild(document.createTextNode(": " + f.reason +
            (f.source ? " (marked in " + f.source[0] + " below)" : "") + "."));
          ul.appendChild(li);
        });
        box.appendChild(ul);
        if (result.against.length) {
          var against = el("div", "against");
          against.appendChild(el("span", null, "Checked against:"));
          result.against.forEach(function (s) {
            var q = el("blockquote");
            q.setAttribute("data-sid", s.id);
            q.appendChild(el("b", null, s.id));
            q.appendChild(document.createTextNode(" "));
            appendMarked(q, s.segments, result.findings, "dropped");
            against.appendChild(q);
          });
          box.appendChild(against);
        }
      }
      stmt.classList.toggle("flagged", !result.supported);
      stmt.setAttribute("data-checked", "live");
      /* The part's legend counts its flagged statements as they stand now (not yet saved). */
      var part = stmt.closest("fieldset.part");
      var legend = part && part.querySelector(".part-status");
      if (legend) {
        var bad = part.querySelectorAll(".stmt.flagged").length;
        legend.textContent = bad ? bad + " not supported" + (stmt.closest("form") ? " (unsaved)" : "") : "supported";
        legend.className = "part-status " + (bad ? "status-flagged" : "status-supported");
      }
    }

    function check(stmt, input) {
      var ref = stmt.getAttribute("data-ref");
      var mine = (sequence[ref] || 0) + 1;
      sequence[ref] = mine;
      stmt.setAttribute("data-checked", "pending");
      fetch("/editor/articles/" + encodeURIComponent(desk.getAttribute("data-article")) + "/check", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json", "x-csrf-token": desk.getAttribute("data-csrf") },
        body: JSON.stringify({ revision: Number(desk.getAttribute("data-revision")), ref: ref, text: input.value })
      }).then(function (r) {
        return r.json().then(function (body) {
          return { ok: r.ok, status: r.status, retry: Number(r.headers.get("retry-after") || 0), body: body };
        });
      }).then(function (res) {
        if (sequence[ref] !== mine) { return; }  // a newer keystroke's check is on its way
        if (res.ok) { render(stmt, res.body); return; }
        if (res.status === 429) {
          /* The service's write budget is spent for now: check again when it says. */
          clearTimeout(timers[ref]);
          timers[ref] = setTimeout(function () { check(stmt, input); }, Math.max(1, res.retry) * 1000);
          stmt.setAttribute("data-checked", "waiting");
          return;
        }
        var box = stmt.querySelector(".check");
        while (box.firstChild) { box.removeChild(box.firstChild); }
        box.appendChild(el("p", "verdict bad", "Could not check: " + (res.body.detail || "error")));
        stmt.setAttribute("data-checked", "error");
      }).catch(function () {
        stmt.setAttribute("data-checked", "error");
      });
    }

    stmts.forEach(function (stmt) {
      var input = stmt.querySelector(".stmt-field");
      if (!input) { return; }
      input.addEventListener("input", function () {
        var ref = stmt.getAttribute("data-ref");
        clearTimeout(timers[ref]);
        stmt.setAttribute("data-checked", "typing");
        timers[ref] = setTimeout(function () { check(stmt, input); }, 350);
      });
    });

    /* A flagged article opens on its first finding (unless the address names a place). */
    var first = desk.getAttribute("data-first-finding");
    if (first && !location.hash) {
      var target = document.getElementById("stmt-" + first);
      if (target) {
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: "center" });
        activate(target);
      }
    }
  }

  function start() {
    var desk = document.querySelector(".desk");
    if (desk) { review(desk); }
    queueKeys();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
