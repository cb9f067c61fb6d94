'use strict';
// Plan preview: KPIs, driver and part-time bounds with their gaps, the audit verdict per check as badges,
// near-violations, an hours histogram and the block mix as small SVG charts, and the roster matrix (sortable,
// filterable, coloured by block type with a legend). Each load records performance marks
// 'preview-api-asked', 'preview-api-answered' and 'preview-rendered' and the measures 'preview-api' (the request,
// as the browser sees it) and 'preview-render' (from the answer to the painted page).

(() => {
  const DAYS = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];
  const BLOCKS = [['1er', 'one tour'], ['2er-reg', 'two tours, regular gap'], ['2er-split', 'two tours, split break'],
    ['3er', 'three tours']];
  const SVG = 'http://www.w3.org/2000/svg';
  let rows = [];
  let sort = { key: 'driver', dir: 1 };
  window.CockpitTimings = window.CockpitTimings || [];

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** A roster row of the API (days: 7 entries Mo..So, null for a day off) with the text the filter searches. */
  function normalise(r) {
    const days = DAYS.map((d, i) => r.days[i] || null);
    const text = [r.driver, r.type, ...days.flatMap((c) => c ? [c.block_type, c.start, c.end] : [])].join(' ').toLowerCase();
    return { driver: r.driver, type: r.type, minutes: r.minutes, days, text };
  }

  function renderKpis(k) {
    const dl = $('kpis');
    dl.replaceChildren();
    const names = { drivers: 'drivers', fte_drivers: 'full-time', pt_drivers: 'part-time', tours: 'tours', blocks: 'blocks',
      avg_hours: 'avg hours', min_hours: 'min hours', max_hours: 'max hours' };
    for (const [key, label] of Object.entries(names)) {
      if (k[key] === undefined) continue;
      dl.append(el('div', {}, el('dt', { text: label }), el('dd', { 'data-kpi': key, text: fmt(k[key]) })));
    }
    const b = $('bounds');
    b.replaceChildren(
      el('span', { id: 'bound-drivers', 'data-drivers': k.drivers, 'data-bound': k.lower_bound, 'data-gap': k.gap,
        text: 'Drivers ' + k.drivers + ', certified lower bound ' + k.lower_bound + ', gap ' + k.gap }),
      ' · ',
      el('span', { id: 'bound-pt', 'data-pt': k.pt_drivers, 'data-bound': k.pt_lower_bound, 'data-gap': k.pt_gap,
        text: 'Part-time ' + k.pt_drivers + ', bound ' + k.pt_lower_bound + ', gap ' + k.pt_gap }));
  }

  function renderBadges(plan) {
    const box = $('audit-badges');
    const checks = plan.preview.checks;
    box.replaceChildren(...(checks.length ? checks.map((c) => el('span', {
      class: 'badge ' + String(c.verdict).toLowerCase(), 'data-check': c.name, 'data-verdict': c.verdict,
      title: c.detail || c.verdict, text: c.name + ' ' + c.verdict })) : [el('span', { class: 'badge none',
      'data-verdict': 'NONE', text: 'Not audited yet' })]));
    $('audit-button').disabled = !can('audit') || plan.status !== 'DRAFT';
  }

  /** Near-violations of the last audit; null before any audit. */
  function renderNear(list) {
    $('near-count').textContent = list === null ? 'not audited yet' : String(list.length);
    $('near-list').replaceChildren(...(list || []).map((n) => el('li', { 'data-check': n.check,
      text: n.check + ': ' + n.message })));
  }

  /** Drivers per 2-hour band of weekly hours, from the roster (finer than the API's 10-hour buckets). */
  function histogram() {
    if (!rows.length) return [];
    const hrs = rows.map((r) => r.minutes / 60);
    const lo = Math.floor(Math.min(...hrs) / 2) * 2;
    const hi = Math.floor(Math.max(...hrs) / 2) * 2;
    const out = [];
    for (let h = lo; h <= hi; h += 2) out.push({ label: h + '–' + (h + 2) + ' h', count: hrs.filter((x) => x >= h && x < h + 2).length });
    return out;
  }

  function barChart(target, bars, label, horizontal) {
    const max = Math.max(1, ...bars.map((b) => b.count));
    const w = 320, rowH = 22, h = horizontal ? bars.length * rowH + 4 : 150;
    const chart = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img', 'aria-label': label });
    bars.forEach((b, i) => {
      const g = svg('g', { 'data-label': b.label, 'data-count': b.count });
      if (horizontal) {
        const len = Math.round((w - 130) * b.count / max);
        g.append(svg('text', { x: 0, y: i * rowH + 15, class: 'axis' }, b.label),
          svg('rect', { x: 75, y: i * rowH + 3, width: Math.max(len, 1), height: rowH - 6, class: 'bar ' + (b.cls || '') }),
          svg('text', { x: 80 + len, y: i * rowH + 15, class: 'val' }, String(b.count)));
      } else {
        const bw = Math.floor((w - 10) / bars.length);
        const len = Math.round((h - 40) * b.count / max);
        g.append(svg('rect', { x: 5 + i * bw + 2, y: h - 22 - len, width: bw - 4, height: Math.max(len, 1), class: 'bar' }),
          svg('text', { x: 5 + i * bw + bw / 2, y: h - 26 - len, class: 'val', 'text-anchor': 'middle' }, String(b.count)),
          svg('text', { x: 5 + i * bw + bw / 2, y: h - 6, class: 'axis', 'text-anchor': 'middle' }, b.label));
      }
      chart.append(g);
    });
    target.replaceChildren(chart);
  }

  function renderLegend() {
    $('legend').replaceChildren(el('ul', {}, ...BLOCKS.map(([t, what]) => el('li', { 'data-block': t },
      el('span', { class: 'swatch b-' + t, text: t }), ' ' + what))));
  }

  function renderHead() {
    const head = el('tr', {});
    const sortable = (key, label) => el('th', { scope: 'col', 'data-sort': key,
      'aria-sort': sort.key === key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none' },
    el('button', { type: 'button', text: label }));
    head.append(sortable('driver', 'Driver'), sortable('type', 'Type'), sortable('hours', 'Hours'),
      ...DAYS.map((d) => sortable(d, d)));
    $('roster-table').tHead.replaceChildren(head);
    for (const th of head.querySelectorAll('th[data-sort]')) {
      th.querySelector('button').addEventListener('click', () => {
        sort = { key: th.dataset.sort, dir: sort.key === th.dataset.sort ? -sort.dir : 1 };
        renderHead();
        renderRows();
      });
    }
  }

  function compare(a, b) {
    let c = 0;
    if (sort.key === 'type') c = a.type.localeCompare(b.type);
    else if (sort.key === 'hours') c = a.minutes - b.minutes;
    else if (sort.key !== 'driver') {
      const i = DAYS.indexOf(sort.key);
      const sa = a.days[i] ? a.days[i].start : null;
      const sb = b.days[i] ? b.days[i].start : null;
      c = sa === sb ? 0 : sa === null ? 1 : sb === null ? -1 : sa < sb ? -1 : 1;   // days off sort last

    }
    return (c || a.driver.localeCompare(b.driver)) * sort.dir;
  }

  function renderRows() {
    const words = $('roster-filter').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const shown = rows.filter((r) => words.every((w) => r.text.includes(w))).sort(compare);
    const body = document.createDocumentFragment();
    for (const r of shown) {
      const tr = el('tr', { 'data-driver': r.driver, 'data-type': r.type, class: r.type },
        el('th', { scope: 'row', text: r.driver }), el('td', { text: r.type }),
        el('td', { class: 'num', 'data-minutes': r.minutes, text: hours(r.minutes) }));
      for (const c of r.days) {
        tr.append(c ? el('td', { class: 'cell b-' + c.block_type, 'data-block': c.block_type,
          title: c.block_type + ' ' + c.start + '-' + c.end + (c.minutes ? ', ' + hours(c.minutes) + ' h' : ''),
          text: c.block_type + ' ' + c.start + '-' + c.end }) : el('td', { class: 'off' }));
      }
      body.append(tr);
    }
    $('roster-table').tBodies[0].replaceChildren(body);
    const count = $('roster-shown');
    count.dataset.shown = String(shown.length);
    count.textContent = shown.length + ' of ' + rows.length + ' drivers';
  }

  function render(plan) {
    $('preview-empty').hidden = true;
    $('preview').hidden = false;
    $('preview-plan').textContent = plan.plan_id + ' · ' + plan.week + ' · ' + plan.status;
    const k = plan.kpis;
    const p = plan.preview;
    rows = p.roster.map(normalise);
    renderKpis(k);
    renderBadges(plan);
    renderNear(plan.audit === 'NONE' ? null : p.near_violations);
    barChart($('hours-chart'), histogram(), 'Drivers per band of weekly hours', false);
    const mix = p.block_mix;
    barChart($('mix-chart'), BLOCKS.map(([t]) => ({ label: t, count: mix[t] || 0, cls: 'b-' + t })), 'Blocks per type', true);
    renderLegend();
    renderHead();
    renderRows();
  }

  /** Loads the plan and renders it, recording how long rendering took after the API answered. */
  async function load() {
    const id = Cockpit.planId;
    if (!id) {
      $('preview-empty').hidden = false;
      $('preview').hidden = true;
      return;
    }
    const asked = performance.mark('preview-api-asked');
    const plan = await api('GET', '/api/plans/' + encodeURIComponent(id));
    if (id !== Cockpit.planId) return;   // another plan was picked while this one loaded
    const answered = performance.mark('preview-api-answered');
    performance.measure('preview-api', 'preview-api-asked', 'preview-api-answered');
    render(plan);
    // Rendered means laid out and painted: wait for the frame after the DOM change.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const rendered = performance.mark('preview-rendered');
    const ms = rendered.startTime - answered.startTime;
    performance.measure('preview-render', 'preview-api-answered', 'preview-rendered');
    window.CockpitTimings.push(ms);
    const t = $('preview-timing');
    t.dataset.ms = ms.toFixed(1);
    t.dataset.apiMs = (answered.startTime - asked.startTime).toFixed(1);
    t.dataset.loads = String(window.CockpitTimings.length);
    t.textContent = 'API ' + t.dataset.apiMs + ' ms, rendered in ' + ms.toFixed(0) + ' ms';
  }

  async function audit() {
    notify(null);
    const id = Cockpit.planId;
    $('audit-button').disabled = true;
    try {
      const job = await api('POST', '/api/plans/' + encodeURIComponent(id) + '/audit');
      await runJob(job.job_id, 'Auditing ' + id + ' (with re-solve)');
      await refreshPlans();
      await load();
    } catch (e) {
      notify(e);
      $('audit-button').disabled = false;
    }
  }

  Cockpit.tabs.preview = { show: load };

  document.addEventListener('DOMContentLoaded', () => {
    $('roster-filter').addEventListener('input', renderRows);
    $('preview-reload').addEventListener('click', () => load().catch(notify));
    $('audit-button').addEventListener('click', audit);
  });
})();
