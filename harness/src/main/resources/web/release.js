'use strict';
// Release: the checklist, Approve and Lock with a reason dialog (disabled with the blocking code when a gate
// fails), publishing on/off, the sick-call repair request with churn and top-3 candidates, the evidence pack.

(() => {
  let release = null;

  function planPath(suffix) {
    return '/api/plans/' + encodeURIComponent(Cockpit.planId) + suffix;
  }

  /** Enables a button, or disables it and shows why (the blocking code first). */
  function gate(button, blockedId, code, detail) {
    const blocked = $(blockedId);
    $(button).disabled = Boolean(code);
    blocked.hidden = !code;
    blocked.dataset.code = code || '';
    blocked.textContent = code ? code + (detail ? ': ' + detail : '') : '';
  }

  function detailOf(code) {
    const item = (release.checklist || []).find((c) => c.code === code && !c.ok);
    return item ? item.detail || item.item : '';
  }

  function render(r) {
    release = r;
    $('checklist').tBodies[0].replaceChildren(...(r.checklist || []).map((c) => el('tr', {
      'data-item': c.item, 'data-ok': String(Boolean(c.ok)) },
    el('td', { text: c.item }),
    el('td', { class: c.ok ? 'ok' : 'bad', text: c.ok ? '✔ ok' : '✘ not ok' }),
    el('td', { text: c.code || '' }),
    el('td', { text: c.detail || '' }))));
    const approveCode = !can('approve') ? 'ROLE_FORBIDDEN'
      : r.can_approve === false ? r.approve_blocking_code || 'BLOCKED' : '';
    gate('approve-button', 'approve-blocked', approveCode,
      approveCode === 'ROLE_FORBIDDEN' ? 'a ' + Cockpit.role + ' may not approve' : detailOf(approveCode));
    const lockCode = !can('lock') ? 'ROLE_FORBIDDEN'
      : r.can_lock === false ? r.blocking_code || 'BLOCKED'
        : publishingOff(Cockpit.status) ? 'FREEZE_ACTIVE' : '';
    gate('lock-button', 'lock-blocked', lockCode,
      lockCode === 'ROLE_FORBIDDEN' ? 'only a lead may lock, you are ' + Cockpit.role : detailOf(lockCode));
    if (lockCode === 'PARTIAL_FORECAST') {
      // The one gate a lead may pass: with a partial-release override reason, which the lock dialog asks for.
      $('lock-button').disabled = false;
      $('lock-blocked').textContent += ' (Lock asks for a partial-release override reason)';
    }
  }

  function renderPublishing() {
    const off = publishingOff(Cockpit.status);
    const state = $('publishing-state');
    state.dataset.publishing = off ? 'off' : 'on';
    state.textContent = off ? 'Publishing is OFF.' : 'Publishing is on.';
    const toggle = $('publishing-toggle');
    toggle.textContent = off ? 'Switch publishing on' : 'Switch publishing off';
    toggle.disabled = !can('publishing');
    toggle.title = can('publishing') ? '' : 'only a lead switches publishing';
    $('repair-button').disabled = !can('repair');
    $('repair-button').title = can('repair') ? '' : 'a ' + Cockpit.role + ' may not request a repair';
  }

  async function load() {
    renderPublishing();
    const id = Cockpit.planId;
    const repaired = $('repair-result');
    if (repaired.dataset.baseline !== id) repaired.hidden = true;   // a repair result belongs to its baseline plan
    $('release-plan').textContent = id;
    const link = $('evidence-link');
    link.href = id ? planPath('/evidence') : '#';
    link.setAttribute('download', id ? 'evidence-' + id + '.zip' : '');
    if (!id) {
      render({ checklist: [], can_approve: false, can_lock: false, blocking_code: 'NO_PLAN' });
      return;
    }
    const [r, plan] = await Promise.all([api('GET', planPath('/release')), api('GET', planPath(''))]);
    if (id !== Cockpit.planId) return;   // another plan was picked while this one loaded
    const state = $('plan-state');
    state.dataset.status = plan.status;
    state.dataset.approved = String(Boolean(plan.approved));
    state.textContent = 'Plan ' + plan.plan_id + ' is ' + plan.status + (plan.approved ? ', approved' : ', not approved')
      + ', audit ' + plan.audit + '.';
    $('trail').tBodies[0].replaceChildren(...(plan.trail || []).map((t) => el('tr', {
      'data-actor': t.actor, 'data-action': t.action },
    el('td', { class: 'num', text: String(t.sequence) }), el('td', { text: t.at }), el('td', { text: t.actor }),
    el('td', { text: t.action }), el('td', { text: t.reason || '' }))));
    render(r);
  }

  async function write(what, path, body) {
    notify(null);
    try {
      await api('POST', path, body);
      notify(what + ' done.', true);
    } catch (e) {
      notify(e);
    }
    await refreshAll();
    await load();
  }

  async function approve() {
    const answer = await askReason('Approve ' + Cockpit.planId + ': reason');
    if (answer) await write('Approve', planPath('/approve'), { reason: answer.reason });
  }

  async function lock() {
    const partial = (release && release.checklist || []).some((c) => c.code === 'PARTIAL_FORECAST' && !c.ok);
    const answer = await askReason('Lock ' + Cockpit.planId + ': reason', partial);
    if (!answer) return;
    const body = { reason: answer.reason };
    if (answer.override) body.partial_override_reason = answer.override;
    await write('Lock', planPath('/lock'), body);
  }

  async function togglePublishing() {
    const on = publishingOff(Cockpit.status);
    const answer = await askReason('Switch publishing ' + (on ? 'on' : 'off') + ': reason');
    if (answer) await write('Publishing ' + (on ? 'on' : 'off'), '/api/publishing', { on, reason: answer.reason });
  }

  function list(value) {
    return value.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
  }

  function renderRepair(r) {
    const box = $('repair-result');
    box.hidden = false;
    box.dataset.baseline = r.baseline_plan_id || '';
    const churn = r.churn || {};
    const moves = r.moves || [];
    const table = el('table', { id: 'repair-moves' }, el('caption', { text: 'Moved tours with the top-3 candidates' }),
      el('thead', {}, el('tr', {}, ...['instance', 'day', 'from', 'to', 'candidates (rank driver +churn)']
        .map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...moves.map((m) => el('tr', { 'data-instance': m.instance },
        el('td', { text: m.instance }), el('td', { text: m.day }), el('td', { text: m.from }), el('td', { text: m.to }),
        el('td', { text: (m.candidates || []).slice(0, 3).map((c) => '#' + c.rank + ' ' + c.driver
          + (c.new_driver ? ' (new)' : '') + ' +' + c.added_churn).join(' · ') })))));
    box.replaceChildren(
      el('p', { id: 'repair-churn', 'data-percent': churn.percent, text: 'New plan ' + (r.plan_id || '') + ': churn '
        + (churn.changed_assignments ?? '?') + ' of ' + (churn.total_assignments ?? '?') + ' assignments ('
        + (churn.percent ?? '?') + ' %), ' + (churn.affected_drivers || []).length + ' drivers affected, '
        + (r.fully_covered === false ? 'NOT fully covered' : 'fully covered') }),
      table);
    if (r.plan_id) {
      const open = el('button', { type: 'button', id: 'repair-open', text: 'Show ' + r.plan_id });
      open.addEventListener('click', () => selectPlan(r.plan_id));
      box.append(open);
    }
  }

  async function repair(event) {
    event.preventDefault();
    notify(null);
    try {
      const body = { absent: list($('repair-absent').value), days: list($('repair-days').value) };
      if ($('repair-now').value) body.now = $('repair-now').value;   // the clock the freeze rule reads; else the server's
      const job = await api('POST', planPath('/repair'), body);
      const result = await runJob(job.job_id, 'Repairing ' + Cockpit.planId);
      renderRepair(result);
      await refreshPlans();
    } catch (e) {
      notify(e);
    }
  }

  Cockpit.tabs.release = { show: load, statusChanged: renderPublishing };

  document.addEventListener('DOMContentLoaded', () => {
    $('approve-button').addEventListener('click', () => approve().catch(notify));
    $('lock-button').addEventListener('click', () => lock().catch(notify));
    $('publishing-toggle').addEventListener('click', () => togglePublishing().catch(notify));
    $('repair-form').addEventListener('submit', repair);
  });
})();
