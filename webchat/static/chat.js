// Frontdoor web chat. Plain ES2017, no dependencies, no inline script (the
// page's CSP forbids it). Inputs go out one at a time, in order; each keeps
// its id across retries so the server handles it once. The transcript and
// the unsent inputs live in sessionStorage: they survive a reload and die
// with the tab.
(function () {
  "use strict";

  var STORE = "fd.chat.v1";
  var KEEP = 300; // transcript entries kept across reloads
  var UI = JSON.parse(document.getElementById("fd-ui").textContent);
  var root = document.documentElement;
  var log = document.getElementById("log");
  var form = document.getElementById("compose");
  var input = document.getElementById("text");
  var status = document.getElementById("status");
  var typing = document.getElementById("typing");
  var tools = document.getElementById("tools");
  var main = document.getElementById("main");

  var state = load();
  var busy = false;
  var backoff = 0;
  var retryTimer = 0;

  function load() {
    try {
      var s = JSON.parse(sessionStorage.getItem(STORE));
      if (s && Array.isArray(s.entries) && Array.isArray(s.outbox)) return s;
    } catch (e) { /* storage blocked or corrupt: start afresh */ }
    return { entries: [], outbox: [] };
  }

  function save() {
    state.entries = state.entries.slice(-KEEP);
    try { sessionStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* full or blocked */ }
  }

  function newID() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
  }

  function t(key) { return (UI[root.lang] || UI.ar)[key] || ""; }

  // setLang makes the page chrome speak lang: direction, strings, title.
  function setLang(lang) {
    if (!UI[lang] || root.lang === lang) return;
    root.lang = lang;
    root.dir = lang === "ar" ? "rtl" : "ltr";
    document.title = t("title");
    document.querySelectorAll("[data-ui]").forEach(function (el) { el.textContent = t(el.dataset.ui); });
    document.querySelectorAll("[data-ui-label]").forEach(function (el) { el.setAttribute("aria-label", t(el.dataset.uiLabel)); });
    document.querySelectorAll("[data-ui-placeholder]").forEach(function (el) { el.placeholder = t(el.dataset.uiPlaceholder); });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function safeHref(url) {
    try {
      var u = new URL(url, location.href);
      return ["https:", "http:", "tel:"].indexOf(u.protocol) >= 0 ? u.href : "";
    } catch (e) { return ""; }
  }

  // render draws one transcript entry: the patient's message ("me"), a
  // reply ("bot") with its buttons, or a notice from the channel ("note").
  // A reply's paragraphs become short bubbles, so a long reply reads in
  // steps and its buttons stay close to its last words.
  function render(entry) {
    var li = el("li", "msg " + entry.k);
    if (entry.k === "bot") {
      var r = entry.r;
      li.lang = r.lang || root.lang;
      li.dir = li.lang === "ar" ? "rtl" : "ltr";
      li.appendChild(el("span", "sr-only", (UI[li.lang] || UI.ar).clinic + ": "));
      paragraphs(r.text).forEach(function (p) { li.appendChild(el("p", "text", p)); });
      var choices = el("div", "choices");
      var file = fileLink(r.document, li.lang);
      if (file) {
        var fileRow = el("div", "keys");
        fileRow.appendChild(file);
        choices.appendChild(fileRow);
      }
      var rows = r.buttons || [], singles = 0, short = true;
      rows.forEach(function (row) {
        var div = el("div", "keys");
        var letters = 0;
        row.forEach(function (b) {
          var label = keepTitles(b.label);
          letters += Array.from(label).length;
          if (Array.from(label).length > 16) short = false;
          var href = b.url ? safeHref(b.url) : "";
          if (href) {
            var a = el("a", "key link", label);
            a.href = href;
            if (!/^tel:/.test(href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
            div.appendChild(a);
          } else if (b.data) {
            var btn = el("button", "key", label);
            btn.type = "button";
            btn.dataset.data = b.data;
            if (entry.used) btn.disabled = true;
            if (entry.chosen === b.data) btn.classList.add("chosen");
            div.appendChild(btn);
          }
        });
        // A row the clinic sent together (1 2 3 4 5) stays one row when
        // it fits a phone's width.
        if (div.children.length > 1 && letters <= 6 * div.children.length) div.classList.add("row");
        if (div.children.length === 1) singles++;
        if (div.children.length) choices.appendChild(div);
      });
      // A phone number the patient may send (a clinician can then call).
      if (r.ask_phone && r.ask_phone.label) choices.appendChild(phoneForm(r.ask_phone.label, entry.used));
      // Four or more short one-button rows: two columns, half the height.
      if (singles >= 4 && singles === rows.length && short) choices.classList.add("pairs");
      if (choices.children.length) li.appendChild(choices);
    } else {
      li.dir = "auto";
      if (entry.k === "me") li.appendChild(el("span", "sr-only", t("you") + ": "));
      li.appendChild(el("p", "text", entry.text));
    }
    entry.node = li;
    return li;
  }

  // phoneForm is a reply's phone field: the number is typed left to right
  // whatever the page's direction, and sent as the patient's phone.
  function phoneForm(label, used) {
    var form = el("form", "keys phone");
    var field = el("input", "phone-field");
    field.type = "tel";
    field.name = "phone";
    field.autocomplete = "tel";
    field.inputMode = "tel";
    field.dir = "ltr";
    field.required = true;
    field.maxLength = 24;
    field.setAttribute("aria-label", label);
    var send = el("button", "key phone-send", label);
    send.type = "submit";
    field.disabled = send.disabled = !!used;
    form.appendChild(field);
    form.appendChild(send);
    return form;
  }

  // paragraphs splits a reply at its blank lines.
  function paragraphs(text) {
    var parts = String(text || "").split(/\n[ \t]*\n+/).map(function (p) { return p.trim(); }).filter(Boolean);
    return parts.length ? parts.map(keepTitles) : [""];
  }

  // keepTitles keeps "Dr." and «د.» on the line of the name that follows.
  function keepTitles(text) {
    return String(text || "").replace(/(^|[\s(«"])(Dr\.|د\.) +/g, "$1$2\u00a0");
  }

  // fileLink offers a reply's file (an appointment's .ics) as a download,
  // labelled by what it does for the patient, not by its file name. The
  // bytes come inside the reply, so the link needs no second request and
  // still works from the transcript after a reload.
  function fileLink(doc, lang) {
    if (!doc || !doc.data || !doc.name) return null;
    try {
      var raw = atob(doc.data), bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      var a = el("a", "key link", (UI[lang] || UI.ar).calendar || doc.name);
      a.href = URL.createObjectURL(new Blob([bytes], { type: doc.mime || "application/octet-stream" }));
      a.download = doc.name;
      return a;
    } catch (e) { return null; }
  }

  function add(entry) {
    state.entries.push(entry);
    var li = render(entry);
    log.appendChild(li);
    return li;
  }

  function entryData(e) {
    var c = {};
    Object.keys(e).forEach(function (k) { if (k !== "node") c[k] = e[k]; });
    return c;
  }

  // retire disables the buttons of every reply so far: after the patient
  // acts, only the buttons of the answers to come are live. Links (the
  // emergency call) stay live.
  function retire(chosenData) {
    state.entries.forEach(function (e) {
      if (e.k !== "bot" || e.used) return;
      e.used = true;
      if (!e.node) return;
      e.node.querySelectorAll("input.phone-field").forEach(function (f) { f.disabled = true; });
      e.node.querySelectorAll("button.key").forEach(function (b) {
        b.disabled = true;
        if (chosenData && b.dataset.data === chosenData && !e.chosen) { b.classList.add("chosen"); e.chosen = chosenData; }
      });
    });
  }

  // revive gives the last reply its buttons back when an input got no
  // answer (the server ignores a double tap), so the patient is never left
  // without a live button.
  function revive() {
    for (var i = state.entries.length - 1; i >= 0; i--) {
      var e = state.entries[i];
      if (e.k !== "bot") continue;
      e.used = false;
      delete e.chosen;
      if (e.node) e.node.replaceWith(render(e));
      return;
    }
  }

  // submit queues one input. shown is what the transcript shows for it;
  // null hides it (the automatic /start).
  function submit(msg, shown) {
    msg.id = newID();
    retire(msg.data);
    if (shown != null) add({ k: "me", text: shown, id: msg.id });
    state.outbox.push(msg);
    persist();
    pump();
  }

  function persist() {
    var entries = state.entries;
    state.entries = entries.map(entryData);
    save();
    state.entries = entries;
  }

  function pump() {
    if (busy || !state.outbox.length) return;
    busy = true;
    typing.hidden = false;
    post(state.outbox[0]);
  }

  // post sends msg once. A network failure, a hung connection (no answer
  // in 40 s: the server answers within 30), a 502-504 or a non-JSON answer
  // (a proxy's page) is retried with the same id; an answer the server
  // refused is shown.
  function post(msg) {
    var body = { id: msg.id };
    if (msg.data) body.data = msg.data; else if (msg.phone) body.phone = msg.phone; else body.text = msg.text;
    // The device's zone: a patient abroad is asked which time they read.
    try { body.zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { /* an old browser: no hint */ }
    var ctl = window.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () { if (ctl) ctl.abort(); }, 40000);
    fetch("/chat/send", {
      method: "POST", credentials: "same-origin", cache: "no-store", signal: ctl && ctl.signal,
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
    }).then(function (resp) {
      return resp.json().catch(function () { return null; }).then(function (b) { return { code: resp.status, body: b }; });
    }).then(function (res) {
      clearTimeout(timer);
      if (res.code === 200 && res.body && Array.isArray(res.body.replies)) return done(msg, res.body);
      if (!res.body || !res.body.error || res.code === 503 || res.code >= 502) return retry(msg, res.body);
      refuse(msg, res.body.error);
    }, function () { clearTimeout(timer); retry(msg, null); });
  }

  function finish() {
    state.outbox.shift();
    busy = false;
    backoff = 0;
    typing.hidden = true;
    status.textContent = "";
  }

  function done(msg, body) {
    finish();
    if (!body.replies.length) revive();
    receive(body.replies, !!msg.data);
    if (body.lang) setLang(body.lang);
    persist();
    pump();
  }

  // refuse shows why the server would not take msg, gives the last reply its
  // buttons back, and gives typed text back to the input box, so nothing the
  // patient wrote is lost.
  function refuse(msg, err) {
    finish();
    revive();
    if (msg.text && msg.text.charAt(0) !== "/") {
      state.entries = state.entries.filter(function (e) {
        if (e.id === msg.id && e.node) e.node.remove();
        return e.id !== msg.id;
      });
      if (!input.value) input.value = msg.text;
      grow();
    }
    add({ k: "note", text: err.message });
    persist();
    pump();
  }

  function retry(msg, body) {
    status.textContent = body && body.error && body.error.message ? body.error.message : t("reconnecting");
    backoff = Math.min(backoff ? backoff * 2 : 1000, 15000);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(function () { post(msg); }, backoff);
  }

  window.addEventListener("online", function () {
    if (busy && backoff) { clearTimeout(retryTimer); backoff = 0; post(state.outbox[0]); }
  });

  // receive shows a batch of replies: the server's answers, and the
  // messages it pushes (see listen).
  function receive(replies, byButton) {
    var batch = replies.map(function (r) { return add({ k: "bot", r: r }); });
    if (!batch.length) return;
    var keys = log.lastElementChild.querySelector("button.key:not([disabled])");
    if (byButton && keys) keys.focus({ preventScroll: true });
    reveal(batch);
  }

  // reveal scrolls the conversation (never the page, which would push the
  // header and the input box off screen). The next thing to do comes
  // first: the last reply of the batch that has buttons ends at the bottom
  // of the view, so its buttons are all on screen, and the shadow at the
  // top shows there is more above. A batch without buttons shows from its
  // first line.
  function reveal(batch) {
    var withKeys = null;
    batch.forEach(function (li) { if (li.querySelector(".choices")) withKeys = li; });
    if (!withKeys) { main.scrollTop = Math.max(0, batch[0].offsetTop - 12); return; }
    main.scrollTop = Math.max(0, withKeys.offsetTop + withKeys.offsetHeight + 12 - main.clientHeight);
  }

  // grow fits the input box to its text, and sets its direction: the
  // page's while empty (the caret starts where the patient reads from),
  // the text's own once typed.
  function grow() {
    count();
    if (input.value) input.dir = "auto"; else input.removeAttribute("dir");
    input.style.height = "";
    if (input.value && input.scrollHeight > input.clientHeight) {
      input.style.height = Math.min(input.scrollHeight + 4, window.innerHeight / 3) + "px";
    }
  }

  // count shows how many letters are left once four fifths of the limit
  // are used, and by how much a message is over it, in the reader's digits.
  var MAX = parseInt(input.dataset.max, 10) || 1000;
  var counter = document.getElementById("count");
  function letters() { return Array.from(input.value).length; }
  function count() {
    var n = letters();
    counter.hidden = n < MAX * 0.8;
    if (counter.hidden) return;
    var over = n > MAX;
    counter.classList.toggle("over", over);
    counter.textContent = t(over ? "count_over" : "count_left").replace("{n}", digits(over ? n - MAX : MAX - n));
  }
  function digits(n) {
    var s = String(n);
    return root.lang === "ar" ? s.replace(/[0-9]/g, function (d) { return "٠١٢٣٤٥٦٧٨٩".charAt(+d); }) : s;
  }

  log.addEventListener("click", function (ev) {
    var b = ev.target.closest("button.key");
    if (!b || b.disabled || !b.dataset.data) return;
    submit({ data: b.dataset.data }, b.textContent);
  });

  log.addEventListener("submit", function (ev) {
    var form = ev.target.closest("form.phone");
    if (!form) return;
    ev.preventDefault();
    var field = form.querySelector("input.phone-field");
    var number = field.value.trim();
    if (!number || field.disabled) return;
    submit({ phone: number }, number);
  });

  tools.addEventListener("click", function (ev) {
    var a = ev.target.closest("button[data-action]");
    if (a && a.dataset.action === "end") return endChat();
    if (a && a.dataset.action === "code") return askCode(a);
    var b = ev.target.closest("button[data-send]");
    if (b) submit({ text: b.dataset.send }, b.textContent);
  });

  // endChat makes this device forget the conversation (a shared phone or
  // computer): the server drops the cookie, the tab its transcript.
  function endChat() {
    if (!window.confirm(t("end_confirm"))) return;
    fetch("/chat/end", { method: "POST", credentials: "same-origin", cache: "no-store" })
      .catch(function () { /* forget locally all the same */ })
      .then(function () {
        try { sessionStorage.clear(); } catch (e) { /* blocked */ }
        window.location.replace("/chat");
      });
  }

  // askCode shows a one-time code with which another device continues.
  function askCode(button) {
    button.disabled = true;
    fetch("/chat/code", { method: "POST", credentials: "same-origin", cache: "no-store" })
      .then(function (resp) { return resp.json(); })
      .then(function (body) {
        var msg = body && (body.message || (body.error && body.error.message));
        if (msg) { add({ k: "note", text: msg }); persist(); }
      })
      .catch(function () { status.textContent = t("reconnecting"); })
      .finally(function () { button.disabled = false; });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = input.value;
    if (!text.trim()) { input.focus(); return; }
    if (letters() > MAX) { counter.textContent = ""; count(); input.focus(); return; } // said again, kept
    input.value = "";
    grow();
    submit({ text: text }, text);
    input.focus();
  });

  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit", { cancelable: true }));
    }
  });
  input.addEventListener("input", function () {
    if (!busy) status.textContent = "";
    grow();
  });

  // Pushed messages: what the clinic sends outside an answer (a doctor
  // taking the case, writing, closing it) arrives on an event stream and
  // is drawn like any answer. The id of the last one shown is kept with the
  // transcript, so a reload resumes after it and shows nothing twice.
  var PUSHED = "fd.chat.pushed.v1";
  // The page token: what this tab may be shown starts when the tab first
  // opened the chat (a reload keeps it; a new tab, or the next person on a
  // shared device, gets a new one and none of the earlier messages).
  var PAGE = "fd.chat.page.v1";
  function pageToken() {
    var fresh = document.body.dataset.page || "";
    try {
      var kept = sessionStorage.getItem(PAGE);
      if (kept && document.body.dataset.new !== "true") return kept;
      sessionStorage.setItem(PAGE, fresh);
    } catch (e) { /* blocked: this page's own token */ }
    return fresh;
  }
  function lastPushed() {
    try { return sessionStorage.getItem(PUSHED) || ""; } catch (e) { return ""; }
  }
  function listen() {
    if (!window.EventSource || document.body.dataset.push !== "true") return;
    var after = lastPushed();
    var source = new EventSource("/chat/events?page=" + encodeURIComponent(pageToken()) +
      (after ? "&after=" + encodeURIComponent(after) : ""));
    source.addEventListener("replies", function (ev) {
      var body;
      try { body = JSON.parse(ev.data); } catch (e) { return; }
      if (!body || !Array.isArray(body.replies)) return;
      try { sessionStorage.setItem(PUSHED, ev.lastEventId); } catch (e) { /* full or blocked */ }
      retire(null);
      receive(body.replies, false);
      if (body.lang) setLang(body.lang);
      persist();
    });
    source.onerror = function () {
      // A refused stream (503 while the server starts) is not retried by
      // the browser: try again ourselves.
      if (source.readyState === EventSource.CLOSED) setTimeout(listen, 5000);
    };
  }

  // startText is the automatic first message: "/start", or a facility's
  // link ("/chat?fac=makkah_ajyad", from its QR code) as Telegram's
  // deep links carry it ("/start fac_makkah_ajyad"), so the patient's cases
  // reach that facility.
  function startText() {
    var fac = new URLSearchParams(location.search).get("fac") || "";
    return /^[a-z0-9_]{2,40}$/.test(fac) ? "/start fac_" + fac : "/start";
  }

  // Start: a new conversation (or a new tab) begins with /start; a reload
  // redraws the transcript and resends whatever had not been answered. An
  // address over the limit on new conversations starts none: the page
  // shows why and the emergency number.
  if (document.body.dataset.limited === "true") return;
  form.hidden = false;
  tools.hidden = false;
  if (document.body.dataset.new === "true") state = { entries: [], outbox: [] };
  log.setAttribute("aria-busy", "true");
  var old = state.entries;
  state.entries = [];
  old.forEach(function (e) { delete e.node; add(e); });
  log.setAttribute("aria-busy", "false");
  main.scrollTop = main.scrollHeight;
  if (document.body.dataset.new === "true") {
    try { sessionStorage.removeItem(PUSHED); } catch (e) { /* blocked */ }
  }
  if (!state.entries.length && !state.outbox.length) submit({ text: startText() }, null);
  else pump();
  listen();
})();
