// faqbot staff console. Vanilla JS, no framework, no CDN.
// Every piece of text that came from a patient, the bot or staff is put on the page with textContent
// (through el(), which also takes out bidi controls: see clean), never parsed as HTML: conversation
// text is untrusted.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const api = "/api/staff";

  // clean takes out the bidi embedding, override and isolate controls (U+202A–U+202E,
  // U+2066–U+2069): in a patient's text they could show "‮exe.pdf" as "fdp.exe" or reorder the
  // page around it. Arabic needs none of them; the marks (U+200E, U+200F, U+061C) stay.
  const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;
  function clean(s) { return String(s).replace(bidiControls, ""); }

  // el builds an element; string children become text nodes, cleaned of bidi controls.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      e.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(clean(c)) : c);
    }
    return e;
  }

  const fmt = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  function when(s) {
    if (!s) return "";
    const d = new Date(s);
    return isNaN(d) ? s : fmt.format(d);
  }

  let flashTimer;
  function flash(msg, bad) {
    const f = $("flash");
    f.textContent = clean(msg);
    f.className = bad ? "flash bad" : "flash";
    f.hidden = false;
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => { f.hidden = true; }, 5000);
  }

  class HTTPError extends Error {
    constructor(status, msg) { super(msg); this.status = status; }
  }

  async function call(method, path, body) {
    const opts = { method, headers: {}, credentials: "same-origin" };
    if (body !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    const r = await fetch(api + path, opts);
    if (r.status === 401 && path !== "/login") {
      showLogin("Your session has ended: sign in again.");
      throw new HTTPError(401, "signed out");
    }
    if (!r.ok) {
      let msg = r.status + " " + r.statusText;
      try { const j = await r.json(); if (j.error) msg = j.error; } catch (_) { /* not JSON */ }
      throw new HTTPError(r.status, msg);
    }
    if (r.status === 204) return null;
    return r.json();
  }

  // ----- sign in and out -----
  let me = null;

  function showLogin(msg) {
    me = null;
    stopEvents();
    for (const v of document.querySelectorAll(".view")) v.hidden = true;
    $("tabs").hidden = true;
    $("who").hidden = true;
    $("login-view").hidden = false;
    $("login-error").textContent = msg || "";
    $("login-name").focus();
  }

  async function start() {
    try {
      me = await call("GET", "/me");
    } catch (e) {
      if (e.status !== 401) showLogin(e.message);
      return;
    }
    $("login-view").hidden = true;
    $("tabs").hidden = false;
    $("who").hidden = false;
    $("who-name").textContent = clean(me.name);
    startEvents();
    show("conversations");
  }

  $("login-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    $("login-error").textContent = "";
    try {
      await call("POST", "/login", { name: $("login-name").value, password: $("login-password").value });
      $("login-password").value = "";
      start();
    } catch (e) {
      $("login-error").textContent = e.status === 401 ? "Wrong name or password." :
        e.status === 429 ? "Too many failed attempts: wait a few minutes." : e.message;
    }
  });

  $("logout").addEventListener("click", async () => {
    try {
      await call("POST", "/logout");
    } catch (e) {
      // The server could not end the session (its store is away): still signed in, say so.
      flash("Not signed out: " + e.message, true);
      return;
    }
    showLogin("Signed out.");
  });

  // ----- tabs -----
  let current = "conversations";
  function show(tab) {
    current = tab;
    for (const b of document.querySelectorAll(".tab")) {
      if (b.dataset.tab === tab) b.setAttribute("aria-current", "page"); else b.removeAttribute("aria-current");
    }
    for (const v of document.querySelectorAll(".view")) v.hidden = v.id !== tab + "-view";
    if (tab === "conversations") loadList(false);
    if (tab === "unanswered") loadUnanswered();
    if (tab === "audit") loadAudit(false);
  }
  for (const b of document.querySelectorAll(".tab")) b.addEventListener("click", () => show(b.dataset.tab));

  // ----- conversation list -----
  // Dates from the date inputs are days in the browser's time zone; the API takes RFC 3339 instants.
  function dayStart(v) { if (!v) return ""; const [y, m, d] = v.split("-").map(Number); return new Date(y, m - 1, d).toISOString(); }
  function dayEnd(v) { if (!v) return ""; const [y, m, d] = v.split("-").map(Number); return new Date(y, m - 1, d + 1).toISOString(); }

  function filterParams(form) {
    const f = new FormData(form);
    const p = new URLSearchParams();
    for (const k of ["channel", "kind", "reviewed", "q"]) if (f.get(k)) p.set(k, f.get(k));
    if (f.get("from")) p.set("from", dayStart(f.get("from")));
    if (f.get("to")) p.set("to", dayEnd(f.get("to")));
    return p;
  }

  let nextCursor = "";
  let paged = false;
  let selected = "";

  function updateExportLinks() {
    const p = filterParams($("filters"));
    for (const fmtName of ["jsonl", "csv"]) {
      const q = new URLSearchParams(p);
      q.set("format", fmtName);
      $("export-" + fmtName).href = api + "/export?" + q.toString();
    }
  }

  const badgeKinds = ["emergency", "fallback", "handoff", "clarify"];
  function badges(c) {
    const out = [];
    // A red flag nobody has reviewed yet comes first and loudest.
    if (c.urgent) out.push(el("span", { class: "badge urgent", title: "the patient reported a red-flag symptom and was given the emergency guidance; not reviewed yet" }, "⚠ red flag"));
    for (const k of badgeKinds) if (c.kinds && c.kinds[k]) out.push(el("span", { class: "badge " + k, title: k + " replies" }, k + (c.kinds[k] > 1 ? " ×" + c.kinds[k] : "")));
    if (c.failed) out.push(el("span", { class: "badge failed", title: "WhatsApp delivery failed" }, "delivery failed"));
    if (c.live) out.push(el("span", { class: "badge live" }, "live"));
    if (c.held_until) out.push(el("span", { class: "badge held", title: "bot paused until " + when(c.held_until) }, "staff"));
    return out;
  }

  function row(c) {
    const tr = el("tr", { tabindex: "0", "data-id": c.id, class: (c.reviewed ? "" : "unreviewed") + (c.urgent ? " urgent" : "") + (c.id === selected ? " selected" : "") },
      el("td", {}, when(c.last)),
      el("td", {}, c.channel === "whatsapp" ? "WhatsApp" : c.channel),
      el("td", { dir: "ltr" }, c.patient || "web visitor"),
      el("td", {}, when(c.started)),
      el("td", {}, c.turns),
      el("td", {}, badges(c)),
      el("td", {}, c.reviewed ? el("span", { class: "badge reviewed" }, "reviewed") : "—"));
    tr.addEventListener("click", () => openConversation(c.id));
    tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") openConversation(c.id); });
    return tr;
  }

  async function loadList(more) {
    const p = filterParams($("filters"));
    if (more && nextCursor) p.set("cursor", nextCursor);
    updateExportLinks();
    let res;
    try { res = await call("GET", "/conversations?" + p.toString()); } catch (e) { if (e.status !== 401) flash(e.message, true); return; }
    const body = $("conv-rows");
    if (!more) body.replaceChildren();
    for (const c of res.conversations) body.append(row(c));
    nextCursor = res.next || "";
    paged = more; // once a second page is shown, live updates offer a refresh instead of resetting the list
    $("more").hidden = !nextCursor;
    $("conv-empty").hidden = body.children.length > 0;
    $("new-activity").hidden = true;
  }

  $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadList(false); });
  $("filters").addEventListener("change", updateExportLinks);
  $("more").addEventListener("click", () => loadList(true));
  $("refresh-list").addEventListener("click", () => loadList(false));

  // ----- one conversation -----
  function entryView(e) {
    const kind = e.reply ? e.reply.kind : "";
    const cls = "msg " + e.from + (kind ? " k-" + kind : "");
    const who = e.from === "patient" ? "Patient" : e.from === "bot" ? "Bot" : "Staff" + (e.name ? " · " + e.name : "");
    const parts = [el("span", { class: "who" }, who + " · " + when(e.at)), el("div", { class: "text", dir: "auto" }, e.text)];
    if (e.reply) {
      parts.push(el("div", { class: "info" },
        el("span", { class: "badge " + kind }, kind),
        " confidence " + (typeof e.reply.confidence === "number" ? e.reply.confidence.toFixed(2) : "?")));
      if (e.reply.sources && e.reply.sources.length) {
        parts.push(el("ul", { class: "sources", dir: "auto" }, e.reply.sources.map((s) =>
          el("li", {}, [s.title || s.doc, s.section].filter(Boolean).join(" › ")))));
      }
      if (e.reply.suggestions && e.reply.suggestions.length) {
        parts.push(el("div", { class: "info", dir: "auto" }, "suggested: " + e.reply.suggestions.join(" · ")));
      }
    }
    if (e.status) parts.push(el("div", { class: "info" + (e.status === "failed" ? " status-failed" : "") }, "delivery: " + e.status));
    return el("li", { class: cls, "data-from": e.from }, parts);
  }

  // A transcript is laid out right to left when its patient wrote Arabic.
  const arabic = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
  function direction(entries) {
    for (const e of entries) if (e.from === "patient" && arabic.test(e.text)) return "rtl";
    for (const e of entries) if (arabic.test(e.text)) return "rtl";
    return "ltr";
  }

  let openConv = null;
  async function openConversation(id, quiet) {
    let c;
    try { c = await call("GET", "/conversations/" + encodeURIComponent(id)); } catch (e) {
      if (e.status === 404) { flash("That conversation no longer exists.", true); closeDetail(); } else if (e.status !== 401) flash(e.message, true);
      return;
    }
    const switched = !openConv || openConv.id !== c.id;
    openConv = c;
    selected = c.id;
    if (current !== "conversations") show("conversations");
    for (const tr of $("conv-rows").children) tr.classList.toggle("selected", tr.dataset.id === c.id);
    $("detail").hidden = false;
    document.querySelector(".split").classList.add("open");
    $("d-title").textContent = clean("Conversation " + c.id);
    $("d-meta").replaceChildren(clean((c.channel === "whatsapp" ? "WhatsApp" : "web") + " · " + (c.patient || "web visitor") +
      " · started " + when(c.started) + " · last " + when(c.last) + " · " + c.turns + " turns "), ...badges(c));
    $("d-hold").hidden = !c.held_until;
    $("d-hold").textContent = c.held_until ? "You are in charge: the bot is silent until " + when(c.held_until) + "." : "";
    $("d-review").textContent = clean(c.review ? "Reviewed by " + c.review.by + ", " + when(c.review.at) + (c.review.note ? ": " + c.review.note : "") : "Not reviewed yet.");
    const t = $("transcript");
    const atBottom = t.scrollHeight - t.scrollTop - t.clientHeight < 40;
    t.setAttribute("dir", direction(c.entries));
    t.replaceChildren(...c.entries.map(entryView));
    if (switched || atBottom) t.scrollTop = t.scrollHeight;
    if (switched && !quiet) { $("reply-status").textContent = ""; $("review-note").value = ""; }
  }

  function closeDetail() {
    openConv = null;
    selected = "";
    $("detail").hidden = true;
    document.querySelector(".split").classList.remove("open");
  }

  $("review-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!openConv) return;
    try {
      await call("POST", "/conversations/" + encodeURIComponent(openConv.id) + "/review", { note: $("review-note").value });
      $("review-note").value = "";
      flash("Marked reviewed.");
      await openConversation(openConv.id, true);
      loadListQuietly();
    } catch (e) { if (e.status !== 401) flash(e.message, true); }
  });

  $("reply-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!openConv) return;
    const text = $("reply-text").value.trim();
    if (!text) return;
    $("reply-submit").disabled = true;
    try {
      const r = await call("POST", "/conversations/" + encodeURIComponent(openConv.id) + "/reply", { text });
      $("reply-text").value = "";
      $("reply-status").textContent = r.delivered ? "Sent." : "Saved; the patient is not connected now and will see it when they come back.";
      await openConversation(openConv.id, true);
    } catch (e) {
      if (e.status !== 401) { $("reply-status").textContent = e.message; flash(e.message, true); }
    } finally { $("reply-submit").disabled = false; }
  });

  $("release").addEventListener("click", async () => {
    if (!openConv) return;
    try {
      await call("POST", "/conversations/" + encodeURIComponent(openConv.id) + "/release");
      $("reply-status").textContent = "The bot answers this conversation again.";
      await openConversation(openConv.id, true);
    } catch (e) { if (e.status !== 401) flash(e.message, true); }
  });

  $("erase").addEventListener("click", async () => {
    if (!openConv) return;
    if (!confirm("Erase this conversation for good? This cannot be undone.")) return;
    try {
      await call("DELETE", "/conversations/" + encodeURIComponent(openConv.id));
      flash("Conversation erased.");
      closeDetail();
      loadList(false);
    } catch (e) { if (e.status !== 401) flash(e.message, true); }
  });

  // ----- unanswered questions -----
  async function loadUnanswered() {
    const f = new FormData($("un-filters"));
    const p = new URLSearchParams();
    if (f.get("from")) p.set("from", dayStart(f.get("from")));
    if (f.get("to")) p.set("to", dayEnd(f.get("to")));
    let res;
    try { res = await call("GET", "/unanswered?" + p.toString()); } catch (e) { if (e.status !== 401) flash(e.message, true); return; }
    $("un-rows").replaceChildren(...res.map((u) => el("tr", {},
      el("td", { class: "q", dir: "auto" }, u.question),
      el("td", {}, u.count),
      el("td", {}, when(u.last)),
      el("td", {}, u.conversations.map((id) => el("a", { href: "#", class: "convlink", title: id, onclick: (ev) => { ev.preventDefault(); openConversation(id); } }, id.slice(0, 8)))))));
    $("un-empty").hidden = res.length > 0;
  }
  $("un-filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadUnanswered(); });

  // ----- audit trail -----
  let auditNext = "";
  async function loadAudit(more) {
    const p = new URLSearchParams();
    if (more && auditNext) p.set("cursor", auditNext);
    let res;
    try { res = await call("GET", "/audit?" + p.toString()); } catch (e) { if (e.status !== 401) flash(e.message, true); return; }
    const rows = res.audit.map((a) => el("tr", {},
      el("td", {}, when(a.at)),
      el("td", { dir: "auto" }, a.who),
      el("td", {}, a.action),
      el("td", {}, a.conv ? el("a", { href: "#", class: "convlink", title: a.conv, onclick: (ev) => { ev.preventDefault(); openConversation(a.conv); } }, a.conv.slice(0, 8)) : ""),
      el("td", { dir: "auto" }, a.detail || "")));
    if (more) $("audit-rows").append(...rows); else $("audit-rows").replaceChildren(...rows);
    auditNext = res.next || "";
    $("audit-more").hidden = !auditNext;
  }
  $("audit-more").addEventListener("click", () => loadAudit(true));

  // ----- live updates (server-sent events) -----
  let source = null;
  let listTimer = null;
  function loadListQuietly() {
    // Many events can arrive together (a patient message and its reply): refresh once.
    clearTimeout(listTimer);
    listTimer = setTimeout(() => {
      if (current !== "conversations") return;
      if (paged) { $("new-activity").hidden = false; return; }
      loadList(false);
    }, 250);
  }

  function startEvents() {
    stopEvents();
    source = new EventSource(api + "/events");
    source.onopen = () => $("live-state").classList.add("on");
    source.onerror = () => {
      $("live-state").classList.remove("on");
      // The browser reconnects by itself; a 401 closes the stream for good, so check the session.
      if (source && source.readyState === EventSource.CLOSED) call("GET", "/me").then(startEvents, () => {});
    };
    source.onmessage = (m) => {
      let ev;
      try { ev = JSON.parse(m.data); } catch (_) { return; }
      loadListQuietly();
      if (ev.type === "urgent") flash("⚠ Red flag: a patient reported an emergency symptom and was given the emergency guidance. Check the conversation marked red flag.", true);
      if (openConv && (ev.type === "resync" || ev.conv === openConv.id)) {
        if (ev.type === "erased") { flash("This conversation was erased."); closeDetail(); } else openConversation(openConv.id, true);
      }
      if (ev.type === "audit" && current === "audit") loadAudit(false);
    };
  }
  function stopEvents() {
    if (source) source.close();
    source = null;
    $("live-state").classList.remove("on");
  }

  start();
})();
