// The explorer's page script, served from /assets/explorer.js (same origin; the CSP allows no inline
// script). It reads the JSON API and builds every piece of data into the page with textContent and
// createElement — never innerHTML — so scraped text can only ever be text. Plain ES2017, no framework.

/** Source of /assets/explorer.js. */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var view = document.body.getAttribute('data-view');
  var labelsNode = document.getElementById('explorer-labels');
  var labels = labelsNode ? JSON.parse(labelsNode.textContent || '{}') : {};
  var number = new Intl.NumberFormat('ko-KR');
  // Timestamps are ISO 8601 with an offset; people read them as KST dates and times.
  var kst = new Intl.DateTimeFormat('ko-KR', { timeZone: 'Asia/Seoul', dateStyle: 'medium', timeStyle: 'short' });
  function kstTime(value) {
    var date = value ? new Date(value) : null;
    return date && !isNaN(date.getTime()) ? kst.format(date) : value;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function link(href, text, external) {
    var a = el('a', null, text);
    // Only http(s) and same-site paths: a scraped 'javascript:' URL never becomes a link.
    if (/^https?:\/\//i.test(href) || /^\/(?!\/)/.test(href)) a.setAttribute('href', href);
    if (external) a.setAttribute('rel', 'noopener noreferrer');
    return a;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function nameOf(table, id) { return (labels[table] && labels[table][id]) || id; }
  function api(path, init) {
    return fetch(path, init).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
    });
  }
  function errorText(body) {
    var e = body && body.error;
    if (!e) return '요청을 처리하지 못했습니다.';
    return (e.field ? '[' + e.field + '] ' : '') + e.message;
  }
  function showError(node, body) {
    clear(node);
    node.appendChild(el('p', 'error', errorText(body)));
  }
  function careerText(career) {
    if (!career) return '경력 정보 없음';
    return career.label || (career.newcomer ? '신입' : '경력 ' + career.minYears + '년 이상');
  }
  function placeText(p) {
    if (!p.address) return '위치 미상';
    return [p.address.sido, p.address.sigungu].filter(Boolean).join(' ');
  }
  function deadlineText(d) {
    if (!d) return '마감 정보 없음';
    if (d.kind === 'always') return '상시 채용';
    if (d.kind === 'until-filled') return '채용 시 마감';
    return d.date ? '마감 ' + d.date : '마감일 미상';
  }
  function chips(ids, table) {
    var list = el('ul', 'chips');
    ids.forEach(function (id) { list.appendChild(el('li', null, nameOf(table, id))); });
    return list;
  }
  function postingItem(p, extra) {
    var li = el('li');
    var title = el('div', 'title');
    if (extra && extra.score !== undefined) title.appendChild(el('span', 'score', Math.round(extra.score * 100) + '점'));
    title.appendChild(link('/postings/' + encodeURIComponent(p.id), p.title));
    li.appendChild(title);
    var meta = [p.company + (p.branch ? ' (' + p.branch + ')' : ''), placeText(p), careerText(p.career), deadlineText(p.deadline), nameOf('sources', p.source)];
    if (p.expired) meta.push('마감됨');
    li.appendChild(el('div', 'meta', meta.join(' · ')));
    if (p.stacks.length) li.appendChild(chips(p.stacks, 'stacks'));
    return li;
  }
  function formParams(form) {
    var params = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled) return;
      var value = String(field.value || '').trim();
      if (value) params.set(field.name, value);
    });
    return params;
  }
  function fillForm(form, params) {
    params.forEach(function (value, key) {
      var field = form.elements.namedItem(key);
      if (field && 'value' in field) field.value = value;
    });
  }

  function searchView() {
    var form = document.getElementById('search-form');
    var results = document.getElementById('results');
    var count = document.getElementById('result-count');
    var prev = document.getElementById('prev-page');
    var next = document.getElementById('next-page');
    var pageInfo = document.getElementById('page-info');
    var page = 1;
    var initial = new URLSearchParams(location.search);
    fillForm(form, initial);
    page = Math.max(1, parseInt(initial.get('page') || '1', 10) || 1);
    var seq = 0;
    function run() {
      var params = formParams(form);
      if (page > 1) params.set('page', String(page));
      history.replaceState(null, '', params.toString() ? '/?' + params : '/');
      var mine = ++seq;
      document.body.setAttribute('data-state', 'loading');
      api('/api/postings?' + params).then(function (answer) {
        if (mine !== seq) return;
        clear(results);
        if (!answer.ok) {
          count.textContent = '';
          showError(results, answer.body);
        } else {
          var size = parseInt(params.get('size') || '20', 10);
          var total = answer.body.total;
          var pages = Math.max(1, Math.ceil(total / size));
          count.textContent = '공고 ' + number.format(total) + '건';
          answer.body.items.forEach(function (p) { results.appendChild(postingItem(p)); });
          if (total === 0) results.appendChild(el('li', 'muted', '조건에 맞는 공고가 없습니다.'));
          pageInfo.textContent = page + ' / ' + pages + '쪽';
          prev.disabled = page <= 1;
          next.disabled = page >= pages;
        }
        document.body.setAttribute('data-state', 'ready');
      }, function () {
        document.body.setAttribute('data-state', 'ready');
        showError(results, null);
      });
    }
    form.addEventListener('submit', function (event) { event.preventDefault(); page = 1; run(); });
    form.addEventListener('change', function () { page = 1; run(); });
    prev.addEventListener('click', function () { page = Math.max(1, page - 1); run(); });
    next.addEventListener('click', function () { page += 1; run(); });
    run();
  }

  function field(list, term, value) {
    if (value === null || value === undefined || value === '') return;
    list.appendChild(el('dt', null, term));
    var dd = el('dd');
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    list.appendChild(dd);
  }
  function postingView() {
    var root = document.getElementById('posting');
    var id = root.getAttribute('data-id');
    api('/api/postings/' + encodeURIComponent(id)).then(function (answer) {
      clear(root);
      if (!answer.ok) { showError(root, answer.body); document.body.setAttribute('data-state', 'ready'); return; }
      var p = answer.body.posting;
      document.title = p.title + ' — ohmystack 탐색기';
      root.appendChild(el('h1', null, p.title));
      var fields = el('dl', 'fields');
      field(fields, '회사', p.company);
      field(fields, '지점', p.branch);
      field(fields, '직군', p.positions.length ? p.positions.map(function (f) { return nameOf('families', f); }).join(', ') : '미분류');
      field(fields, '기술 스택', p.stacks.length ? chips(p.stacks, 'stacks') : '없음');
      field(fields, '경력', careerText(p.career));
      field(fields, '고용 형태', p.employment && p.employment.label);
      if (p.salary) {
        var pay = p.salary.min || p.salary.max ? [p.salary.min, p.salary.max].map(function (v) { return v ? number.format(v) + '원' : ''; }).join(' ~ ') : '';
        field(fields, '급여', (pay + (p.salary.negotiable ? ' (협의 가능)' : '')).trim() || '회사 내규');
      }
      field(fields, '학력', p.education && p.education.label);
      field(fields, '지역', placeText(p));
      field(fields, '주소', p.address && p.address.query);
      field(fields, '마감', deadlineText(p.deadline) + (p.expired ? ' (마감됨)' : ''));
      field(fields, '병역특례', p.military && (p.military.researcher || p.military.industrial) ? [p.military.researcher ? '전문연구요원' : '', p.military.industrial ? '산업기능요원' : ''].filter(Boolean).join(', ') : null);
      field(fields, '게시일', kstTime(p.postedAt));
      field(fields, '수집일', kstTime(p.fetchedAt));
      field(fields, '출처', link(p.url, nameOf('sources', p.source) + '에서 보기', true));
      field(fields, '공고 ID', p.id);
      root.appendChild(fields);
      root.appendChild(el('h2', null, '다른 사이트의 같은 공고'));
      var copies = el('ul', 'results copies');
      answer.body.copies.forEach(function (c) {
        var li = el('li');
        li.appendChild(link('/postings/' + encodeURIComponent(c.id), nameOf('sources', c.source) + ': ' + c.title));
        copies.appendChild(li);
      });
      if (!answer.body.copies.length) copies.appendChild(el('li', 'muted', '다른 사이트에서 찾은 같은 공고가 없습니다.'));
      root.appendChild(copies);
      root.appendChild(el('h2', null, p.company + '의 지점별 공고'));
      var branches = el('ul', 'branches');
      answer.body.branches.forEach(function (b) {
        var li = el('li', null, (b.branch || '지점 구분 없음') + ': ' + number.format(b.postings) + '건');
        if (b.branch === p.branch) li.className = 'current-branch';
        branches.appendChild(li);
      });
      root.appendChild(branches);
      document.body.setAttribute('data-state', 'ready');
    });
  }

  var charts = [];
  function trendsView() {
    var form = document.getElementById('trends-form');
    var table = document.getElementById('trend-table');
    var note = document.getElementById('trend-note');
    fillForm(form, new URLSearchParams(location.search));
    if (window.Chart) {
      Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
      Chart.defaults.animation = false;
    }
    function draw(canvasId, config) {
      var canvas = document.getElementById(canvasId);
      var old = window.Chart && Chart.getChart(canvas);
      if (old) old.destroy();
      canvas.parentNode.hidden = !config;
      if (config && window.Chart) charts.push(new Chart(canvas, config));
    }
    function run() {
      var params = formParams(form);
      history.replaceState(null, '', '/trends?' + params);
      document.body.setAttribute('data-state', 'loading');
      api('/api/trends?' + params).then(function (answer) {
        clear(table);
        if (!answer.ok) { note.textContent = errorText(answer.body); document.body.setAttribute('data-state', 'ready'); return; }
        var t = answer.body;
        var unit = t.granularity === 'week' ? '주별' : '일별';
        note.textContent = t.from ? t.from + ' ~ ' + t.to + ' · ' + unit + ' · 여러 사이트의 같은 공고는 한 번만 셉니다.' : '이 기간에는 데이터가 없습니다.';
        draw('trend-series', t.periods.length > 1 ? {
          type: 'line',
          data: { labels: t.periods, datasets: t.series.map(function (s) { return { label: s.name, data: s.perPeriod, tension: 0.2 }; }) },
          options: { responsive: true, maintainAspectRatio: false, plugins: { title: { display: true, text: unit + ' 공고 수 (상위 ' + t.series.length + '개)' } } }
        } : null);
        draw('trend-totals', t.totals.length ? {
          type: 'bar',
          data: { labels: t.totals.map(function (s) { return s.name; }), datasets: [{ label: '공고 수', data: t.totals.map(function (s) { return s.jobs; }), backgroundColor: '#1f6feb' }] },
          options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false }, title: { display: true, text: '기간 전체 공고 수' } } }
        } : null);
        var head = el('tr');
        head.appendChild(el('th', null, '항목'));
        head.appendChild(el('th', null, '공고 수'));
        table.appendChild(head);
        t.totals.forEach(function (s) {
          var row = el('tr');
          row.appendChild(el('td', null, s.name));
          row.appendChild(el('td', null, number.format(s.jobs)));
          table.appendChild(row);
        });
        document.body.setAttribute('data-state', 'ready');
      });
    }
    form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
    form.addEventListener('change', run);
    run();
  }

  function mapView() {
    var list = document.getElementById('map-areas');
    var note = document.getElementById('map-note');
    api('/api/map').then(function (answer) {
      clear(list);
      if (!answer.ok) { showError(list, answer.body); document.body.setAttribute('data-state', 'ready'); return; }
      var m = answer.body;
      note.textContent = '시군구를 알 수 없는 공고 ' + number.format(m.sidoOnly) + '건, 위치를 알 수 없는 공고 ' + number.format(m.unplaced) + '건은 지도에 칠하지 않았습니다.';
      var head = el('tr');
      ['지역', '공고 수'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      list.appendChild(head);
      m.areas.sido.forEach(function (a) {
        var row = el('tr');
        var cell = el('td');
        cell.appendChild(link('/?region=' + encodeURIComponent(a.name), a.name));
        row.appendChild(cell);
        row.appendChild(el('td', null, number.format(a.jobs)));
        list.appendChild(row);
      });
      document.body.setAttribute('data-state', 'ready');
    });
  }

  function forMeView() {
    var form = document.getElementById('profile-form');
    var results = document.getElementById('recommendations');
    var status = document.getElementById('recommend-status');
    function value(name) { var f = form.elements.namedItem(name); return f ? String(f.value || '').trim() : ''; }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (f) { f.removeAttribute('aria-invalid'); });
      var profile = {};
      if (value('stacks')) profile.stacks = value('stacks');
      if (value('intro')) profile.intro = value('intro');
      if (form.elements.namedItem('newcomer').checked) profile.newcomer = true;
      else if (value('years')) profile.years = Number(value('years'));
      if (value('home')) profile.home = value('home');
      var commute = {};
      if (value('mode')) commute.mode = value('mode');
      if (value('maxMinutes')) commute.maxMinutes = Number(value('maxMinutes'));
      if (commute.mode || commute.maxMinutes !== undefined) profile.commute = commute;
      if (value('family')) profile.families = [value('family')];
      status.textContent = '추천을 계산하는 중…';
      document.body.setAttribute('data-state', 'loading');
      api('/api/recommend?limit=20', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(profile) }).then(function (answer) {
        clear(results);
        document.body.setAttribute('data-state', 'ready');
        if (!answer.ok) {
          status.textContent = '';
          showError(results, answer.body);
          var name = answer.body && answer.body.error && answer.body.error.field;
          var input = name && form.elements.namedItem(name.split('.').pop());
          if (input && input.setAttribute) { input.setAttribute('aria-invalid', 'true'); input.focus(); }
          return;
        }
        status.textContent = '맞는 공고 ' + answer.body.length + '건 (점수 높은 순)';
        answer.body.forEach(function (r) {
          var li = postingItem(r.posting, { score: r.score });
          var reasons = el('ul', 'reasons');
          r.reasons.forEach(function (reason) { reasons.appendChild(el('li', null, reason)); });
          li.appendChild(reasons);
          results.appendChild(li);
        });
        if (!answer.body.length) results.appendChild(el('li', 'muted', '조건에 맞는 공고가 없습니다. 통근 시간 제한을 늘려 보세요.'));
      }, function () { document.body.setAttribute('data-state', 'ready'); showError(results, null); });
    });
    document.body.setAttribute('data-state', 'ready');
  }

  if (view === 'search') searchView();
  else if (view === 'posting') postingView();
  else if (view === 'trends') trendsView();
  else if (view === 'map') mapView();
  else if (view === 'for-me') forMeView();
  else document.body.setAttribute('data-state', 'ready');
})();
`;
