// Leidraad · Meedoen: the page a participant's phone shows.
// Plain text only: every text is set with textContent, never as HTML.
// Every edit gets a client-made idempotency key and waits in an outbox until the
// laptop acknowledged it, so a dropped connection resends without duplicates.
"use strict";
(function () {
  var LANG = document.documentElement.lang === "en" ? "en" : "nl";
  var T = {
    nl: {
      title: "Meedoen", enter: "Doe mee met de bijeenkomst", codeLabel: "Zaalcode (staat op het scherm)",
      codeButton: "Meedoen", joining: "Verbinden…", joined: "Verbonden met de laptop van de gespreksleider.",
      wait: "Even wachten: de gespreksleider zet zo iets voor u open.",
      closed: "Meedoen is gesloten. Dank voor uw bijdrage!",
      lost: "Verbinding met de laptop kwijt. We proberen het opnieuw…",
      unsent: function (n) { return n === 1 ? "1 bijdrage nog niet aangekomen: wordt opnieuw verstuurd." : n + " bijdragen nog niet aangekomen: worden opnieuw verstuurd."; },
      token: "Deze link is niet (meer) geldig. Scan de QR-code op het scherm opnieuw of typ de zaalcode.",
      code: "Deze zaalcode klopt niet. Kijk nog eens op het scherm.",
      door: "Er kan niemand meer bij: de gespreksleider heeft Meedoen dichtgezet.",
      full: "Er doen al 60 apparaten mee: meer kan niet. Doe mee op het apparaat van iemand uit uw groep.",
      rate: "Even rustig aan: probeer het over een paar seconden opnieuw.",
      device: "Opnieuw verbinden…", off: "Dit staat nu niet open.", "not-yours": "Alleen regels van uw eigen subgroep die via Meedoen zijn gemaakt kunt u wijzigen.",
      gone: "Dit bestaat niet meer.", budget: "Uw stippen zijn op (of dit thema heeft er al 2 van u).",
      none: "U heeft hier geen stip.", input: "Dit kon niet worden opgeslagen.", "too-big": "Deze tekst is te lang.",
      store: "De laptop kon dit niet opslaan. Probeer het straks opnieuw.", subgroup: "Kies eerst uw subgroep.",
      market: "Marktplaats", pick: "Kies uw subgroep", group: "Subgroep", change: "Andere subgroep",
      nogroups: "Er zijn nog geen subgroepen. De gespreksleider maakt ze zo aan.",
      supply: "Aanbod: wat kunnen wij anderen leren?", demand: "Vraag: wat willen wij leren, en van wie?",
      supplyText: "Deskundigheid", demandText: "Wat wilt u leren?", offeredBy: "Wie biedt het aan?",
      askedBy: "Wie vraagt het? (niet verplicht)", fromWhom: "Van wie? (niet verplicht)",
      otherName: "Andere naam (niet verplicht)", add: "Op het blad zetten", save: "Opslaan", cancel: "Annuleren",
      edit: "Wijzigen", remove: "Weghalen", emptySheet: "Nog niets op dit blad.", added: "Staat op het blad.",
      saved: "Gewijzigd.", removed: "Weggehaald.", sending: "Wordt verstuurd…",
      stories: "Verhaal", storyText: "Trefwoorden van uw verhaal", storyName: "Uw naam (als u wilt)",
      send: "Versturen", sent: "Verstuurd naar de gespreksleider.",
      votes: "Welk thema is het meest urgent?", left: function (n) { return n === 1 ? "U heeft nog 1 stip." : "U heeft nog " + n + " stippen."; },
      voteHint: "Anoniem. Maximaal 2 stippen op één thema. De uitslag komt pas op het scherm als de gespreksleider hem toont.",
      plus: "Stip erbij", minus: "Stip eraf", result: "Uitslag", dots: function (n) { return n === 1 ? "1 stip" : n + " stippen"; },
      votesClosed: "Het stemmen is gesloten."
    },
    en: {
      title: "Join in", enter: "Join the session", codeLabel: "Room code (shown on the screen)",
      codeButton: "Join", joining: "Connecting…", joined: "Connected to the facilitator's laptop.",
      wait: "Please wait: the facilitator will open something for you shortly.",
      closed: "Joining is closed. Thank you for taking part!",
      lost: "Lost the connection to the laptop. Trying again…",
      unsent: function (n) { return n === 1 ? "1 contribution not yet received: resending." : n + " contributions not yet received: resending."; },
      token: "This link is not (or no longer) valid. Scan the QR code on the screen again or type the room code.",
      code: "This room code is not right. Please check the screen.",
      door: "No one new can join: the facilitator has closed joining.",
      full: "60 devices have joined already: no more can. Join on the device of someone in your group.",
      rate: "Slow down a little: try again in a few seconds.",
      device: "Reconnecting…", off: "This is not open right now.", "not-yours": "You can only change lines of your own subgroup made through Join in.",
      gone: "This no longer exists.", budget: "Your dots are used up (or this theme already has 2 of yours).",
      none: "You have no dot here.", input: "This could not be saved.", "too-big": "This text is too long.",
      store: "The laptop could not save this. Please try again later.", subgroup: "Pick your subgroup first.",
      market: "Marketplace", pick: "Pick your subgroup", group: "Subgroup", change: "Other subgroup",
      nogroups: "There are no subgroups yet. The facilitator will add them shortly.",
      supply: "Supply: what can we teach others?", demand: "Demand: what do we want to learn, and from whom?",
      supplyText: "Expertise", demandText: "What do you want to learn?", offeredBy: "Who offers it?",
      askedBy: "Who asks? (optional)", fromWhom: "From whom? (optional)",
      otherName: "Other name (optional)", add: "Put it on the sheet", save: "Save", cancel: "Cancel",
      edit: "Change", remove: "Remove", emptySheet: "Nothing on this sheet yet.", added: "On the sheet.",
      saved: "Changed.", removed: "Removed.", sending: "Sending…",
      stories: "Story", storyText: "Keywords of your story", storyName: "Your name (if you like)",
      send: "Send", sent: "Sent to the facilitator.",
      votes: "Which theme is most urgent?", left: function (n) { return n === 1 ? "You have 1 dot left." : "You have " + n + " dots left."; },
      voteHint: "Anonymous. At most 2 dots on one theme. The result shows only when the facilitator reveals it.",
      plus: "Add a dot", minus: "Remove a dot", result: "Result", dots: function (n) { return n === 1 ? "1 dot" : n + " dots"; },
      votesClosed: "Voting is closed."
    }
  };
  var t = T[LANG];
  var match = /^\/j\/([^\/?#]+)/.exec(location.pathname);
  var token = match ? decodeURIComponent(match[1]) : null;
  var store = window.sessionStorage;
  var slot = "leidraad-meedoen:" + (token || "code");
  var device = null, version = 0, state = null, closed = false, online = true;
  var outbox = [];
  var editing = null;  // id of the line being changed
  var picked = {};     // form id -> names picked as chips
  var flash = {};      // section -> [text, isError]

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function words(code) { var w = t[code]; return typeof w === "string" ? w : t.input; }
  function newKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function save() {
    try { store.setItem(slot, JSON.stringify({ device: device, outbox: outbox })); } catch (e) { /* private mode */ }
  }
  function load() {
    try {
      var saved = JSON.parse(store.getItem(slot) || "null");
      if (saved && typeof saved === "object") { device = saved.device || null; outbox = saved.outbox || []; }
    } catch (e) { device = null; outbox = []; }
  }

  function banner() {
    var node = $("banner");
    if (closed) { node.textContent = t.closed; node.className = "banner info"; node.hidden = false; return; }
    if (!online) {
      node.textContent = t.lost + (outbox.length ? " " + t.unsent(outbox.length) : "");
      node.className = "banner"; node.hidden = false; return;
    }
    node.hidden = true;
  }
  function status(text) { $("status").textContent = text || ""; }

  function request(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (device) { headers["X-Leidraad-Device"] = device; }
    return fetch(path, { method: method, headers: headers, cache: "no-store", credentials: "omit",
                         body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          return { status: response.status, data: data };
        });
      });
  }

  // -- getting in ---------------------------------------------------------------------
  function showEnter(message) {
    $("enter").hidden = false;
    $("enter-title").textContent = t.enter;
    $("code-label").textContent = t.codeLabel;
    $("code-button").textContent = t.codeButton;
    status(message || "");
  }
  function join(body) {
    status(t.joining);
    return request("POST", "/api/join", body).then(function (r) {
      if (r.status === 200 && r.data.device) {
        device = r.data.device; save();
        $("enter").hidden = true; status(t.joined); online = true; banner();
        poll();
      } else if (r.status === 410) {
        closed = true; banner(); status("");
      } else if (r.status === 429) {
        status(t.rate); setTimeout(function () { join(body); }, 2000);
      } else {
        showEnter(words(r.data.error));
      }
    }, function () { online = false; banner(); showEnter(t.lost); });
  }

  // -- news from the laptop -------------------------------------------------------------
  function poll() {
    if (closed || !device) { return; }
    request("GET", "/api/state?since=" + version).then(function (r) {
      if (r.status === 200) {
        online = true; version = r.data.version; state = r.data; render(); banner(); flush();
        setTimeout(poll, 50);
      } else if (r.status === 410) {
        closed = true; render(); banner();
      } else if (r.status === 403) {
        device = null; save(); version = 0;
        if (token) { join({ token: token }); } else { showEnter(t.device); }
      } else {
        setTimeout(poll, 2000);
      }
    }, function () { online = false; banner(); setTimeout(poll, 2000); });
  }

  // -- sending, with resends --------------------------------------------------------------
  var sending = false;
  function send(op, body, section, done) {
    body.key = newKey();
    outbox.push({ op: op, body: body, section: section, done: done || "" });
    save(); banner(); flush();
  }
  function flush() {
    if (sending || !outbox.length || closed || !device) { return; }
    sending = true;
    var item = outbox[0];
    request("POST", "/api/" + item.op, item.body).then(function (r) {
      sending = false;
      if (r.status === 410) { closed = true; render(); banner(); return; }
      if (r.status === 429 || r.status === 503 || r.status === 403) {
        setTimeout(flush, 1500); return;  // kept: the same key is sent again
      }
      outbox.shift(); save(); online = true; banner();
      if (r.status === 200) {
        if (item.done) { flash[item.section] = [t[item.done], false]; }
      } else {
        flash[item.section] = [r.data.message && r.data.error === "input" ? r.data.message : words(r.data.error), true];
      }
      render(); flush();
    }, function () {
      sending = false; online = false; banner(); setTimeout(flush, 2000);
    });
  }

  // -- drawing --------------------------------------------------------------------------
  function render() {
    var features = (state && state.features) || {};
    var any = false;
    ["market", "stories", "votes"].forEach(function (name) {
      var on = !closed && state && (name === "votes" ? !!state.votes : !!features[name]);
      $(name).hidden = !on;
      if (on) { any = true; ({ market: drawMarket, stories: drawStories, votes: drawVotes })[name]($(name)); }
    });
    $("wait").hidden = any || closed || !state;
    $("wait-text").textContent = t.wait;
  }
  function note(section) {
    var f = flash[section];
    return el("p", f ? f[0] : "", f && f[1] ? "error" : "note");
  }
  function chips(formId, names, chosen) {
    var box = el("div", null, "chips");
    picked[formId] = picked[formId] || chosen.slice();
    names.forEach(function (name) {
      var b = el("button", name);
      b.type = "button";
      b.setAttribute("aria-pressed", picked[formId].indexOf(name) >= 0 ? "true" : "false");
      b.addEventListener("click", function () {
        var at = picked[formId].indexOf(name);
        if (at >= 0) { picked[formId].splice(at, 1); } else { picked[formId].push(name); }
        b.setAttribute("aria-pressed", at >= 0 ? "false" : "true");
      });
      box.appendChild(b);
    });
    return box;
  }
  function field(form, id, label, value, multi, max) {
    var l = el("label", label); l.htmlFor = id; form.appendChild(l);
    var input = el(multi ? "textarea" : "input");
    input.id = id; input.maxLength = max || 500; input.value = value || "";
    input.autocomplete = "off";
    form.appendChild(input);
    return input;
  }
  function peopleField(form, id, label, names, chosen) {
    var l = el("label", label); form.appendChild(l);
    form.appendChild(chips(id, names, chosen.filter(function (n) { return names.indexOf(n) >= 0; })));
    var other = field(form, id + "-other", t.otherName, chosen.filter(function (n) { return names.indexOf(n) < 0; }).join(", "), false, 200);
    return function () {
      var typed = other.value.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
      return picked[id].concat(typed).slice(0, 8);
    };
  }
  function entryForm(m, side, entry) {
    var id = entry ? "edit-" + entry.id : "add-" + side;
    var form = el("form"); form.id = id + "-form"; form.autocomplete = "off";
    var text = field(form, id + "-text", side === "supply" ? t.supplyText : t.demandText, entry ? entry.text : "", false, 500);
    var owners = peopleField(form, id + "-owners", side === "supply" ? t.offeredBy : t.askedBy, m.names, entry ? entry.owners : []);
    var sources = side === "demand" ? peopleField(form, id + "-sources", t.fromWhom, m.names, entry ? entry.sources : []) : null;
    var submit = el("button", entry ? t.save : t.add, "primary"); submit.type = "submit"; submit.id = id + "-submit";
    form.appendChild(submit);
    if (entry) {
      var cancel = el("button", t.cancel); cancel.type = "button";
      cancel.addEventListener("click", function () { editing = null; render(); });
      form.appendChild(cancel);
    }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (!text.value.trim()) { text.focus(); return; }
      var body = { text: text.value, owners: owners() };
      if (sources) { body.sources = sources(); }
      if (entry) { body.id = entry.id; send("edit", body, "market", "saved"); editing = null; }
      else { body.side = side; send("add", body, "market", "added"); }
      form.querySelectorAll("input, textarea").forEach(function (i) { i.value = ""; });
      picked = {}; flash.market = [t.sending, false]; render();
    });
    return form;
  }
  function drawSheet(box, m, side) {
    box.appendChild(el("h3", side === "supply" ? t.supply : t.demand));
    var list = el("ul", null, "sheet"); list.id = "sheet-" + side;
    if (!m[side].length) { list.appendChild(el("li", t.emptySheet, "empty")); }
    m[side].forEach(function (e) {
      var li = el("li");
      if (editing === e.id) { li.appendChild(entryForm(m, side, e)); list.appendChild(li); return; }
      li.appendChild(el("div", e.text, "text"));
      var who = e.owners.join(", ") + (e.sources && e.sources.length ? " → " + e.sources.join(", ") : "");
      if (who) { li.appendChild(el("div", who, "who")); }
      if (e.mine) {
        var row = el("div", null, "row");
        var edit = el("button", t.edit); edit.type = "button";
        edit.addEventListener("click", function () { editing = e.id; picked = {}; render(); });
        var remove = el("button", t.remove); remove.type = "button";
        remove.addEventListener("click", function () { send("remove", { id: e.id }, "market", "removed"); });
        row.appendChild(edit); row.appendChild(remove); li.appendChild(row);
      }
      list.appendChild(li);
    });
    box.appendChild(list);
    if (editing === null) { box.appendChild(entryForm(m, side, null)); }
  }
  function keepTyping(box, draw) {
    // redraw without losing what is being typed or where the cursor is
    var typed = {}, focus = document.activeElement && document.activeElement.id;
    box.querySelectorAll("input, textarea").forEach(function (i) { typed[i.id] = i.value; });
    clear(box); draw();
    Object.keys(typed).forEach(function (id) { var i = $(id); if (i) { i.value = typed[id]; } });
    if (focus && $(focus)) { $(focus).focus(); }
  }
  function drawMarket(box) {
    keepTyping(box, function () {
      var m = state.market;
      box.appendChild(el("h2", t.market));
      if (m.subgroup === null || m.subgroup === undefined) {
        box.appendChild(el("p", m.subgroups.length ? t.pick : t.nogroups));
        var choices = el("div", null, "choices");
        m.subgroups.forEach(function (g) {
          var b = el("button", g.name); b.type = "button"; b.className = "subgroup";
          b.addEventListener("click", function () { send("subgroup", { subgroup: g.id }, "market", ""); });
          choices.appendChild(b);
        });
        box.appendChild(choices);
        box.appendChild(note("market"));
        return;
      }
      var name = (m.subgroups.filter(function (g) { return g.id === m.subgroup; })[0] || {}).name || "";
      var head = el("div", null, "switch");
      head.appendChild(el("strong", t.group + ": " + name));
      var change = el("button", t.change); change.type = "button";
      change.addEventListener("click", function () { state.market.subgroup = null; render(); });
      head.appendChild(change);
      box.appendChild(head);
      box.appendChild(note("market"));
      drawSheet(box, m, "supply");
      drawSheet(box, m, "demand");
    });
  }
  function drawStories(box) {
    keepTyping(box, function () {
      box.appendChild(el("h2", t.stories));
      var form = el("form"); form.autocomplete = "off";
      var text = field(form, "story-text", t.storyText, "", true, 1000);
      var name = field(form, "story-name", t.storyName, "", false, 200);
      var submit = el("button", t.send, "primary"); submit.type = "submit"; submit.id = "story-submit";
      form.appendChild(submit);
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        if (!text.value.trim()) { text.focus(); return; }
        send("story", { text: text.value, name: name.value }, "stories", "sent");
        text.value = ""; flash.stories = [t.sending, false]; render();
      });
      box.appendChild(form);
      box.appendChild(note("stories"));
    });
  }
  function drawVotes(box) {
    clear(box);
    var v = state.votes;
    box.appendChild(el("h2", v.revealed ? t.result : t.votes));
    if (v.revealed) {
      var list = el("ul", null, "sheet");
      v.result.forEach(function (r) { list.appendChild(el("li", r.title + " · " + t.dots(r.votes))); });
      box.appendChild(list);
      return;
    }
    if (!v.open) { box.appendChild(el("p", t.votesClosed)); return; }
    var used = 0;
    Object.keys(v.mine).forEach(function (k) { used += v.mine[k]; });
    box.appendChild(el("p", t.left(Math.max(0, v.budget - used)), "left"));
    box.appendChild(el("p", t.voteHint, "who"));
    v.themes.forEach(function (theme) {
      var mine = v.mine[String(theme.id)] || 0;
      var card = el("div", null, "theme");
      card.appendChild(el("div", theme.title, "title"));
      card.appendChild(el("div", new Array(mine + 1).join("●"), "dots"));
      var row = el("div", null, "row");
      var minus = el("button", "−"); minus.type = "button"; minus.setAttribute("aria-label", t.minus); minus.disabled = mine <= 0;
      var plus = el("button", "+"); plus.type = "button"; plus.setAttribute("aria-label", t.plus);
      plus.disabled = mine >= v.max || used >= v.budget;
      minus.addEventListener("click", function () { send("vote", { theme: theme.id, delta: -1 }, "votes", ""); });
      plus.addEventListener("click", function () { send("vote", { theme: theme.id, delta: 1 }, "votes", ""); });
      row.appendChild(minus); row.appendChild(plus); card.appendChild(row);
      box.appendChild(card);
    });
    box.appendChild(note("votes"));
  }

  // -- start ----------------------------------------------------------------------------------
  document.title = "Leidraad · " + t.title;
  $("title").textContent = t.title;
  $("code-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    join({ code: $("code").value });
  });
  window.addEventListener("online", function () { flush(); });
  load();
  if (device) { status(t.joined); poll(); }
  else if (token) { join({ token: token }); }
  else { showEnter(""); }
})();
