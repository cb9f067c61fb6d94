(function () {
  'use strict';
  // Sorting, filtering and the per-driver detail; the page shows everything without this script.
  var table = document.getElementById('roster-table');
  var filter = document.getElementById('filter');
  var shown = document.getElementById('shown');
  var drivers = Array.prototype.slice.call(table.tBodies);
  function byDriver(a, b) {
    return a.dataset.driver.localeCompare(b.dataset.driver, 'en', {numeric: true});
  }
  // Every order ends on the driver id, so equal hours or types always list in the same order.
  var orders = {
    driver: byDriver,
    hours: function (a, b) { return (Number(a.dataset.minutes) - Number(b.dataset.minutes)) || byDriver(a, b); },
    type: function (a, b) { return a.dataset.type.localeCompare(b.dataset.type) || byDriver(a, b); }
  };
  var current = {key: 'driver', dir: 1};
  function sortBy(key) {
    var dir = current.key === key ? -current.dir : 1;
    current = {key: key, dir: dir};
    drivers.sort(function (a, b) { return dir * orders[key](a, b); });
    drivers.forEach(function (body) { table.appendChild(body); });
    table.querySelectorAll('th[data-sort]').forEach(function (th) {
      th.setAttribute('aria-sort', th.dataset.sort !== key ? 'none' : dir > 0 ? 'ascending' : 'descending');
    });
  }
  // Every word must occur in the driver's id, type, block cells or tour ids (case-insensitive).
  function applyFilter() {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    drivers.forEach(function (body) {
      var hit = words.every(function (w) { return body.dataset.search.indexOf(w) >= 0; });
      body.hidden = !hit;
      if (hit) { count++; }
    });
    shown.textContent = count + ' of ' + drivers.length + ' drivers';
  }
  table.querySelectorAll('th[data-sort] button').forEach(function (button) {
    button.addEventListener('click', function () { sortBy(button.parentElement.dataset.sort); });
  });
  table.addEventListener('click', function (event) {
    var toggle = event.target.closest('button.toggle');
    if (!toggle) { return; }
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    document.getElementById(toggle.getAttribute('aria-controls')).hidden = !open;
  });
  filter.addEventListener('input', applyFilter);
  applyFilter();
}());
