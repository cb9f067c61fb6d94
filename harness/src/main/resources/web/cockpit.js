'use strict';
// The cockpit's shared core: the API client (session cookie + CSRF header on every write), login, tabs,
// the kill-switch banner, the plan and forecast pickers, background-job polling and the reason dialog.
// The four tabs (ingest.js, diff.js, preview.js, release.js) register themselves in Cockpit.tabs.

const Cockpit = {
  user: null, role: null, csrf: null, permissions: [],
  planId: '', forecasts: [], plans: [], status: null,
  tabs: {},
  // The tab named in the address (#ingest, #diff, #preview, #release) so a reload stays where it was.
  current: ['ingest', 'diff', 'preview', 'release'].includes(location.hash.slice(1)) ? location.hash.slice(1) : 'ingest'
};

/** An error answer of the API, carrying its code (AUDIT_GATE_FAIL, ROLE_FORBIDDEN...) and HTTP status. */
class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const $ = (id) => document.getElementById(id);

// Script errors are kept where a test (or a curious dispatcher in the console) can see them.
window.CockpitErrors = [];
window.addEventListener('error', (e) => window.CockpitErrors.push(e.message));
window.addEventListener('unhandledrejection', (e) => window.CockpitErrors.push(String(e.reason)));

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c);
  }
  return e;
}

/** Calls the API; a write carries the CSRF token. Resolves to the parsed body, rejects with ApiError. */
async function api(method, path, body, contentType) {
  const headers = {};
  if (method !== 'GET' && Cockpit.csrf) headers['X-CSRF-Token'] = Cockpit.csrf;
  let payload;
  if (body !== undefined) {
    if (typeof body === 'string' || body instanceof Blob) {
      payload = body;
      headers['Content-Type'] = contentType || 'text/plain; charset=utf-8';
    } else {
      payload = JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
    }
  }
  const res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  if (!res.ok) {
    const err = json && json.error ? json.error : {};
    const e = new ApiError(res.status, err.code || ('HTTP_' + res.status), err.message || text || res.statusText);
    e.body = json;
    if (res.status === 401 && path !== '/api/login') showLogin();
    throw e;
  }
  return json;
}

/** Shows an API refusal (or any failure) in the notice line, with its code. */
function notify(error, ok) {
  const n = $('notice');
  if (!error) { n.hidden = true; n.textContent = ''; n.removeAttribute('data-code'); return; }
  n.hidden = false;
  n.className = ok ? 'notice ok' : 'notice error';
  if (error instanceof ApiError) {
    n.dataset.code = error.code;
    n.dataset.status = String(error.status);
    n.textContent = error.code + ' (HTTP ' + error.status + '): ' + error.message;
  } else if (error instanceof Error) {
    n.dataset.code = 'ERROR';
    n.textContent = error.message;
  } else {
    n.dataset.code = 'OK';
    n.textContent = String(error);
  }
}

function fmt(n) {
  return typeof n === 'number' ? n.toLocaleString('en-US') : (n === null || n === undefined ? '' : String(n));
}

function hours(minutes) {
  return (minutes / 60).toFixed(2);
}

// ---- session ---------------------------------------------------------------------------------------------

function showLogin() {
  Cockpit.user = Cockpit.role = Cockpit.csrf = null;
  Cockpit.permissions = [];
  $('app').hidden = true;
  $('who').hidden = true;
  $('login-section').hidden = false;
  $('login-user').focus();
}

async function startSession(me) {
  Cockpit.user = me.user;
  Cockpit.role = me.role;
  Cockpit.csrf = me.csrf;
  Cockpit.permissions = me.permissions || [];
  $('user-name').textContent = me.user;
  $('user-role').textContent = me.role;
  document.body.dataset.role = me.role;
  $('login-section').hidden = true;
  $('who').hidden = false;
  $('app').hidden = false;
  notify(null);
  await refreshAll();
  showTab(Cockpit.current);
}

/** True when the logged-in user holds the permission (read, import, solve, audit, approve, repair, lock, publishing). */
function can(permission) {
  return Cockpit.permissions.includes(permission);
}

async function login(event) {
  event.preventDefault();
  const error = $('login-error');
  error.hidden = true;
  try {
    const me = await api('POST', '/api/login', { user: $('login-user').value, password: $('login-password').value });
    $('login-password').value = '';
    await startSession(me);
  } catch (e) {
    error.hidden = false;
    error.dataset.code = e.code || 'ERROR';
    error.textContent = e.code === 'TOO_MANY_ATTEMPTS' ? 'Too many attempts: wait a moment and try again.'
      : e.code === 'BAD_CREDENTIALS' ? 'Wrong user name or password.' : (e.code + ': ' + e.message);
  }
}

async function logout() {
  try { await api('POST', '/api/logout'); } catch (e) { /* the session is gone either way */ }
  showLogin();
}

// ---- tabs, pickers, banner --------------------------------------------------------------------------------

function showTab(name) {
  Cockpit.current = name;
  if (location.hash !== '#' + name) history.replaceState(null, '', '#' + name);
  for (const tab of document.querySelectorAll('[role=tab]')) {
    const on = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', on ? 'true' : 'false');
    tab.tabIndex = on ? 0 : -1;
    $('panel-' + tab.dataset.tab).hidden = !on;
  }
  const t = Cockpit.tabs[name];
  if (t && t.show) t.show().catch(notify);
  refreshStatus().catch(notify);
}

/** Publishing is off when status --json's publishing object says it is not allowed. */
function publishingOff(status) {
  return Boolean(status && status.publishing && status.publishing.allowed === false);
}

async function refreshStatus() {
  const status = await api('GET', '/api/status');
  Cockpit.status = status;
  const off = publishingOff(status);
  $('kill-banner').hidden = !off;
  const p = status.publishing;
  $('kill-banner-detail').textContent = off && p.by ? '(by ' + p.by + (p.reason ? ': ' + p.reason : '') + ')' : '';
  document.body.dataset.publishing = off ? 'off' : 'on';
  for (const t of Object.values(Cockpit.tabs)) {
    if (t.statusChanged) t.statusChanged(status);
  }
  return status;
}

async function refreshPlans() {
  const body = await api('GET', '/api/plans');
  Cockpit.plans = body.plans || [];
  const select = $('plan-select');
  select.replaceChildren(el('option', { value: '', text: Cockpit.plans.length ? '(pick a plan)' : '(no plans yet)' }));
  for (const p of Cockpit.plans) {
    select.append(el('option', { value: p.plan_id,
      text: p.plan_id + ' · ' + p.week + ' · ' + p.status + ' · ' + p.drivers + ' drivers' + (p.approved ? ' · approved' : '') }));
  }
  if (!Cockpit.planId && Cockpit.plans.length) Cockpit.planId = Cockpit.plans[Cockpit.plans.length - 1].plan_id;
  select.value = Cockpit.planId;
}

async function refreshForecasts() {
  const body = await api('GET', '/api/forecasts');
  Cockpit.forecasts = body.forecasts;
  for (const t of Object.values(Cockpit.tabs)) {
    if (t.forecastsChanged) t.forecastsChanged(Cockpit.forecasts);
  }
}

async function refreshAll() {
  await Promise.all([refreshStatus(), refreshPlans(), refreshForecasts()]);
}

function selectPlan(id) {
  Cockpit.planId = id;
  $('plan-select').value = id;
  const t = Cockpit.tabs[Cockpit.current];
  if (t && t.show) t.show().catch(notify);
}

// ---- background jobs ------------------------------------------------------------------------------------

/** Polls /api/jobs/{id} every 300 ms, showing its progress, until it is DONE (result) or FAILED (ApiError). */
async function runJob(jobId, label) {
  const box = $('job');
  box.hidden = false;
  box.dataset.state = 'RUNNING';
  $('job-label').textContent = label;
  try {
    for (;;) {
      const job = await api('GET', '/api/jobs/' + encodeURIComponent(jobId));
      const lines = job.progress || [];
      $('job-progress').textContent = lines.length ? String(lines[lines.length - 1]) : job.state;
      if (job.state === 'DONE') {
        box.dataset.state = 'DONE';
        return job.result || {};
      }
      if (job.state === 'FAILED') {
        box.dataset.state = 'FAILED';
        const err = job.error || {};
        throw new ApiError(200, err.code || 'JOB_FAILED', err.message || label + ' failed');
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    box.hidden = box.dataset.state === 'DONE';
  }
}

// ---- reason dialog ---------------------------------------------------------------------------------------

/** Asks for a reason; resolves to {reason, override} or null when cancelled. */
function askReason(title, withOverride) {
  const dialog = $('reason-dialog');
  $('reason-title').textContent = title;
  $('reason-input').value = '';
  $('override-input').value = '';
  $('override-row').hidden = !withOverride;
  $('override-input').required = Boolean(withOverride);
  return new Promise((resolve) => {
    const done = (value) => {
      dialog.removeEventListener('close', onClose);
      resolve(value);
    };
    const onClose = () => done(dialog.returnValue === 'ok' && $('reason-input').value.trim()
      && (!withOverride || $('override-input').value.trim())
      ? { reason: $('reason-input').value.trim(), override: $('override-input').value.trim() } : null);
    dialog.addEventListener('close', onClose);
    dialog.returnValue = '';
    dialog.showModal();
    $('reason-input').focus();
  });
}

// ---- start -----------------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', async () => {
  $('login-form').addEventListener('submit', login);
  $('logout').addEventListener('click', logout);
  $('refresh').addEventListener('click', () => refreshAll().then(() => showTab(Cockpit.current)).catch(notify));
  $('plan-select').addEventListener('change', (e) => selectPlan(e.target.value));
  $('reason-cancel').addEventListener('click', () => $('reason-dialog').close(''));
  const tabs = [...document.querySelectorAll('[role=tab]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => showTab(tab.dataset.tab));
    // Arrow keys move between tabs, as the ARIA tabs pattern expects.
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      next.focus();
      showTab(next.dataset.tab);
    });
  }
  // Publishing may be switched by someone else (or the CLI): keep the banner current.
  setInterval(() => { if (Cockpit.user) refreshStatus().catch(() => {}); }, 5000);
  try {
    await startSession(await api('GET', '/api/me'));
  } catch (e) {
    showLogin();
  }
  document.body.dataset.ready = 'true';
});
