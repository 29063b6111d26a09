/*
  teikit collection search: shows the search form (hidden while JavaScript is off), loads the index
  that search-index.js set on window.teikitSearch into MiniSearch (assets/minisearch.js), and lists
  the pages that match, each linking to its place in the document. No request is made.
*/
(function () {
  'use strict';
  var data = window.teikitSearch;
  var form = document.getElementById('search-form');
  var off = document.getElementById('search-off');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!data || !window.MiniSearch || !form) return;
  var index = window.MiniSearch.loadJS(data.index, data.options);
  form.hidden = false;
  if (off) off.hidden = true;
  var input = document.getElementById('search-q');
  function show(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var q = query.trim();
    if (!q) { status.textContent = ''; return; }
    var hits = index.search(q, { prefix: true, fuzzy: 0.2, combineWith: 'AND' });
    status.textContent = hits.length === 0 ? 'No page matches “' + q + '”.' : hits.length + (hits.length === 1 ? ' page matches' : ' pages match') + ' “' + q + '”.';
    hits.slice(0, 100).forEach(function (hit) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = hit.href;
      a.textContent = hit.title + (hit.page ? ', page ' + hit.page : '');
      li.appendChild(a);
      list.appendChild(li);
    });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
  });
  var params = new URLSearchParams(window.location.search);
  if (params.get('q')) { input.value = params.get('q'); show(input.value); }
})();
