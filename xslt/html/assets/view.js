/*
  teikit edition: an optional enhancement of the view switch. The switch works with CSS alone
  (:has); this script mirrors the choice on <html data-view> for browsers without :has() and
  remembers it for the next page. Nothing depends on it.
*/
(function () {
  'use strict';
  var KEY = 'teikit-view';
  var radios = Array.prototype.slice.call(document.querySelectorAll('input[name="view"]'));
  function apply(value) {
    document.documentElement.setAttribute('data-view', value);
  }
  var saved = null;
  try { saved = window.localStorage.getItem(KEY); } catch (e) { saved = null; }
  radios.forEach(function (radio) {
    if (saved && radio.value === saved) radio.checked = true;
    radio.addEventListener('change', function () {
      if (!radio.checked) return;
      apply(radio.value);
      try { window.localStorage.setItem(KEY, radio.value); } catch (e) { /* private mode */ }
    });
  });
  var checked = radios.filter(function (r) { return r.checked; })[0];
  if (checked) apply(checked.value);
})();
