/* Training pages: playback speed, and progress that survives a lost connection.
   "Mark as done" and the end of an audio lesson are queued in localStorage with a
   client-generated id, then posted to the batch endpoint when online. The server stores
   each id once, so sending the queue twice is harmless. No framework, ~2 KB. */
(function () {
  "use strict";
  var KEY = "cooplab.progress.queue";
  var article = document.querySelector("[data-lesson]");

  function csrfToken() {
    try { return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"]; }
    catch (e) { return ""; }
  }
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch (e) { return []; }
  }
  function save(queue) {
    try { localStorage.setItem(KEY, JSON.stringify(queue.slice(-500))); } catch (e) { /* full */ }
  }
  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16);
    });
  }
  function enqueue(event) {
    var queue = load();
    if (!queue.some(function (e) { return e.client_id === event.client_id; })) { queue.push(event); }
    save(queue);
  }
  var url = article && article.getAttribute("data-progress-url");
  var flushing = false;
  function flush() {
    var queue = load();
    if (!url || flushing || !queue.length || !navigator.onLine) { return Promise.resolve(false); }
    flushing = true;
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify({ events: queue.slice(0, 100) })
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (data) {
      var handled = {};
      (data.results || []).forEach(function (r) { handled[r.client_id] = true; });
      save(load().filter(function (e) { return !handled[e.client_id]; }));
      flushing = false;
      return true;
    }).catch(function () { flushing = false; return false; });
  }
  function markDone(form) {
    var input = form && form.querySelector("[name=client_id]");
    enqueue({
      client_id: (input && input.value) || uuid(),
      lesson_id: article.getAttribute("data-lesson"),
      kind: "completed",
      occurred_at: new Date().toISOString()
    });
    var box = form ? form.parentNode : document;
    if (form) { form.hidden = true; }
    flush().then(function (sent) {
      var done = box.querySelector("[data-done-message]");
      var queued = box.querySelector("[data-queued-message]");
      if (sent && done) { done.hidden = false; if (queued) { queued.hidden = true; } }
      else if (queued) { queued.hidden = false; }
    });
  }

  if (article && url) {
    var form = article.querySelector("[data-progress-form]");
    if (form) {
      form.addEventListener("submit", function (e) { e.preventDefault(); markDone(form); });
    }
    var audio = article.querySelector("audio[data-testid=audio]");
    if (audio && form && article.getAttribute("data-kind") === "audio") {
      audio.addEventListener("ended", function () { if (!form.hidden) { markDone(form); } });
    }
    window.addEventListener("online", flush);
    flush();
  }

  document.querySelectorAll("[data-speed]").forEach(function (button) {
    button.addEventListener("click", function () {
      var figure = button.closest("figure");
      var player = figure && figure.querySelector("audio");
      if (!player) { return; }
      player.playbackRate = parseFloat(button.getAttribute("data-speed"));
      figure.querySelectorAll("[data-speed]").forEach(function (b) {
        b.setAttribute("aria-pressed", b === button ? "true" : "false");
      });
    });
  });
})();
