
(function () {
  "use strict";
  var doc = document;
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  /* Citations on demand: a generated statement lights up the story sentences it cites. */
  var pop = doc.getElementById("cite-pop");
  var lit = [];
  var active = null;

  function cited(el) {
    return (el.getAttribute("data-cites") || "").split(/\s+/).filter(Boolean)
      .map(function (id) { return doc.getElementById(id); })
      .filter(function (node) { return node && node.classList.contains("s"); });
  }

  function clear() {
    lit.forEach(function (node) { node.classList.remove("cited"); });
    lit = [];
    if (active) { active.classList.remove("citing"); active.removeAttribute("aria-describedby"); }
    active = null;
    if (pop) { pop.hidden = true; pop.textContent = ""; }
  }

  function show(el) {
    if (active === el) { return; }
    clear();
    lit = cited(el);
    if (!lit.length) { return; }
    active = el;
    el.classList.add("citing");
    lit.forEach(function (node) { node.classList.add("cited"); });
    if (!pop) { return; }
    var label = doc.createElement("span");
    label.className = "from";
    label.textContent = lit.length === 1 ? "From the story" : "From the story (" + lit.length + " sentences)";
    pop.appendChild(label);
    lit.forEach(function (node) {
      var quote = doc.createElement("q");
      quote.textContent = node.textContent;
      pop.appendChild(quote);
    });
    pop.hidden = false;
    el.setAttribute("aria-describedby", "cite-pop");
    var box = el.getBoundingClientRect();
    var width = pop.offsetWidth;
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + doc.documentElement.clientWidth - width - 8));
    pop.style.left = left + "px";
    pop.style.top = (box.bottom + window.scrollY + 6) + "px";
  }

  Array.prototype.forEach.call(doc.querySelectorAll("[data-cites]"), function (el) {
    if (!el.getAttribute("data-cites")) { return; }
    el.addEventListener("mouseenter", function () { show(el); });
    el.addEventListener("mouseleave", function () { if (doc.activeElement !== el) { clear(); } });
    el.addEventListener("focus", function () { show(el); });
    el.addEventListener("blur", clear);
    el.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { clear(); }
      if (event.key === "Enter" && lit.length) {
        lit[0].scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
      }
    });
  });

  /* The listen player: custom controls over the <audio> element, highlight from timings. */
  var audio = doc.getElementById("audio");
  var controls = doc.getElementById("player-controls");
  var data = doc.getElementById("narration-timings");
  if (!audio || !controls || !data) { return; }
  var timings = [];
  try { timings = JSON.parse(data.textContent || "[]"); } catch (err) { timings = []; }
  var play = doc.getElementById("play");
  var label = doc.getElementById("play-label");
  var seek = doc.getElementById("seek");
  var elapsed = doc.getElementById("elapsed");
  var total = doc.getElementById("total");
  var speed = doc.getElementById("speed");
  var player = doc.getElementById("player");
  audio.controls = false;
  controls.hidden = false;

  /* While listening, the player docks at the bottom once its place scrolls away. */
  var slot = doc.getElementById("player-slot");
  var slotVisible = true;
  function dock() {
    var on = !slotVisible && !audio.paused || (!slotVisible && player.classList.contains("docked"));
    if (on && !player.classList.contains("docked")) {
      slot.style.height = slot.offsetHeight + "px";
      player.classList.add("docked");
    } else if (!on && player.classList.contains("docked")) {
      player.classList.remove("docked");
      slot.style.height = "";
    }
  }
  if (slot && "IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) {
      slotVisible = entries[entries.length - 1].isIntersecting;
      dock();
    }).observe(slot);
  }

  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds || 0));
    return Math.floor(s / 60) + ":" + ("0" + (s % 60)).slice(-2);
  }

  var speaking = null;
  var index = -1;
  function segmentAt(ms) {
    var lo = 0, hi = timings.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (timings[mid][1] <= ms) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  function highlight() {
    var ms = audio.currentTime * 1000;
    var i = segmentAt(ms);
    if (i === index) { return; }
    index = i;
    if (speaking) { speaking.classList.remove("speaking"); }
    speaking = i < 0 ? null : doc.querySelector('[data-sid="' + timings[i][0] + '"]');
    if (!speaking) { return; }
    speaking.classList.add("speaking");
    if (!audio.paused) {
      speaking.scrollIntoView({ block: "nearest", behavior: reduceMotion ? "auto" : "smooth" });
    }
  }

  function tick() {
    seek.value = String(audio.currentTime);
    elapsed.textContent = clock(audio.currentTime);
    seek.setAttribute("aria-valuetext", clock(audio.currentTime) + " of " + total.textContent);
    highlight();
  }

  var frame = 0;
  function loop() { tick(); if (!audio.paused) { frame = window.requestAnimationFrame(loop); } }

  play.addEventListener("click", function () {
    if (audio.paused) {
      var started = audio.play();
      if (started && started.catch) { started.catch(function () { /* the browser refused; the button stays "Listen" */ }); }
    } else {
      audio.pause();
    }
  });
  audio.addEventListener("play", function () {
    player.classList.add("playing");
    label.textContent = "Pause";
    dock();
    window.cancelAnimationFrame(frame);
    frame = window.requestAnimationFrame(loop);
  });
  audio.addEventListener("pause", function () {
    player.classList.remove("playing");
    label.textContent = audio.ended ? "Listen again" : "Resume";
    tick();
  });
  audio.addEventListener("ended", function () {
    if (speaking) { speaking.classList.remove("speaking"); }
    speaking = null;
    index = -1;
  });
  audio.addEventListener("loadedmetadata", function () {
    if (isFinite(audio.duration) && audio.duration > 0) {
      seek.max = String(audio.duration);
      total.textContent = clock(audio.duration);
    }
  });
  audio.addEventListener("timeupdate", tick);
  seek.addEventListener("input", function () { audio.currentTime = Number(seek.value); tick(); });
  speed.addEventListener("change", function () { audio.playbackRate = Number(speed.value); });

  /* Once listening has started, clicking a sentence moves the narration there. */
  Array.prototype.forEach.call(doc.querySelectorAll(".story .s"), function (node) {
    node.addEventListener("click", function () {
      if (audio.currentTime === 0 && audio.paused) { return; }
      var sid = node.getAttribute("data-sid");
      for (var i = 0; i < timings.length; i++) {
        if (timings[i][0] === sid) { audio.currentTime = timings[i][1] / 1000; tick(); return; }
      }
    });
  });
}());
