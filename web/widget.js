/* faqbot chat widget. Embed with one tag, src being this file on the faqbot server: <script src="…/widget.js" defer>.
   Speaks the WebSocket protocol of CONTRACTS.md §3 to wss://HOST/ws. Server text is only ever set
   with textContent. Optional attributes on the script tag: data-lang="ar|en", data-ws="wss://…/ws". */
(function () {
  'use strict';
  if (window.faqbotWidget) return;
  var script = document.currentScript;
  var MAX_LEN = 1000; // the server's limit on a message (too_long beyond)
  var BACKOFF_MIN = 1000, BACKOFF_MAX = 30000;

  function wsURL() {
    var d = script && script.getAttribute('data-ws');
    if (d) return d;
    var u = null;
    try { u = new URL(script && script.src, location.href); } catch (e) { /* no usable src */ }
    if (!u || !/^https?:$/.test(u.protocol)) u = location;
    return (u.protocol === 'https:' ? 'wss://' : 'ws://') + u.host + '/ws';
  }
  var WS = wsURL();

  var lang = ((script && script.getAttribute('data-lang')) || document.documentElement.lang ||
    navigator.language || 'ar').toLowerCase().slice(0, 2) === 'en' ? 'en' : 'ar';

  var T = {
    ar: {
      title: 'مساعد العيادة', open: 'افتح المحادثة مع مساعد العيادة', close: 'إغلاق المحادثة',
      chat: 'محادثة مع مساعد العيادة', log: 'الرسائل', input: 'سؤالك', placeholder: 'اكتب سؤالك هنا…',
      send: 'إرسال', you: 'أنت', bot: 'المساعد', team: 'فريق العيادة', sources: 'المصدر:',
      typing: 'المساعد يكتب…', connecting: 'جارٍ الاتصال…', online: 'متصل',
      offline: 'انقطع الاتصال، نعيد المحاولة…', pending: 'لم تُرسل بعد', retry: 'أعد الإرسال',
      emergency: 'تنبيه طارئ', unread: 'رسالة جديدة',
      hi: 'أهلًا بك! أنا المساعد الآلي للعيادة. اسألني عن علاجات العيادة، وإن احتجت أحدًا من الفريق فاطلب ذلك.',
      note: 'معلومات عامة لا تغني عن استشارة الطبيب.',
      e_rate_limited: 'أرسلت رسائل كثيرة بسرعة. انتظر دقيقة ثم أعد الإرسال.',
      e_too_long: 'الرسالة أطول من ١٠٠٠ حرف. اختصرها من فضلك.',
      e_bad_request: 'تعذّر فهم الرسالة. حاول مرة أخرى.',
      e_unavailable: 'الخدمة غير متاحة الآن. حاول بعد قليل.'
    },
    en: {
      title: 'Clinic assistant', open: 'Open chat with the clinic assistant', close: 'Close chat',
      chat: 'Chat with the clinic assistant', log: 'Messages', input: 'Your question',
      placeholder: 'Type your question…', send: 'Send', you: 'You', bot: 'Assistant', team: 'Clinic team',
      sources: 'Source:', typing: 'The assistant is typing…', connecting: 'Connecting…', online: 'Online',
      offline: 'Connection lost, retrying…', pending: 'Not sent yet', retry: 'Send again',
      emergency: 'Emergency', unread: 'New message',
      hi: 'Hello! I am the clinic\u2019s automated assistant. Ask me about the clinic\u2019s treatments, or ask for a person from our team.',
      note: 'General information, not a substitute for seeing a doctor.',
      e_rate_limited: 'You sent many messages quickly. Please wait a minute, then send again.',
      e_too_long: 'That message is over 1000 characters. Please shorten it.',
      e_bad_request: 'That message could not be read. Please try again.',
      e_unavailable: 'The service is unavailable right now. Please try again shortly.'
    }
  }[lang];

  // Storage may be unavailable (privacy modes): fall back to memory for this page.
  var mem = {}, KEY = 'faqbot:' + WS.replace(/^wss?:\/\//, '') + ':';
  function load(k) { try { return localStorage.getItem(KEY + k); } catch (e) { return mem[k] || null; } }
  function save(k, v) {
    try { if (v == null) localStorage.removeItem(KEY + k); else localStorage.setItem(KEY + k, v); }
    catch (e) { mem[k] = v; }
  }

  function newID() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
  }

  var CSS = [
    ':host{all:initial}',
    '*{box-sizing:border-box}',
    '.root{--brand:#0b6e69;--brand-d:#07524e;--ink:#1b2427;--muted:#56656b;--ring:#b7791f;',
    'font:15px/1.65 "Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,"Geeza Pro","Dubai",system-ui,sans-serif;color:var(--ink)}',
    '.root[lang=en]{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",Tahoma,sans-serif}',
    'button,input{font:inherit;color:inherit}',
    ':focus-visible{outline:3px solid var(--ring);outline-offset:2px}',
    '.launch{position:fixed;bottom:20px;inset-inline-end:20px;z-index:2147483000;width:60px;height:60px;border-radius:50%;border:0;',
    'background:var(--brand);color:#fff;cursor:pointer;box-shadow:0 6px 20px rgba(0,0,0,.25);display:grid;place-items:center}',
    '.launch:hover{background:var(--brand-d)}.launch svg{width:30px;height:30px}',
    '.badge{position:absolute;top:2px;inset-inline-end:2px;width:14px;height:14px;border-radius:50%;background:#d93025;border:2px solid #fff}',
    '.panel{position:fixed;bottom:92px;inset-inline-end:20px;z-index:2147483001;width:min(380px,calc(100vw - 24px));',
    'height:min(600px,calc(100vh - 112px));background:#fff;border-radius:16px;box-shadow:0 12px 40px rgba(0,0,0,.28);',
    'display:flex;flex-direction:column;overflow:hidden}',
    '[hidden]{display:none!important}',
    'header{background:var(--brand);color:#fff;padding:12px 16px;display:flex;align-items:center;gap:10px}',
    'header div{flex:1;min-width:0}h2{margin:0;font-size:16px;font-weight:700}',
    '.status{font-size:12.5px;opacity:.92}',
    '.x{background:transparent;border:0;color:#fff;width:36px;height:36px;border-radius:8px;cursor:pointer;font-size:22px;line-height:1}',
    '.x:hover{background:rgba(255,255,255,.15)}.x:focus-visible{outline-color:#fff}',
    '.log{position:relative;flex:1;overflow-y:auto;padding:14px 12px;background:#f5f7f7;display:flex;flex-direction:column;gap:10px}',
    '.m{max-width:86%;padding:9px 13px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere;word-break:normal}',
    '.m p{margin:0}.m .gap{margin-top:8px}.m ul{margin:2px 0;padding-inline-start:20px}.m li.sub{margin-inline-start:16px;list-style:circle}',
    '.bot{align-self:flex-start;background:#fff;border:1px solid #dfe5e6;border-start-start-radius:4px}',
    '.me{align-self:flex-end;background:var(--brand);color:#fff;border-start-end-radius:4px}',
    '.me.wait{opacity:.72}.me.fail{background:#6b4b4b}',
    '.who{display:block;font-size:12.5px;font-weight:700;color:#7a4b00;margin-bottom:2px}',
    '.person{align-self:flex-start;background:#fff6e5;border:1px solid #e6c27a;border-start-start-radius:4px}',
    '.emergency{align-self:stretch;max-width:100%;background:#fdecea;border:2px solid #c5221f;color:#6e0f0b;font-weight:600}',
    '.emergency p+p{margin-top:6px}',
    '.emergency .who{display:inline-block;background:#c5221f;color:#fff;border-radius:6px;padding:0 8px;margin-bottom:4px;font-size:14px}',
    '.src{display:flex;flex-wrap:wrap;gap:4px;margin-top:6px;font-size:12px;color:var(--muted)}',
    '.src span{background:#eef3f3;border-radius:6px;padding:1px 7px}',
    '.chips{display:flex;flex-wrap:wrap;gap:6px;align-self:flex-start;max-width:92%}',
    '.chips button{background:#fff;border:1px solid var(--brand);color:var(--brand-d);border-radius:999px;padding:4px 12px;',
    'cursor:pointer;font-size:14px;text-align:start}',
    '.chips button:hover{background:#e6f2f1}',
    '.sys{align-self:center;font-size:13px;color:#7a2e0e;background:#fff1e8;border-radius:8px;padding:4px 10px;text-align:center}',
    '.meta{display:block;font-size:11.5px;opacity:.85;margin-top:2px}',
    '.retry{background:transparent;border:0;color:#fff;text-decoration:underline;cursor:pointer;padding:0;font-size:12px}',
    '.typing{align-self:flex-start;background:#fff;border:1px solid #dfe5e6;border-radius:14px;padding:10px 14px;display:flex;gap:4px}',
    '.typing i{width:7px;height:7px;border-radius:50%;background:#8aa0a4;animation:b 1.2s infinite}',
    '.typing i:nth-child(2){animation-delay:.2s}.typing i:nth-child(3){animation-delay:.4s}',
    '@keyframes b{0%,80%,100%{opacity:.3}40%{opacity:1}}',
    '@media (prefers-reduced-motion:reduce){.typing i{animation:none}}',
    'form{display:flex;gap:8px;padding:10px;border-top:1px solid #e3e8e9;background:#fff}',
    'input{flex:1;min-width:0;border:1px solid #9aa9ad;border-radius:10px;padding:8px 12px;background:#fff}',
    '.send{background:var(--brand);color:#fff;border:0;border-radius:10px;padding:0 16px;cursor:pointer;font-weight:700}',
    '.send:hover{background:var(--brand-d)}',
    '.note{font-size:11.5px;color:var(--muted);text-align:center;padding:0 10px 8px;background:#fff}',
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
    '@media (max-width:480px){.panel{inset:0;width:100%;height:100%;border-radius:0}}'
  ].join('\n');

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  // --- the DOM, in a shadow root so the page's CSS and ours cannot touch each other
  var host = el('div');
  host.id = 'faqbot-widget';
  var shadow = host.attachShadow({ mode: 'open' });
  var style = el('style');
  style.textContent = CSS;
  var root = el('div', 'root');
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  root.lang = lang;

  var launch = el('button', 'launch');
  launch.type = 'button';
  launch.setAttribute('aria-label', T.open);
  launch.setAttribute('aria-expanded', 'false');
  launch.setAttribute('aria-controls', 'faqbot-panel');
  // A static icon; never server text.
  launch.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0-.01zm5 0a1.5 1.5 0 1 0 0-.01zm5 0a1.5 1.5 0 1 0 0-.01z"/></svg>';
  var badge = el('span', 'badge');
  badge.hidden = true;
  launch.appendChild(badge);

  var panel = el('div', 'panel');
  panel.id = 'faqbot-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', T.chat);
  var head = el('header');
  var titles = el('div');
  var h2 = el('h2', null, T.title);
  var status = el('div', 'status', T.connecting);
  status.setAttribute('role', 'status');
  titles.append(h2, status);
  var closeBtn = el('button', 'x', '\u00d7');
  closeBtn.type = 'button';
  closeBtn.setAttribute('aria-label', T.close);
  head.append(titles, closeBtn);

  var log = el('div', 'log');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('aria-label', T.log);
  var typing = el('div', 'typing');
  typing.hidden = true;
  typing.setAttribute('aria-label', T.typing);
  typing.setAttribute('role', 'status');
  typing.append(el('i'), el('i'), el('i'));
  log.appendChild(typing);

  var form = el('form');
  var input = el('input');
  input.type = 'text';
  input.maxLength = MAX_LEN;
  input.autocomplete = 'off';
  input.placeholder = T.placeholder;
  input.setAttribute('aria-label', T.input);
  input.setAttribute('enterkeyhint', 'send');
  var send = el('button', 'send', T.send);
  send.type = 'submit';
  form.append(input, send);
  // Empty, the input follows the panel (placeholder and caret on the right in Arabic); with text,
  // it follows the text, so an English question reads left to right.
  input.addEventListener('input', function () { input.dir = input.value ? 'auto' : ''; });
  panel.append(head, log, form, el('div', 'note', T.note));
  root.append(launch, panel);
  shadow.append(style, root);

  // --- rendering
  function scrollEnd() { log.scrollTop = log.scrollHeight; }
  // A reply taller than the view is shown from its start, so the patient reads it top down.
  function reveal(node) {
    var top = node.offsetTop - 12;
    log.scrollTop = log.scrollHeight - top > log.clientHeight ? top : log.scrollHeight;
  }
  function add(node) { log.insertBefore(node, typing); scrollEnd(); return node; }

  // Plain text: each line its own block with its own direction (replies mix Arabic and English
  // lines); lines starting "- " (or "• ") become list items, indented ones nested; a blank line
  // leaves a gap.
  function body(parent, text) {
    var list = null, gap = false;
    String(text || '').split('\n').forEach(function (line) {
      var m = /^(\s*)[-\u2022]\s+(.*)$/.exec(line), e;
      if (!line.trim()) { list = null; gap = true; return; }
      if (m) {
        if (!list) list = parent.appendChild(el('ul', gap ? 'gap' : null));
        e = list.appendChild(el('li', m[1].length >= 2 ? 'sub' : null, m[2]));
      } else {
        list = null;
        e = parent.appendChild(el('p', gap ? 'gap' : null, line));
      }
      e.dir = 'auto';
      gap = false;
    });
  }

  function bubble(cls, who, whoVisible) {
    var b = el('div', 'm ' + cls);
    b.dir = 'auto';
    b.appendChild(el('span', whoVisible ? 'who' : 'sr', who));
    return b;
  }

  function clearChips() {
    var cs = log.querySelectorAll('.chips');
    for (var i = 0; i < cs.length; i++) cs[i].remove();
  }

  function addPatient(text, id) {
    clearChips();
    var b = bubble('me', T.you + ': ');
    body(b, text);
    if (id) b.setAttribute('data-id', id);
    return add(b);
  }

  function addBot(r) {
    r = r || {};
    clearChips();
    var kind = r.kind || 'answer', b;
    if (kind === 'emergency') {
      b = bubble('emergency', '\u26a0\ufe0e ' + T.emergency, true);
      b.setAttribute('role', 'alert');
    } else if (kind === 'handoff') {
      b = bubble('person', T.team, true);
    } else {
      b = bubble('bot', T.bot + ': ');
    }
    b.setAttribute('data-kind', kind);
    body(b, r.text);
    var seen = {}, srcs = (r.sources || []).filter(function (s) {
      var k = (s.title || s.doc || '') + '\u0000' + (s.section || '');
      if (seen[k] || kind === 'emergency') return false;
      return (seen[k] = true);
    });
    if (srcs.length) {
      var sb = b.appendChild(el('div', 'src'));
      sb.appendChild(el('span', 'sr', T.sources));
      srcs.forEach(function (s) {
        var lbl = sb.appendChild(el('span', null, [s.title || s.doc, s.section].filter(Boolean).join(' \u2014 ')));
        lbl.dir = 'auto';
      });
    }
    add(b);
    var sug = r.suggestions || [];
    if (sug.length) {
      var c = add(el('div', 'chips'));
      sug.forEach(function (q) {
        var btn = c.appendChild(el('button', null, q));
        btn.type = 'button';
        btn.dir = 'auto';
        btn.addEventListener('click', function () { submit(q); input.focus(); });
      });
      scrollEnd();
    }
    return b;
  }

  function addStaff(text, from) {
    clearChips();
    var b = bubble('person', from || T.team, true);
    b.setAttribute('data-kind', 'staff');
    body(b, text);
    return add(b);
  }

  function addSys(text) {
    var s = el('div', 'sys', text);
    s.setAttribute('role', 'alert');
    return add(s);
  }

  function renderAll(history) {
    while (log.firstChild) log.removeChild(log.firstChild);
    log.appendChild(typing);
    addBot({ kind: 'greeting', text: T.hi });
    answered = {};
    staffMode = false;
    (history || []).forEach(function (e) {
      if (e.from === 'patient') return addPatient(e.text);
      if (e.from === 'staff') { staffMode = true; return addStaff(e.text, e.name); }
      // What the bot says while staff hold the conversation (held) leaves them holding it.
      if (!(e.reply && e.reply.held)) staffMode = false;
      // By the entry's id: a message may get the acknowledgement now and its answer later.
      if (e.id || e.in_reply_to) answered[e.id || e.in_reply_to] = 1;
      addBot(e.reply || { text: e.text });
    });
    order.forEach(function (id) { showPending(id); });
  }

  // --- state: messages sent but not yet answered, oldest first, kept across reloads
  var pending = {}, order = [];
  try {
    JSON.parse(load('pending') || '[]').forEach(function (p) {
      if (p && p.id && p.text) { pending[p.id] = { id: p.id, text: p.text }; order.push(p.id); }
    });
  } catch (e) { /* corrupt: start clean */ }
  function savePending() {
    save('pending', order.length ? JSON.stringify(order.map(function (id) {
      return { id: id, text: pending[id].text };
    })) : null);
  }
  function settle(id) {
    var p = pending[id];
    if (!p) return null;
    delete pending[id];
    order = order.filter(function (x) { return x !== id; });
    savePending();
    if (p.node) { p.node.classList.remove('wait'); var m = p.node.querySelector('.meta'); if (m) m.remove(); }
    return p;
  }
  function showPending(id) {
    var p = pending[id];
    p.node = addPatient(p.text, id);
    waiting(p);
  }
  function waiting(p) {
    p.node.classList.add('wait');
    if (!p.node.querySelector('.meta')) p.node.appendChild(el('span', 'meta', T.pending));
  }

  var ws = null, ready = false, attempt = 0, timer = null, session = load('session');
  var typingTimer = null, shown = false;
  // answered: client ids whose reply is on screen. staffMode: a person holds the conversation, so
  // the bot will not answer and no typing dots are shown for the patient's messages.
  var answered = {}, staffMode = false;

  function setTyping(on) {
    typing.hidden = !on;
    clearTimeout(typingTimer);
    if (on) { typingTimer = setTimeout(function () { typing.hidden = true; }, 10000); scrollEnd(); }
  }
  function setStatus(s) { status.textContent = s; }
  function unread() {
    if (!panel.hidden) return;
    badge.hidden = false;
    launch.setAttribute('aria-label', T.open + ' (' + T.unread + ')');
  }

  function transmit(p) {
    if (ready && ws && ws.readyState === 1) {
      ws.send(JSON.stringify({ type: 'message', id: p.id, text: p.text }));
      p.sent = ws;
    }
  }

  function connect() {
    if (ws || timer) return;
    setStatus(T.connecting);
    var s;
    try { s = new WebSocket(WS); } catch (e) { return retry(); }
    ws = s;
    s.onopen = function () {
      s.send(JSON.stringify({ type: 'hello', session: session || '', lang: lang }));
    };
    s.onmessage = function (ev) {
      var m;
      try { m = JSON.parse(ev.data); } catch (e) { return; }
      if (!m || typeof m !== 'object') return;
      onFrame(m);
    };
    s.onclose = function (ev) {
      if (ws !== s) return;
      ws = null; ready = false;
      setTyping(false);
      setStatus(T.offline);
      // 1001: the server is going away (deploy); another one is likely up at once.
      if (ev.code === 1001) attempt = 0;
      retry();
    };
  }

  function retry() {
    ws = null;
    if (timer) return;
    var cap = Math.min(BACKOFF_MAX, BACKOFF_MIN * Math.pow(2, attempt++));
    timer = setTimeout(function () { timer = null; connect(); }, cap / 2 + Math.random() * cap / 2);
  }

  function onFrame(m) {
    switch (m.type) {
      case 'welcome':
        ready = true; attempt = 0;
        setStatus(T.online);
        var fresh = m.session !== session;
        session = m.session;
        save('session', session);
        // The history is authoritative; an empty one for our own session means the server could
        // not read it (Redis down), so keep what is on screen.
        if (fresh || (m.history && m.history.length) || !log.querySelector('.m')) {
          var hist = m.history || [], done = {};
          hist.forEach(function (e) { if (e.from === 'bot' && e.in_reply_to) done[e.in_reply_to] = 1; });
          // Patient lines after the last bot reply reached the server while staff held the
          // conversation (no reply comes then): sending them again would log them twice.
          for (var i = hist.length - 1; i >= 0 && hist[i].from !== 'bot'; i--) {
            if (hist[i].from === 'patient') done[hist[i].text] = 1;
          }
          order.slice().forEach(function (id) { if (done[id] || done[pending[id].text]) settle(id); });
          renderAll(hist);
        }
        order.forEach(function (id) { transmit(pending[id]); });
        setTyping(order.length > 0 && !staffMode);
        break;
      case 'typing':
        setTyping(true);
        break;
      case 'reply':
        // The server answers a connection's messages in order: those sent on it before this one
        // were handled, answered or (staff holding the conversation) logged for a person.
        var upto = order.indexOf(m.in_reply_to);
        order.slice(0, upto + 1).forEach(function (id) {
          if (id === m.in_reply_to || pending[id].sent === ws) settle(id);
        });
        setTyping(order.length > 0);
        // The same answer again (a resend after a reconnect) is already on screen.
        if (answered[m.id || m.in_reply_to]) return;
        answered[m.id || m.in_reply_to] = 1;
        if (!(m.reply && m.reply.held)) staffMode = false;
        reveal(addBot(m.reply));
        unread();
        break;
      case 'staff':
        staffMode = true;
        setTyping(false);
        reveal(addStaff(m.text, m.from));
        unread();
        break;
      case 'error':
        // The server names the refused message in in_reply_to when it could read its id. The
        // contract does not promise it; refusals (rate_limited, too_long) are immediate, so else
        // it is the latest message sent.
        var id = m.in_reply_to || order.filter(function (x) { return pending[x].sent; }).pop();
        if (id && pending[id]) fail(id);
        setTyping(false);
        addSys(T['e_' + m.code] || T.e_bad_request);
        break;
    }
  }

  // A message the server refused stays on screen with a button to send it again.
  function fail(id) {
    var p = settle(id);
    if (!p || !p.node) return;
    p.node.classList.add('fail');
    var r = el('button', 'retry', T.retry);
    r.type = 'button';
    r.addEventListener('click', function () {
      r.remove();
      p.node.classList.remove('fail');
      p.node.remove();
      submit(p.text);
    });
    var meta = el('span', 'meta');
    meta.appendChild(r);
    p.node.appendChild(meta);
  }

  function submit(text) {
    text = String(text || '').trim();
    if (!text) return;
    if (text.length > MAX_LEN) { addSys(T.e_too_long); return; }
    var p = { id: newID(), text: text };
    pending[p.id] = p;
    order.push(p.id);
    savePending();
    p.node = addPatient(text, p.id);
    setTyping(!staffMode);
    if (ready) { transmit(p); return; }
    waiting(p);
    // The patient is waiting: skip what is left of a reconnect backoff.
    if (timer) { clearTimeout(timer); timer = null; }
    connect();
  }

  // --- opening and closing
  function open() {
    if (!log.querySelector('.m')) renderAll([]);
    panel.hidden = false;
    badge.hidden = true;
    launch.setAttribute('aria-label', T.open);
    launch.setAttribute('aria-expanded', 'true');
    shown = true;
    connect();
    scrollEnd();
    input.focus();
  }
  function close() {
    panel.hidden = true;
    launch.setAttribute('aria-expanded', 'false');
    launch.focus();
  }

  launch.addEventListener('click', function () { if (panel.hidden) open(); else close(); });
  closeBtn.addEventListener('click', close);
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { e.preventDefault(); close(); } });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var v = input.value;
    if (!v.trim()) return;
    input.value = '';
    input.dir = '';
    submit(v);
  });
  window.addEventListener('online', function () {
    if (timer && shown) { clearTimeout(timer); timer = null; attempt = 0; connect(); }
  });

  function mount() {
    document.body.appendChild(host);
    // A returning patient reconnects at once, so staff messages and their history are there.
    if (session || order.length) { renderAll([]); connect(); shown = true; }
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  window.faqbotWidget = { open: open, close: close, ws: WS, lang: lang };
})();
