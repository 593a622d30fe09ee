// The page's own script: it reads the report data from the JSON block and draws one Chart.js chart per
// <canvas data-chart="…">. It is a fixed string: no report value is ever spliced into it, and the page's
// Content-Security-Policy allows exactly this text and Chart.js's by hash. Text drawn on a canvas
// (labels, tooltips) is pixels, not markup, so scraped names cannot inject anything there either.

/** The client script; it sets `data-charts="ready"` (or "failed") on <html> when done. */
export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var root = document.documentElement;
  function fail(message) {
    root.setAttribute('data-charts', 'failed');
    var box = document.getElementById('report-error');
    if (box) { box.hidden = false; box.textContent = message; }
  }
  if (typeof Chart === 'undefined') { fail('Chart.js가 로드되지 않았습니다.'); return; }
  var data;
  try {
    data = JSON.parse(document.getElementById('report-data').textContent);
  } catch (error) {
    fail('리포트 데이터를 읽을 수 없습니다: ' + error);
    return;
  }
  var PALETTE = [
    [54, 162, 235], [255, 99, 132], [75, 192, 192], [255, 159, 64], [153, 102, 255],
    [255, 205, 86], [46, 139, 87], [201, 79, 124], [99, 110, 250], [140, 86, 75],
    [23, 190, 207], [127, 127, 127]
  ];
  function color(index, alpha) {
    var c = PALETTE[index % PALETTE.length];
    return 'rgba(' + c[0] + ',' + c[1] + ',' + c[2] + ',' + alpha + ')';
  }
  function regionName(region) { return region === null ? '지역 미상' : region; }
  function placeName(place) {
    return place.sigungu === null ? regionName(place.sido) : place.sigungu;
  }
  function fullPlaceName(place) {
    return place.sigungu === null ? regionName(place.sido) : regionName(place.sido) + ' ' + place.sigungu;
  }
  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Apple SD Gothic Neo", "Noto Sans KR", sans-serif';

  var bubbleLabels = {
    id: 'bubbleLabels',
    afterDatasetsDraw: function (chart) {
      var places = chart.data.datasets[0].data;
      var elements = chart.getDatasetMeta(0).data;
      var ctx = chart.ctx;
      ctx.save();
      ctx.font = '11px ' + Chart.defaults.font.family;
      ctx.textAlign = 'center';
      ctx.fillStyle = '#1f2933';
      // Places come busiest first; a label that would overlap one already drawn is left to the tooltip.
      var drawn = [];
      for (var i = 0; i < elements.length; i++) {
        if (!places[i].labelled) continue;
        var text = placeName(places[i]);
        var width = ctx.measureText(text).width;
        var box = { left: elements[i].x - width / 2, right: elements[i].x + width / 2, bottom: elements[i].y - places[i].r - 4 };
        box.top = box.bottom - 12;
        var overlaps = drawn.some(function (other) {
          return box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
        });
        if (overlaps) continue;
        drawn.push(box);
        ctx.fillText(text, elements[i].x, box.bottom);
      }
      ctx.restore();
    }
  };

  var builders = {
    stackWeekly: function (chart) {
      return {
        type: 'line',
        data: {
          labels: chart.weeks,
          datasets: chart.series.map(function (s, i) {
            return { label: s.stack, data: s.counts, borderColor: color(i, 1), backgroundColor: color(i, 0.2), tension: 0 };
          })
        },
        options: {
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          scales: { y: { beginAtZero: true, title: { display: true, text: '공고 수' } }, x: { title: { display: true, text: '주 (월요일, KST)' } } }
        }
      };
    },
    stackRegion: function (chart) {
      return {
        type: 'bar',
        data: {
          labels: chart.regions.map(regionName),
          datasets: chart.series.map(function (s, i) {
            return { label: s.stack, data: s.counts, backgroundColor: color(i, 0.8) };
          })
        },
        options: {
          maintainAspectRatio: false,
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: '공고 수 (스택별)' } } }
        }
      };
    },
    jobFamilies: function (families) {
      return {
        type: 'bar',
        data: {
          labels: families.map(function (f) { return f.family; }),
          datasets: [{ label: '공고 수', data: families.map(function (f) { return f.postings; }), backgroundColor: color(0, 0.8) }]
        },
        options: { indexAxis: 'y', maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } }
      };
    },
    map: function (map) {
      return {
        type: 'bubble',
        data: {
          datasets: [{
            label: '시군구별 공고',
            data: map.places.map(function (p) {
              return { x: p.lng, y: p.lat, r: p.r, sido: p.sido, sigungu: p.sigungu, postings: p.postings, labelled: p.labelled };
            }),
            backgroundColor: color(1, 0.45),
            borderColor: color(1, 0.9)
          }]
        },
        options: {
          aspectRatio: map.bounds.aspectRatio,
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: function (item) { return fullPlaceName(item.raw) + ': ' + item.raw.postings + '건'; } } }
          },
          scales: {
            x: { type: 'linear', min: map.bounds.minLng, max: map.bounds.maxLng, title: { display: true, text: '경도' } },
            y: { type: 'linear', min: map.bounds.minLat, max: map.bounds.maxLat, title: { display: true, text: '위도' } }
          }
        },
        plugins: [bubbleLabels]
      };
    }
  };

  try {
    var canvases = document.querySelectorAll('canvas[data-chart]');
    for (var i = 0; i < canvases.length; i++) {
      var name = canvases[i].getAttribute('data-chart');
      new Chart(canvases[i], builders[name](data[name]));
    }
    root.setAttribute('data-charts', 'ready');
  } catch (error) {
    fail('차트를 그리지 못했습니다: ' + error);
  }
})();
`;
