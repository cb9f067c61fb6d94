'use strict';
// Diff: two forecast versions (or two compositions of a week) by fingerprint: ADDED / REMOVED / CHANGED with
// kind and text filters, the summary and the completeness of the week.

(() => {
  let entries = [];

  function side(s) {
    return s ? (s.count !== undefined ? s.count + ' × ' : '') + (s.line || '') : '';
  }

  /** Completeness {state, expected_days, present, missing} as text; state '' means not composed. */
  function completenessText(c) {
    if (!c) return '';
    if (!c.state) return 'not composed (a whole-week import)';
    const parts = [c.state];
    if (c.present) parts.push('days present: ' + (c.present.join(' ') || 'none'));
    if (c.missing) parts.push('missing: ' + (c.missing.join(' ') || 'none'));
    if (c.expected_days) parts.push(c.expected_days + ' expected');
    return parts.join(' · ');
  }

  function completenessState(c) {
    return c ? c.state : '';
  }

  function render(d) {
    entries = d.entries || [];
    const s = d.summary || {};
    $('diff-result').hidden = false;
    const summary = $('diff-summary');
    for (const k of ['added', 'removed', 'changed', 'unchanged']) summary.dataset[k] = String(s[k] ?? '');
    summary.textContent = (d.old || '') + ' → ' + (d.new || '') + ': ' + (s.added ?? 0) + ' ADDED, ' + (s.removed ?? 0)
      + ' REMOVED, ' + (s.changed ?? 0) + ' CHANGED, ' + (s.unchanged ?? 0) + ' unchanged; tours '
      + fmt(s.tours_old) + ' → ' + fmt(s.tours_new) + (s.identical ? ' (identical)' : '');
    const c = d.completeness;
    const complete = $('diff-completeness');
    complete.dataset.completeness = completenessState(c);
    complete.textContent = c ? 'Completeness of the week: ' + completenessText(c) : '';
    renderRows();
  }

  function renderRows() {
    const kinds = new Set([...document.querySelectorAll('#diff-result input[data-kind]')]
      .filter((b) => b.checked).map((b) => b.dataset.kind));
    const words = $('diff-filter').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const rows = [];
    for (const e of entries) {
      const fields = (e.changed_fields || []).join(', ');
      const hay = [e.kind, e.line, e.day, e.start, e.end, fields, side(e.old), side(e.new)].join(' ').toLowerCase();
      if (!kinds.has(e.kind) || !words.every((w) => hay.includes(w))) continue;
      rows.push(el('tr', { 'data-kind': e.kind },
        el('td', { class: 'kind ' + e.kind, text: e.kind }),
        el('td', { class: 'mono', text: e.line || '' }),
        el('td', { class: 'mono', text: side(e.old) }),
        el('td', { class: 'mono', text: side(e.new) }),
        el('td', { text: fields })));
    }
    $('diff-table').tBodies[0].replaceChildren(...rows);
  }

  async function compare(event) {
    if (event) event.preventDefault();
    notify(null);
    const from = $('diff-from').value;
    const to = $('diff-to').value;
    if (!from || !to) {
      notify(new Error('Pick an old and a new version.'));
      return;
    }
    const d = await api('GET', '/api/diff?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to));
    render(d);
  }

  /** The week's compositions (oldest first) with the completeness of the latest, each one click from a diff. */
  async function loadWeek(event) {
    event.preventDefault();
    notify(null);
    const week = $('week-input').value.trim().toUpperCase();
    const w = await api('GET', '/api/weeks/' + encodeURIComponent(week));
    const comps = w.compositions || [];
    const info = $('week-info');
    info.hidden = false;
    const list = el('ol', { id: 'week-compositions' });
    comps.forEach((c, i) => {
      const item = el('li', { 'data-id': c.id, text: [c.id, c.kind, fmt(c.tour_lines) + ' tour lines',
        completenessText(c.completeness)].filter(Boolean).join(' · ') + ' ' });
      const prev = i > 0 ? comps[i - 1].id : c.parent_id;
      if (prev) {
        const b = el('button', { type: 'button', text: 'diff with ' + prev });
        b.addEventListener('click', () => {
          $('diff-from').value = prev;
          $('diff-to').value = c.id;
          compare().catch(notify);
        });
        item.append(b);
      }
      list.append(item);
    });
    info.replaceChildren(el('p', { id: 'week-completeness', 'data-completeness': completenessState(w.completeness),
      text: 'Week ' + (w.week || week) + ': ' + completenessText(w.completeness) }),
    comps.length ? list : el('p', { text: 'No compositions of this week (compose adds them).' }));
  }

  function label(v) {
    return [v.id, v.week, v.kind, fmt(v.tour_lines) + ' tour lines', v.completeness].filter(Boolean).join(' · ');
  }

  Cockpit.tabs.diff = {
    show: async () => {},
    forecastsChanged(versions) {
      for (const [id, pick] of [['diff-from', versions.length - 2], ['diff-to', versions.length - 1]]) {
        const select = $(id);
        const keep = select.value;
        select.replaceChildren(...versions.map((v) => el('option', { value: v.id, text: label(v) })));
        select.value = keep || (versions[pick] ? versions[pick].id : '');
      }
    }
  };

  document.addEventListener('DOMContentLoaded', () => {
    $('diff-form').addEventListener('submit', (e) => compare(e).catch(notify));
    $('week-form').addEventListener('submit', (e) => loadWeek(e).catch(notify));
    for (const b of document.querySelectorAll('#diff-result input[data-kind]')) b.addEventListener('change', renderRows);
    $('diff-filter').addEventListener('input', renderRows);
  });
})();
