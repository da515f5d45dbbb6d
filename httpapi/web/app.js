// careerbot web chat: posts questions to v1/ask and renders the answers.
// Untrusted text is only ever set with textContent, never as HTML.
'use strict';
(function () {
  const log = document.getElementById('log');
  const form = document.getElementById('ask');
  const input = document.getElementById('q');
  const send = document.getElementById('send');
  const status = document.getElementById('status');
  const career = document.getElementById('career');
  const careerWrap = document.getElementById('career-wrap');
  const welcome = document.getElementById('welcome');
  const quickStarts = document.getElementById('quick-starts');
  const examples = document.getElementById('examples');
  const newChat = document.getElementById('new-chat');
  const MAX_ENTRIES = 200;
  // The conversation survives a reload of the tab (not a new tab).
  const STORAGE_KEY = 'careerbot.conversation.v1';
  // One conversation id per tab: follow-ups ("and in NY?") read against it.
  const CONV_KEY = 'careerbot.conversation-id.v1';
  function conversationId(fresh) {
    let id = fresh ? '' : sessionStorage.getItem(CONV_KEY);
    if (!id) {
      id = 'web-' + Math.random().toString(36).slice(2, 12) + Date.now().toString(36);
      try { sessionStorage.setItem(CONV_KEY, id); } catch (_) { /* private mode: one id for this page */ }
    }
    return id;
  }
  let busy = false;
  // Known commands: name -> true when it needs an argument (from v1/commands).
  const commands = new Map();
  // What the log shows, for sessionStorage: {you: text} or {answer: data}.
  let entries = [];

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function safeURL(u) {
    try {
      const url = new URL(String(u), document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
    } catch (_) {
      return '';
    }
  }

  // commandButton asks a command when clicked; a command that needs an
  // argument is put in the question box to be completed instead.
  function commandButton(name) {
    const b = el('button', 'cmd', '/' + name);
    b.type = 'button';
    b.dataset.command = name;
    b.title = commands.get(name) ? 'Type /' + name + ' with what it needs' : 'Ask /' + name;
    b.addEventListener('click', function () {
      if (commands.get(name)) {
        input.value = '/' + name + ' ';
        input.focus();
      } else {
        ask('/' + name);
      }
    });
    return b;
  }

  // withCommands appends plain text, turning known /commands into buttons.
  function withCommands(parent, s) {
    const re = /(^|[\s(])\/([a-z][a-z0-9_-]*)(?=$|[\s:,.;)])/g;
    let last = 0;
    let m;
    while ((m = re.exec(s)) !== null) {
      if (!commands.has(m[2])) continue;
      const start = m.index + m[1].length;
      if (start > last) parent.appendChild(document.createTextNode(s.slice(last, start)));
      parent.appendChild(commandButton(m[2]));
      last = start + 1 + m[2].length;
    }
    if (last < s.length) parent.appendChild(document.createTextNode(s.slice(last)));
  }

  // inline renders **bold**, __bold__, `code` and [text](url) links (http and
  // https only). A backslash escapes the next punctuation character: text the
  // user typed arrives escaped and is shown as typed, never as a link.
  function inline(parent, text) {
    const re = /\\([!-\/:-@\[-`{-~])|\*\*((?:\\.|[^*\\])+)\*\*|__((?:\\.|[^_\\])+)__|`([^`]+)`|\[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)/g;
    let last = 0;
    let m;
    text = String(text);
    while ((m = re.exec(text)) !== null) {
      if (m.index > last) withCommands(parent, text.slice(last, m.index));
      if (m[1] !== undefined) {
        parent.appendChild(document.createTextNode(m[1]));
      } else if (m[2] !== undefined || m[3] !== undefined) {
        parent.appendChild(el('strong', '', unescapeMD(m[2] !== undefined ? m[2] : m[3])));
      } else if (m[4] !== undefined) {
        parent.appendChild(el('code', '', m[4]));
      } else {
        const href = safeURL(m[6]);
        if (href) {
          const a = el('a', '', unescapeMD(m[5]));
          a.href = href;
          a.rel = 'noopener noreferrer';
          a.target = '_blank';
          parent.appendChild(a);
        } else {
          parent.appendChild(document.createTextNode(unescapeMD(m[0])));
        }
      }
      last = re.lastIndex;
    }
    if (last < text.length) withCommands(parent, text.slice(last));
  }

  function unescapeMD(s) {
    return String(s).replace(/\\([!-\/:-@\[-`{-~])/g, '$1');
  }

  // renderBody renders Markdown-light prose: paragraphs, "- " bullets and
  // "### " headings.
  function renderBody(parent, body) {
    let para = null;
    let list = null;
    for (const raw of String(body).split('\n')) {
      const line = raw.trim();
      if (line === '') {
        para = null;
        list = null;
      } else if (line.startsWith('### ')) {
        para = null;
        list = null;
        const h = el('h3');
        inline(h, line.slice(4));
        parent.appendChild(h);
      } else if (line.startsWith('- ') || line.startsWith('* ')) {
        para = null;
        if (!list) {
          list = el('ul');
          parent.appendChild(list);
        }
        const li = el('li');
        inline(li, line.slice(2));
        list.appendChild(li);
      } else {
        list = null;
        if (!para) {
          para = el('p');
          parent.appendChild(para);
        } else {
          para.appendChild(document.createTextNode(' '));
        }
        inline(para, line);
      }
    }
  }

  // followUpLine mirrors bot.FollowUp.Line: "/salary state:CA".
  function followUpLine(f) {
    let line = '/' + f.command;
    const opts = f.options || {};
    for (const k of Object.keys(opts).sort()) {
      let v = String(opts[k]);
      if (/[ \t]/.test(v)) v = '"' + v + '"';
      line += ' ' + k + ':' + v;
    }
    return line;
  }

  // sourceText mirrors bot.Source.String.
  function sourceText(s) {
    const parts = [];
    let head = s.guide_title ? s.guide_title + ' guide' : '';
    if (s.section) head += (head ? ' › ' : '') + s.section;
    if (head) parts.push(head);
    if (s.publisher) parts.push(s.publisher + (s.date ? ' (' + s.date + ')' : ''));
    if (s.data) parts.push('data: ' + s.data);
    return parts.join(' · ');
  }

  function renderAnswer(a) {
    const art = el('article', 'answer');
    art.tabIndex = -1;
    if (!a.answered) art.classList.add('refusal');
    if (a.error) art.dataset.error = a.error;
    let hasContent = false;
    if (a.title) {
      art.appendChild(el('h2', '', a.title));
      hasContent = true;
    }
    if (a.note) {
      art.appendChild(el('p', 'note', a.note));
    }
    if (a.body) {
      const body = el('div', 'body');
      renderBody(body, a.body);
      art.appendChild(body);
      hasContent = true;
    }
    if (Array.isArray(a.fields) && a.fields.length) {
      const dl = el('dl', 'fields');
      for (const f of a.fields) {
        dl.appendChild(el('dt', '', f.label));
        const dd = el('dd');
        inline(dd, f.value);
        dl.appendChild(dd);
      }
      art.appendChild(dl);
      hasContent = true;
    }
    if (Array.isArray(a.bullets) && a.bullets.length) {
      const ul = el('ul', 'bullets');
      for (const b of a.bullets) {
        const li = el('li');
        inline(li, b);
        ul.appendChild(li);
      }
      art.appendChild(ul);
      hasContent = true;
    }
    if (!hasContent && a.text) {
      const body = el('div', 'body');
      renderBody(body, a.text);
      art.appendChild(body);
    }
    if (a.source) {
      const p = el('p', 'source', 'Source: ' + sourceText(a.source));
      const href = a.source.url ? safeURL(a.source.url) : '';
      if (href) {
        p.appendChild(document.createTextNode(' · '));
        const link = el('a', '', 'read the guide');
        link.href = href;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
        p.appendChild(link);
      }
      art.appendChild(p);
    }
    if (Array.isArray(a.follow_ups) && a.follow_ups.length) {
      const group = el('div', 'followups');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', 'Follow-up questions');
      for (const f of a.follow_ups) {
        const line = followUpLine(f);
        const b = el('button', 'followup', f.label || line);
        b.type = 'button';
        b.title = line;
        b.dataset.line = line;
        b.addEventListener('click', function () { ask(line); });
        group.appendChild(b);
      }
      art.appendChild(group);
    }
    if (a.answered && typeof a.answer_id === 'string' && a.answer_id) {
      art.appendChild(feedbackBar(a.answer_id));
    }
    return art;
  }

  // feedbackBar is 👍/👎 under an answer; 👎 offers reasons. One vote per
  // member per answer: voting again changes it.
  const REASONS = [['wrong', 'Wrong'], ['not_asked', 'Not what I asked'], ['out_of_date', 'Out of date'], ['other', 'Other']];
  function feedbackBar(id) {
    const bar = el('div', 'feedback');
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', 'Was this answer helpful?');
    const up = el('button', 'vote up', '👍');
    const down = el('button', 'vote down', '👎');
    up.setAttribute('aria-label', 'Helpful');
    down.setAttribute('aria-label', 'Not helpful');
    const reasons = el('div', 'reasons');
    reasons.hidden = true;
    const thanks = el('span', 'thanks');
    thanks.setAttribute('role', 'status');
    for (const b of [up, down]) {
      b.type = 'button';
      b.setAttribute('aria-pressed', 'false');
    }
    async function vote(value, reason) {
      thanks.textContent = '';
      let ok = false;
      try {
        const resp = await fetch('v1/feedback', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
          body: JSON.stringify({ answer_id: id, vote: value, reason: reason || '' }),
        });
        ok = resp.ok;
        if (!ok) {
          let data = null;
          try { data = await resp.json(); } catch (_) { data = null; }
          thanks.textContent = (data && data.message) || 'Your vote could not be recorded.';
          return;
        }
      } catch (_) {
        thanks.textContent = 'I could not reach the server.';
        return;
      }
      up.setAttribute('aria-pressed', String(value === 'up'));
      down.setAttribute('aria-pressed', String(value === 'down'));
      reasons.hidden = value !== 'down' || !!reason;
      for (const r of reasons.querySelectorAll('button')) {
        r.setAttribute('aria-pressed', String(r.dataset.reason === reason));
      }
      thanks.textContent = value === 'up' ? 'Thanks!' : (reason ? 'Thanks: noted.' : 'Thanks. What was wrong?');
    }
    up.addEventListener('click', function () { vote('up'); });
    down.addEventListener('click', function () { vote('down'); });
    for (const [code, label] of REASONS) {
      const r = el('button', 'reason', label);
      r.type = 'button';
      r.dataset.reason = code;
      r.setAttribute('aria-pressed', 'false');
      r.addEventListener('click', function () { vote('down', code); });
      reasons.appendChild(r);
    }
    bar.appendChild(up);
    bar.appendChild(down);
    bar.appendChild(thanks);
    bar.appendChild(reasons);
    return bar;
  }

  function append(node, entry) {
    welcome.hidden = true;
    log.appendChild(node);
    while (log.childElementCount > MAX_ENTRIES) log.removeChild(log.firstElementChild);
    if (entry) {
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) entries = entries.slice(-MAX_ENTRIES);
      save();
    }
    node.scrollIntoView({ block: 'nearest' });
  }

  function save() {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
    } catch (_) {
      // Storage full or disabled: the conversation just won't survive a reload.
    }
  }

  function restore() {
    let saved = [];
    try {
      saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || '[]');
    } catch (_) {
      saved = [];
    }
    if (!Array.isArray(saved)) return;
    for (const e of saved) {
      if (e && typeof e.you === 'string') {
        append(el('p', 'you', e.you), { you: e.you });
      } else if (e && e.answer && typeof e.answer.answered === 'boolean') {
        append(renderAnswer(e.answer), { answer: e.answer });
      }
    }
  }

  function clearConversation() {
    conversationId(true); // a new chat starts a new conversation
    entries = [];
    save();
    log.replaceChildren();
    welcome.hidden = false;
    input.focus();
  }

  function problem(message) {
    return renderAnswer({ answered: false, error: 'client', body: message });
  }

  async function ask(text) {
    text = String(text).trim();
    if (!text || busy) return;
    busy = true;
    send.disabled = true;
    log.setAttribute('aria-busy', 'true');
    status.textContent = 'Thinking…';
    append(el('p', 'you', text), { you: text });
    let node;
    let entry = null;
    try {
      const resp = await fetch('v1/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ text: text, career: career.value || '', conversation: conversationId(false) }),
      });
      let data = null;
      try {
        data = await resp.json();
      } catch (_) {
        data = null;
      }
      if (data && typeof data.answered === 'boolean') {
        node = renderAnswer(data);
        entry = { answer: data };
      } else if (data && data.message) {
        node = problem(data.message);
      } else {
        node = problem('Sorry, the server answered with an error (' + resp.status + '). Please try again.');
      }
    } catch (_) {
      node = problem('I could not reach the server. Check your connection and try again.');
    }
    append(node, entry);
    status.textContent = '';
    log.removeAttribute('aria-busy');
    send.disabled = false;
    busy = false;
    input.focus();
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = '';
    ask(text);
  });

  // Offer a career picker when there is more than one guide; remember the
  // command names so /help's commands become buttons.
  async function loadCommands() {
    try {
      const resp = await fetch('v1/commands', { headers: { 'Accept': 'application/json' } });
      if (!resp.ok) return null;
      const data = await resp.json();
      for (const c of data.commands || []) {
        commands.set(c.name, (c.options || []).some(function (o) { return o.required; }));
      }
      return data;
    } catch (_) {
      return null;
    }
  }

  async function loadCareers(data) {
    if (!data) return;
    try {
      let source = null;
      for (const c of data.commands || []) {
        for (const o of c.options || []) {
          if (o.name === 'career' && (o.autocomplete || (o.choices && o.choices.length))) {
            source = { command: c.name, option: o };
            break;
          }
        }
        if (source) break;
      }
      if (!source) return;
      let choices = source.option.choices || [];
      if (source.option.autocomplete) {
        const q = new URLSearchParams({ command: source.command, option: 'career', q: '' });
        const r = await fetch('v1/complete?' + q.toString(), { headers: { 'Accept': 'application/json' } });
        if (!r.ok) return;
        choices = (await r.json()).choices || [];
      }
      if (choices.length < 2) return;
      for (const ch of choices) {
        const opt = el('option', '', ch.name);
        opt.value = ch.value;
        career.appendChild(opt);
      }
      careerWrap.hidden = false;
    } catch (_) {
      // The picker is optional.
    }
  }

  // The first screen: quick starts and example questions as buttons.
  async function loadWelcome() {
    try {
      const resp = await fetch('v1/start', { headers: { 'Accept': 'application/json' } });
      if (!resp.ok) return;
      const data = await resp.json();
      for (const q of data.quick_starts || []) {
        const b = el('button', 'quick', q.label);
        b.type = 'button';
        b.title = q.line;
        b.dataset.line = q.line;
        b.addEventListener('click', function () { ask(q.line); });
        quickStarts.appendChild(b);
      }
      for (const x of data.examples || []) {
        const b = el('button', 'example', x);
        b.type = 'button';
        b.dataset.line = x;
        b.addEventListener('click', function () { ask(x); });
        examples.appendChild(b);
      }
    } catch (_) {
      // The intro text still says what to do.
    }
  }

  newChat.addEventListener('click', clearConversation);

  (async function start() {
    const [data] = await Promise.all([loadCommands(), loadWelcome()]);
    restore();
    welcome.hidden = log.childElementCount > 0;
    loadCareers(data);
    document.body.dataset.ready = 'true';
  })();
  input.focus();
})();
