// The live queue: follow the server's event stream and swap in fresh rows
// when a case is created, claimed or closed. No inline script anywhere (the
// Content-Security-Policy forbids it); the page works without this file,
// only not live.
(function () {
  "use strict";
  var queue = document.getElementById("queue");
  if (!queue || !window.EventSource || !window.fetch) return;
  var live = document.getElementById("live");
  var rows = document.getElementById("rows");
  var lastID = queue.dataset.after || "";
  var source = null;
  var busy = false, again = false;

  function status(on) {
    live.textContent = on ? live.dataset.live : live.dataset.lost;
    live.classList.toggle("on", on);
    live.classList.toggle("off", !on);
  }

  // refresh reloads the rows; overlapping requests fold into one more.
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(queue.dataset.rows, { credentials: "same-origin", cache: "no-store" })
      .then(function (res) {
        if (res.status === 401) { window.location.reload(); return null; }
        if (!res.ok) throw new Error("rows " + res.status);
        return res.text();
      })
      .then(function (html) { if (html !== null) rows.innerHTML = html; })
      .catch(function () { status(false); })
      .finally(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }

  function connect() {
    var url = queue.dataset.events + (lastID ? "?after=" + encodeURIComponent(lastID) : "");
    source = new EventSource(url);
    source.onopen = function () { status(true); };
    source.onerror = function () {
      status(false);
      // A refused stream (401, 503) is not retried by the browser: try
      // again ourselves, and let a refresh notice a lost session.
      if (source.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(function () { refresh(); connect(); }, 5000);
      }
    };
    function seen(e) { if (e.lastEventId) lastID = e.lastEventId; refresh(); }
    source.addEventListener("case", seen);
    source.addEventListener("reset", seen);
    // The desk moved or cancelled a joint session of the reader's: say so,
    // with the way to its referral (whose page tells what changed).
    source.addEventListener("referral", function (e) {
      if (e.lastEventId) lastID = e.lastEventId;
      var note = document.getElementById("session-notice");
      var ref = JSON.parse(e.data).referral;
      if (!note || !ref) return;
      note.querySelector("a").href = "/dashboard/referrals/" + encodeURIComponent(ref);
      note.hidden = false;
    });
    source.addEventListener("signedout", function () {
      source.close();
      window.location.reload();
    });
  }

  connect();
  // Waiting times grow even when nothing happens.
  setInterval(refresh, 30000);
})();

// The case page's thread: follow the same event stream and swap in the
// fresh thread when this case's thread changes (the patient wrote, a
// message to them was delivered).
(function () {
  "use strict";
  var thread = document.getElementById("thread");
  if (!thread || !window.EventSource || !window.fetch) return;
  var body = document.getElementById("thread-body");
  var caseID = Number(thread.dataset.case);
  var lastID = thread.dataset.after || "";
  var busy = false, again = false;

  function bottom() {
    var list = body.querySelector(".messages");
    if (list) list.scrollTop = list.scrollHeight;
  }

  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(thread.dataset.src, { credentials: "same-origin", cache: "no-store" })
      .then(function (res) {
        if (res.status === 401) { window.location.reload(); return null; }
        if (!res.ok) throw new Error("thread " + res.status);
        return res.text();
      })
      .then(function (html) { if (html !== null) { body.innerHTML = html; bottom(); } })
      .catch(function () { /* the next event or reconnect tries again */ })
      .finally(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }

  function connect() {
    var source = new EventSource(thread.dataset.events + (lastID ? "?after=" + encodeURIComponent(lastID) : ""));
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) setTimeout(function () { refresh(); connect(); }, 5000);
    };
    source.addEventListener("case", function (e) {
      if (e.lastEventId) lastID = e.lastEventId;
      try { if (JSON.parse(e.data).case === caseID) refresh(); } catch (err) { /* not ours */ }
    });
    source.addEventListener("reset", function (e) { if (e.lastEventId) lastID = e.lastEventId; refresh(); });
    source.addEventListener("signedout", function () { source.close(); window.location.reload(); });
  }

  bottom();
  connect();
})();

// The referrals page: refetch its lists every 20 seconds, so that a new
// referral, or one another specialist took, shows without a reload. A
// refresh rather than the case event stream: referrals change far less
// often than the queue, and a minute's delay costs nobody a place.
(function () {
  "use strict";
  var box = document.getElementById("referrals");
  if (!box || !window.fetch) return;
  var rows = document.getElementById("referral-rows");
  setInterval(function () {
    fetch(box.dataset.rows, { credentials: "same-origin", cache: "no-store" })
      .then(function (res) {
        if (res.status === 401) { window.location.reload(); return null; }
        if (!res.ok) throw new Error("referral rows " + res.status);
        return res.text();
      })
      .then(function (html) { if (html !== null) rows.innerHTML = html; })
      .catch(function () { /* the next round tries again */ });
  }, 20000);
})();
