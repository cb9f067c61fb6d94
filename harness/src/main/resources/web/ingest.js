'use strict';
// Ingest & parser: upload or paste a forecast, every line with PASS/WARN/FAIL, its codes and canonical text,
// the global status, and Solve (blocked with the reason while any line FAILs).

(() => {
  let report = null;       // the parse report on show
  let forecastId = '';     // its stored version id ('' when nothing was stored)

  function statusOf(line) {
    return line.status;
  }

  function render(r) {
    report = r;
    forecastId = r.id || '';
    const lines = r.lines || [];
    const counts = { PASS: 0, WARN: 0, FAIL: 0 };
    for (const l of lines) counts[statusOf(l)] = (counts[statusOf(l)] || 0) + 1;
    const status = String(r.status || (counts.FAIL ? 'FAIL' : counts.WARN ? 'WARN' : 'PASS')).toUpperCase();
    $('parse-report').hidden = false;
    $('ingest-id').textContent = forecastId || '(not stored)';
    const badge = $('ingest-status');
    badge.textContent = status;
    badge.dataset.status = status;
    badge.className = 'status ' + status;
    const summary = $('ingest-summary');
    summary.dataset.tours = r.tours === undefined ? '' : String(r.tours);
    summary.dataset.lines = String(lines.length);
    summary.dataset.fail = String(counts.FAIL);
    summary.dataset.warn = String(counts.WARN);
    summary.textContent = (r.tours !== undefined ? fmt(r.tours) + ' tours' : '') + ' · ' + fmt(lines.length) + ' lines: '
      + counts.PASS + ' PASS, ' + counts.WARN + ' WARN, ' + counts.FAIL + ' FAIL'
      + (r.week ? ' · week ' + r.week : '') + (r.input_hash ? ' · input_hash ' + r.input_hash.slice(0, 12) + '…' : '');

    const blocked = $('solve-blocked');
    const solve = $('solve-button');
    let reason = '';
    if (status === 'FAIL') {
      const first = lines.find((l) => statusOf(l) === 'FAIL');
      reason = 'Solving is blocked: ' + (r.blocked_reason || counts.FAIL + ' line(s) FAIL'
        + (first ? ', first at line ' + first.line + ' (' + (first.codes || []).join(', ') + ')' : ''));
    } else if (r.solvable === false) {
      reason = 'Solving is blocked: ' + (r.blocked_reason || 'the server says this forecast is not solvable');
    } else if (!forecastId) {
      reason = 'Solving needs a stored forecast version.';
    } else if (!can('solve')) {
      reason = 'ROLE_FORBIDDEN: a ' + Cockpit.role + ' may not solve.';
    }
    solve.disabled = reason !== '';
    blocked.hidden = reason === '';
    blocked.textContent = reason;
    blocked.dataset.code = status === 'FAIL' ? 'FORECAST_FAIL' : reason ? 'BLOCKED' : '';
    renderLines();
  }

  function renderLines() {
    const only = $('line-filter').value;
    const rows = [];
    for (const l of report ? report.lines || [] : []) {
      const s = statusOf(l);
      if (only && s !== only) continue;
      const codes = l.codes.join(', ');
      const messages = l.messages.join('; ');
      // The canonical tour lines this raw line stands for, each with its count.
      const canonical = l.canonical.map((c) => (c.count > 1 ? c.count + ' × ' : '') + c.text).join(' | ');
      rows.push(el('tr', { 'data-line': l.line, 'data-status': s, class: l.skipped ? 'skipped' : l.header ? 'header' : null,
        title: l.skipped ? 'blank, comment or separator line: nothing to plan' : null },
        el('td', { class: 'num', text: String(l.line) }),
        el('td', { class: 'status ' + s, text: s }),
        el('td', { text: codes + (messages ? ': ' + messages : '') }),
        el('td', { class: 'mono', text: canonical }),
        el('td', { class: 'mono', text: l.text })));
    }
    $('parse-lines').tBodies[0].replaceChildren(...rows);
  }

  async function submit(event) {
    event.preventDefault();
    notify(null);
    const file = $('forecast-file').files[0];
    const text = $('forecast-text').value;
    if (!file && !text.trim()) {
      notify(new Error('Pick a file or paste a forecast first.'));
      return;
    }
    const name = file ? file.name : 'pasted.txt';
    const type = !file ? 'text/plain; charset=utf-8' : name.endsWith('.json') ? 'application/json'
      : name.endsWith('.csv') ? 'text/csv' : 'text/plain';
    try {
      const r = await api('POST', '/api/forecasts?name=' + encodeURIComponent(name), file || text, type);
      render(r);
      await refreshForecasts();
      if (forecastId) $('forecast-select').value = forecastId;
    } catch (e) {
      // A forecast with FAIL lines comes back as a refusal that still carries its parse report.
      if (e.body && e.body.lines) render(e.body);
      notify(e);
    }
  }

  async function solve() {
    notify(null);
    const seed = $('solve-seed').value;
    const body = { forecast_id: forecastId };
    if (seed !== '') body.seed = Number(seed);
    $('solve-button').disabled = true;
    try {
      const started = await api('POST', '/api/solve', body);
      const result = await runJob(started.job_id, 'Solving ' + forecastId);
      const planId = result.plan_id;
      await refreshPlans();
      if ($('solve-audit').checked && planId) {
        const audit = await api('POST', '/api/plans/' + encodeURIComponent(planId) + '/audit');
        await runJob(audit.job_id, 'Auditing ' + planId + ' (with re-solve)');
        await refreshPlans();
      }
      notify('Solved ' + forecastId + ' into ' + planId
        + (result.kpis ? ': ' + result.kpis.drivers + ' drivers' : ''), true);
      Cockpit.planId = planId;
      $('plan-select').value = planId;
      showTab('preview');
    } catch (e) {
      notify(e);
    } finally {
      $('solve-button').disabled = false;
    }
  }

  async function showStored(id) {
    if (!id) return;
    render(Object.assign({ id }, await api('GET', '/api/forecasts/' + encodeURIComponent(id))));
  }

  Cockpit.tabs.ingest = {
    show: async () => {
      $('forecast-submit').disabled = !can('import');
      $('forecast-submit').title = can('import') ? '' : 'a ' + Cockpit.role + ' may not import';
    },
    forecastsChanged(versions) {
      const select = $('forecast-select');
      const keep = select.value;
      select.replaceChildren(el('option', { value: '', text: versions.length ? '(show a stored version)' : '(none stored yet)' }));
      for (const v of versions) {
        select.append(el('option', { value: v.id, text: [v.id, v.week, v.kind, fmt(v.tour_lines) + ' tour lines',
          v.completeness].filter(Boolean).join(' · ') }));
      }
      select.value = keep;
    }
  };

  document.addEventListener('DOMContentLoaded', () => {
    $('ingest-form').addEventListener('submit', submit);
    $('solve-button').addEventListener('click', solve);
    $('line-filter').addEventListener('change', renderLines);
    $('forecast-select').addEventListener('change', (e) => showStored(e.target.value).catch(notify));
  });
})();
